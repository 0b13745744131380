// @vitest-environment node
// `npm run report`: the same report in Node (PDF with the assessment
// embedded, HTML, the Word beslutsunderlag), the decision text as plain
// text; clear messages, a non-zero exit and no file written on any error.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { decisionText } from '../../../src/assessment/decision-text';
import { evaluate } from '../../../src/assessment/evaluate';
import { exportJson } from '../../../src/assessment/export-file';
import { createI18n } from '../../../src/i18n';
import { wordDecisionText } from '../../../src/i18n/decision-text';
import { framework, questionnaires } from '../../../src/questionnaire/catalogue';
import { CASES, caseAssessment } from '../../fixtures/cases';
import { readDocx, styled } from '../report/docx-xml';

const ROOT = resolve(import.meta.dirname, '../../..');
const dir = mkdtempSync(join(tmpdir(), 'jk-report-'));
const good = join(dir, 'bibliotek.json');
const assessment = caseAssessment(CASES[0]!);
writeFileSync(good, exportJson(assessment));

/** Runs the command as `npm run report` does, from `cwd` (the repository unless given). */
function report(...args: string[]): { code: number; out: string; err: string } {
  return reportIn(ROOT, ...args);
}

function reportIn(cwd: string, ...args: string[]): { code: number; out: string; err: string } {
  try {
    const tsx = join(ROOT, 'node_modules/.bin/tsx');
    const out = execFileSync(tsx, ['--tsconfig', join(ROOT, 'tsconfig.app.json'), join(ROOT, 'src/cli/report.ts'), ...args], { cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
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

  /** The decision text of the case as the app words it. */
  const worded = (lang: 'sv' | 'en') => {
    const file = questionnaires.find((q) => q.id === assessment.questionnaire.id)!;
    const i18n = createI18n(lang);
    return { t: i18n.t.bind(i18n), ...wordDecisionText(i18n.t.bind(i18n), lang, decisionText(file, framework, assessment.answers, evaluate(file, framework, assessment))) };
  };

  it.each(['sv', 'en'] as const)('prints the decision text as plain text with --text (%s): heading, blank line, text; then the short version', (lang) => {
    const result = report(good, '--text', '--lang', lang);
    expect(result.code).toBe(0);
    const w = worded(lang);
    expect(w.blocks.length).toBeGreaterThan(3);
    const expected = [...w.blocks.map((b) => `${b.heading}\n\n${b.text}\n`), `${w.t('cli.short')}\n\n${w.short}\n`].join('\n');
    expect(result.out).toBe(expected);
  });

  it('renders the HTML page with --format html', () => {
    const out = join(dir, 'sv.html');
    expect(report(good, '--format', 'html', '-o', out)).toMatchObject({ code: 0 });
    const html = readFileSync(out, 'utf8');
    expect(html).toMatch(/<html lang="sv"/);
    expect(html).toContain(CASES[0]!.title);
  });

  it('writes the Word beslutsunderlag with --format docx, named after the title with its language', () => {
    const cwd = mkdtempSync(join(tmpdir(), 'jk-report-cwd-'));
    const result = reportIn(cwd, good, '--format', 'docx', '--lang', 'en');
    expect(result.code).toBe(0);
    // English is not the default language, so the name says it: two languages never collide.
    expect(result.out.trim()).toBe('andrade-oppettider-pa-filialbiblioteket-i-ostra-ryd.en.docx');
    expect(readdirSync(cwd)).toEqual([result.out.trim()]);
    const read = readDocx(readFileSync(join(cwd, result.out.trim())));
    expect(styled(read, 'Heading2')).toEqual(expect.arrayContaining(worded('en').blocks.map((b) => b.heading)));
    expect(read.core).toContain('<dc:language>en-GB</dc:language>');
  });

  it.each([
    ['a missing file', [join(dir, 'nowhere.json'), '--lang', 'en'], 1, 'could not be read'],
    ['invalid JSON', [bad, '--lang', 'en'], 1, 'not valid JSON'],
    ['a file that fails validation', [invalid, '--lang', 'en'], 1, '$.revision'],
    ['an unknown language', [good, '--lang', 'de'], 2, 'Unknown language "de"'],
    ['an unknown format', [good, '--format', 'odt'], 2, 'Unknown format "odt"'],
    ['an unknown appendix', [good, '--appendix', 'some'], 2, 'Unknown appendix "some"'],
    ['--full without docx', [good, '--full'], 2, '--full is for the Word file'],
    ['an option without its value', [good, '--lang'], 2, '--lang needs a value'],
  ])('%s: a clear message, a non-zero exit, nothing written', (_what, args, code, message) => {
    const out = join(dir, `not-written-${String(code)}-${(args as string[])[0]!.length}.pdf`);
    const result = report(...(args as string[]), '-o', out);
    expect(result.code).toBe(code);
    expect(result.err).toContain(message);
    expect(existsSync(out)).toBe(false);
  });
});
