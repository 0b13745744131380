// `npm run validate`: exit codes and messages on the broken fixtures, run as
// the real command (tsx), plus the same checks on the function behind it.
// @vitest-environment node
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { validateContent } from '../../../src/cli/validate-content';
import { exportJson } from '../../../src/assessment/export-file';
import { CASES, caseAssessment } from '../../fixtures/cases';

const ROOT = resolve(import.meta.dirname, '../../..');
const fixture = (name: string) => `tests/fixtures/questionnaires/${name}.json`;

function cli(...args: string[]): { code: number; out: string } {
  try {
    const out = execFileSync('npx', ['tsx', '--tsconfig', 'tsconfig.app.json', 'src/cli/validate.ts', ...args], {
      cwd: ROOT,
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    return { code: 0, out };
  } catch (error) {
    const e = error as { status: number; stdout: string };
    return { code: e.status, out: e.stdout };
  }
}

describe('validateContent', () => {
  it.each([
    ['bad-json', 'json.syntax', '$'],
    ['unknown-type', 'schema.value', '$.steps[0].questions[1].type'],
    ['duplicate-id', 'id.duplicate', '$.steps[1].questions[2].id'],
    ['dangling-reference', 'ref.question', '$.steps[1].questions[1].showIf'],
    ['missing-translation', 'text.missing', '$.steps[0].questions[4].id'],
  ])('%s: reports %s at %s', (name, code, path) => {
    const { problems } = validateContent(readFileSync(resolve(ROOT, fixture(name)), 'utf8'));
    expect(problems).toContainEqual(expect.objectContaining({ code, path }));
  });

  it('accepts the valid fixture and every shipped file', () => {
    for (const file of [fixture('valid'), 'questionnaires/framework.json', 'questionnaires/proposal.json', 'questionnaires/service-audit.json', 'questionnaires/glossary.json', 'questionnaires/workshop.json']) {
      expect(validateContent(readFileSync(resolve(ROOT, file), 'utf8')).problems).toEqual([]);
    }
  });

  it('reports a missing translation once per language', () => {
    const { problems } = validateContent(readFileSync(resolve(ROOT, fixture('missing-translation')), 'utf8'));
    expect(problems.map((p) => p.params?.lang).sort()).toEqual(['en', 'sv']);
  });
});

describe('npm run validate', () => {
  it('exits 0 for valid files', () => {
    const { code, out } = cli('questionnaires/proposal.json', 'questionnaires/framework.json');
    expect(code).toBe(0);
    expect(out).toContain('✓ questionnaires/proposal.json');
  });

  it('exits 1 and lists each problem with its path and a plain message (Swedish by default)', () => {
    const { code, out } = cli(fixture('dangling-reference'), fixture('unknown-type'));
    expect(code).toBe(1);
    expect(out).toContain('$.steps[1].questions[1].showIf: Villkoret pekar på en fråga som inte finns: "screening.kids".');
    expect(out).toMatch(/\$\.steps\[0\]\.questions\[1\]\.type: .*Tillåtet: text, longtext, date, number, single, multi, scale, group/);
  });

  it('speaks English with --lang en', () => {
    const { code, out } = cli(fixture('missing-translation'), '--lang', 'en');
    expect(code).toBe(1);
    expect(out).toContain('Text missing in Swedish: questions.basics.budget-line.label');
    expect(out).toContain('Text missing in English: questions.basics.budget-line.label');
  });

  it('exits 1 on bad JSON and on a file that cannot be read', () => {
    expect(cli(fixture('bad-json')).code).toBe(1);
    const missing = cli('no/such/file.json', '--lang', 'en');
    expect(missing.code).toBe(1);
    expect(missing.out).toContain('could not be read');
  });

  it('accepts assessment files and lists the problems of a broken one', () => {
    const dir = mkdtempSync(join(tmpdir(), 'jk-validate-'));
    const good = join(dir, 'good.json');
    const bad = join(dir, 'bad.json');
    writeFileSync(good, exportJson(caseAssessment(CASES[0]!)));
    writeFileSync(bad, JSON.stringify({ ...caseAssessment(CASES[0]!), revision: 'x', questionnaire: { id: 'nope', contentVersion: '1.0.0' } }));
    expect(cli(good)).toMatchObject({ code: 0 });
    const result = cli(bad, '--lang', 'en');
    expect(result.code).toBe(1);
    expect(result.out).toContain('$.revision: Wrong kind of value');
  });

  it('accepts an assessment file of format version 1', () => {
    expect(cli('tests/fixtures/formats/v1.json')).toMatchObject({ code: 0, out: expect.stringContaining('✓ tests/fixtures/formats/v1.json') });
  });

  it('refuses an assessment file from a newer format version, saying so', () => {
    const dir = mkdtempSync(join(tmpdir(), 'jk-validate-'));
    const newer = join(dir, 'newer.json');
    writeFileSync(newer, JSON.stringify({ ...JSON.parse(readFileSync(resolve(ROOT, 'tests/fixtures/formats/v5.json'), 'utf8')), formatVersion: 6 }));
    const result = cli(newer, '--lang', 'en');
    expect(result.code).toBe(1);
    expect(result.out).toContain('$.formatVersion: The file comes from a newer version of Jämlikhetskollen (format 6; this version reads up to 5).');
  });

  it('exits 2 with usage when no file is given', () => {
    expect(cli().code).toBe(2);
  });
});
