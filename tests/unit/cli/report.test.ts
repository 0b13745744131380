// @vitest-environment node
// `npm run report`: the same report in Node, with the assessment embedded;
// clear messages, a non-zero exit and no file written on any error.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { exportJson } from '../../../src/assessment/export-file';
import { CASES, caseAssessment } from '../../fixtures/cases';

const ROOT = resolve(import.meta.dirname, '../../..');
const dir = mkdtempSync(join(tmpdir(), 'jk-report-'));
const good = join(dir, 'bibliotek.json');
writeFileSync(good, exportJson(caseAssessment(CASES[0]!)));

function report(...args: string[]): { code: number; out: string; err: string } {
  try {
    const out = execFileSync('npx', ['tsx', '--tsconfig', 'tsconfig.app.json', 'src/cli/report.ts', ...args], { cwd: ROOT, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
    return { code: 0, out, err: '' };
  } catch (error) {
    const e = error as { status: number; stdout: string; stderr: string };
    return { code: e.status, out: e.stdout, err: e.stderr };
  }
}

const text = (pdf: string) => execFileSync('pdftotext', ['-enc', 'UTF-8', pdf, '-'], { encoding: 'utf8' }).replace(/\s+/g, ' ');

// Each call starts tsx and renders a PDF: seconds, not milliseconds.
describe('npm run report', { timeout: 180_000 }, () => {
  it('renders the Swedish report with the assessment embedded', () => {
    const out = join(dir, 'sv.pdf');
    expect(report(good, '-o', out)).toMatchObject({ code: 0 });
    expect(text(out)).toContain(CASES[0]!.title);
    expect(text(out)).toContain('Sida 1 av');
    expect(execFileSync('pdfdetach', ['-list', out], { encoding: 'utf8' })).toContain('assessment.json');
  });

  it('renders in English with --lang en', () => {
    const out = join(dir, 'en.pdf');
    expect(report(good, '--lang', 'en', '-o', out)).toMatchObject({ code: 0 });
    expect(text(out)).toContain('Page 1 of');
  });

  const bad = join(dir, 'bad.json');
  writeFileSync(bad, '{ "format": ');
  const invalid = join(dir, 'invalid.json');
  writeFileSync(invalid, JSON.stringify({ ...caseAssessment(CASES[0]!), revision: 'x' }));

  it.each([
    ['a missing file', [join(dir, 'nowhere.json'), '--lang', 'en'], 1, 'could not be read'],
    ['invalid JSON', [bad, '--lang', 'en'], 1, 'not valid JSON'],
    ['a file that fails validation', [invalid, '--lang', 'en'], 1, '$.revision'],
    ['an unknown language', [good, '--lang', 'de'], 2, 'Unknown language "de"'],
  ])('%s: a clear message, a non-zero exit, nothing written', (_what, args, code, message) => {
    const out = join(dir, `not-written-${String(code)}-${(args as string[])[0]!.length}.pdf`);
    const result = report(...(args as string[]), '-o', out);
    expect(result.code).toBe(code);
    expect(result.err).toContain(message);
    expect(existsSync(out)).toBe(false);
  });
});
