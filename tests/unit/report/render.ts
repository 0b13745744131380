// Renders an assessment's report the way the app and the CLI do (evaluate,
// konsekvensbeskrivning, real texts and fonts), writes the PDF into
// test-results/report/ for a person to open, and reads it back with the
// poppler tools: text (plain and per page with -layout), pdfinfo, pdffonts.
import { execFileSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Assessment } from '../../../src/assessment/assessment';
import { decisionText } from '../../../src/assessment/decision-text';
import { evaluate } from '../../../src/assessment/evaluate';
import { createI18n } from '../../../src/i18n';
import type { Language } from '../../../src/i18n/resources';
import { framework, questionnaires } from '../../../src/questionnaire/catalogue';
import { renderAssessmentPdf } from '../../../src/report/node';

export const OUT = resolve(import.meta.dirname, '../../../test-results/report');
mkdirSync(OUT, { recursive: true });

export const normalise = (s: string) => s.replace(/\s+/g, ' ').trim();

export interface Rendered {
  path: string;
  /** All text, whitespace collapsed. */
  text: string;
  raw: string;
  /** The text in the order it is drawn (`pdftotext -raw`): a table cell's lines stay together. */
  drawn: string;
  /** `drawn` without the running header and footer, so text that continues over a page break reads on. */
  flow: string;
  /** Each page's text laid out as on the page (`pdftotext -layout`), whitespace kept. */
  pages: string[];
  info: string;
  fonts: string;
  /** Keys `t` was asked for that do not exist (a text with a default is not missing). */
  missing: string[];
  /** Milliseconds to render the PDF (evaluate and the summary not included). */
  ms: number;
  bytes: Buffer;
}

const run = (cmd: string, args: string[]) => execFileSync(cmd, args, { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });

/** Renders `assessment` in `lang` and saves it as test-results/report/<name>.pdf. */
export async function renderReport(assessment: Assessment, lang: Language, name: string): Promise<Rendered> {
  const file = questionnaires.find((q) => q.id === assessment.questionnaire.id)!;
  const i18n = createI18n(lang);
  const missing: string[] = [];
  const t = (key: string, options?: Record<string, unknown>) => {
    if (!i18n.exists(key, options) && options?.defaultValue === undefined) missing.push(key);
    return i18n.t(key, options);
  };
  const result = evaluate(file, framework, assessment);
  const decision = decisionText(file, framework, assessment.answers, result);
  const start = performance.now();
  const bytes = await renderAssessmentPdf({ file, framework, assessment, result, decision, t, lang });
  const ms = performance.now() - start;
  const path = join(OUT, `${name}.pdf`);
  writeFileSync(path, bytes);
  const raw = run('pdftotext', ['-enc', 'UTF-8', path, '-']);
  const pages = run('pdftotext', ['-enc', 'UTF-8', '-layout', path, '-']).split('\f').slice(0, -1);
  const rawPages = run('pdftotext', ['-enc', 'UTF-8', '-raw', path, '-']);
  const drawn = normalise(rawPages);
  // Each page's first line is the running header (a short title); its last the footer.
  const flow = normalise(
    rawPages
      .split('\f')
      .map((page) => page.trim().split('\n').slice(1, -1).join('\n'))
      .join('\n'),
  );
  return { path, text: normalise(raw), raw, drawn, flow, pages, info: run('pdfinfo', [path]), fonts: run('pdffonts', [path]), missing, ms, bytes };
}

export const pageCount = (info: string) => Number(/Pages:\s+(\d+)/.exec(info)?.[1]);

/** Saves page `page` (1-based) as test-results/report/<name>.png at 60 dpi. */
export function savePng(path: string, page: number, name: string): string {
  const prefix = join(OUT, name);
  run('pdftoppm', ['-r', '60', '-f', String(page), '-l', String(page), '-png', '-singlefile', path, prefix]);
  return `${prefix}.png`;
}
