// @vitest-environment node
// `npm run check`: run as the real command (tsx) on an assessment file, a PDF
// made by `npm run report`, an HTML report and broken files. It prints, per
// recommendation, the status, what was answered and what the assessment
// shows, and the findings; `--json` prints the result object and nothing
// else; a bad file exits 1 with the import's problems in the chosen language.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { decisionText } from '../../../src/assessment/decision-text';
import { evaluate } from '../../../src/assessment/evaluate';
import { exportJson } from '../../../src/assessment/export-file';
import type { AssessmentResult } from '../../../src/assessment/result';
import { createI18n } from '../../../src/i18n';
import { framework, questionnaires } from '../../../src/questionnaire/catalogue';
import { assessmentHtml } from '../../../src/report/html';
import { CASES, caseAssessment } from '../../fixtures/cases';

const ROOT = resolve(import.meta.dirname, '../../..');
const dir = mkdtempSync(join(tmpdir(), 'jk-check-'));
const file = questionnaires.find((q) => q.id === 'proposal')!;
/** The first workshop case with a criterion that counts other than answered (a "Vet ej", a claim not shown …). */
const chosen = CASES.find((c) => evaluate(file, framework, caseAssessment(c)).recommendations.some((r) => r.criteria.some((x) => x.note)))!;
const assessment = caseAssessment(chosen);
const result = evaluate(file, framework, assessment);
const good = join(dir, 'bibliotek.json');
writeFileSync(good, exportJson(assessment));

function run(script: string, ...args: string[]): { code: number; out: string; err: string } {
  try {
    const out = execFileSync('npx', ['tsx', '--tsconfig', 'tsconfig.app.json', `src/cli/${script}.ts`, ...args], { cwd: ROOT, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
    return { code: 0, out, err: '' };
  } catch (error) {
    const e = error as { status: number; stdout: string; stderr: string };
    return { code: e.status, out: e.stdout, err: e.stderr };
  }
}
const check = (...args: string[]) => run('check', ...args);

/** What the printed text must hold for `result`, in `lang`: every heading, status and finding. */
function expected(lang: 'sv' | 'en', r: AssessmentResult): string[] {
  const { t } = createI18n(lang);
  return [
    t('report.sections.check'),
    t('results.findingsHeading'),
    t('results.gapsHeading'),
    ...r.recommendations.map((rec) => `${t('results.statusLabel')} ${t(`results.status.${rec.status}`)}`),
    ...r.recommendations.map((rec) => t(`content:recommendations.${rec.id}.title`)),
    ...r.findings.map((f) => t(`results.severity.${f.severity}`)),
  ];
}

// Each call starts tsx: seconds, not milliseconds.
describe('npm run check', { timeout: 180_000 }, () => {
  it('reads an assessment file and prints, per recommendation, the status, the differences and the findings (Swedish by default)', () => {
    const { code, out } = check(good);
    expect(code).toBe(0);
    for (const text of expected('sv', result)) expect(out).toContain(text);
    expect(out).toContain(chosen.title);
    // Every criterion that counts other than answered is listed with the answer given and why.
    const { t } = createI18n('sv');
    const noted = result.recommendations.flatMap((r) => r.criteria).filter((c) => c.note);
    expect(noted.length).toBeGreaterThan(0);
    for (const c of noted) expect(out).toContain(t(`content:criteria.${c.id}.label`));
    for (const note of new Set(noted.map((c) => c.note!))) expect(out).toContain(t(`results.note.${note}`).slice(0, 20));
    expect(out).not.toMatch(/{{|}}|results\.|findings\.|content:|report\./);
  });

  it('speaks English with --lang en', () => {
    const { code, out } = check(good, '--lang', 'en');
    expect(code).toBe(0);
    for (const text of expected('en', result)) expect(out).toContain(text);
    expect(out).not.toContain('Rekommendation');
  });

  it('prints the result object and nothing else with --json', () => {
    const { code, out } = check(good, '--json');
    expect(code).toBe(0);
    expect(out).toBe(`${JSON.stringify(result, null, 2)}\n`);
    expect(JSON.parse(out)).toEqual(JSON.parse(JSON.stringify(result)));
  });

  it('reads the assessment embedded in a PDF made by `npm run report`', () => {
    const pdf = join(dir, 'bibliotek.pdf');
    expect(run('report', good, '-o', pdf)).toMatchObject({ code: 0 });
    const { code, out } = check(pdf, '--json');
    expect(code).toBe(0);
    expect(JSON.parse(out)).toEqual(JSON.parse(JSON.stringify(result)));
  });

  it('reads the assessment embedded in an HTML report', () => {
    const { t } = createI18n('sv');
    const decision = decisionText(file, framework, assessment.answers, result);
    const html = join(dir, 'bibliotek.html');
    writeFileSync(html, assessmentHtml({ file, framework, assessment, result, decision, t, lang: 'sv' }));
    const { code, out } = check(html);
    expect(code).toBe(0);
    for (const text of expected('sv', result)) expect(out).toContain(text);
  });

  const bad = join(dir, 'bad.json');
  writeFileSync(bad, '{ "format": ');
  const invalid = join(dir, 'invalid.json');
  writeFileSync(invalid, JSON.stringify({ ...assessment, revision: 'x' }));
  const page = join(dir, 'page.html');
  writeFileSync(page, '<!doctype html><html><body><p>Ingen bedömning här</p></body></html>');
  const notOurs = join(dir, 'other.pdf');
  writeFileSync(notOurs, '%PDF-1.7 not really');

  it.each([
    ['a missing file', [join(dir, 'nowhere.json'), '--lang', 'en'], 'could not be read'],
    ['invalid JSON', [bad, '--lang', 'en'], 'not valid JSON'],
    ['a file that fails validation', [invalid, '--lang', 'en'], '$.revision: Wrong kind of value'],
    ['an HTML page without an assessment', [page, '--lang', 'en'], '$: '],
    ['a broken PDF', [notOurs, '--lang', 'en'], '$: '],
  ])('%s: exits 1 with the import’s problems, and prints no result', (_what, args, message) => {
    const { code, out, err } = check(...(args as string[]));
    expect(code).toBe(1);
    expect(err).toContain(message);
    expect(out).toBe('');
  });

  it('words the problems of a bad file in Swedish by default, as the import does', () => {
    const { code, err } = check(invalid);
    expect(code).toBe(1);
    const { t } = createI18n('sv');
    expect(err).toContain('$.revision: ');
    expect(err).not.toContain('Wrong kind of value');
    expect(err).toContain(t('problems.schema.type', { expected: '' }).slice(0, 8));
  });

  it.each([
    ['no file', []],
    ['two files', [good, good]],
    ['an unknown language', [good, '--lang', 'de']],
    ['an unknown option', [good, '--yaml']],
  ])('%s: exits 2 with usage', (_what, args) => {
    const { code, err } = check(...(args as string[]));
    expect(code).toBe(2);
    expect(err).toContain('Usage: npm run check');
  });
});
