// @vitest-environment node
// Regression: fontkit keeps glyphs cached between documents, and a first
// report with Å Ä Ö used to leave the next one without some capital letters
// ("ssess a proposal"). This file renders two reports in one process
// (Vitest gives each test file fresh modules, so the first render here is
// really the first).
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, expect, it } from 'vitest';
import { createI18n } from '../../../src/i18n';
import type { Language } from '../../../src/i18n/resources';
import { decisionText } from '../../../src/assessment/decision-text';
import { evaluate } from '../../../src/assessment/evaluate';
import { renderAssessmentPdf } from '../../../src/report/node';
import { completeAssessment, file, framework, GROUPS } from './assessment';

const dir = mkdtempSync(join(tmpdir(), 'report-again-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

async function text(lang: Language, n: number): Promise<string> {
  const i18n = createI18n(lang);
  const assessment = completeAssessment('full');
  const result = evaluate(file, framework, assessment);
  const decision = decisionText(file, framework, assessment.answers, result);
  const bytes = await renderAssessmentPdf({ file, framework, assessment, result, decision, t: (k, o) => i18n.t(k, o), lang });
  const path = join(dir, `${n}.pdf`);
  writeFileSync(path, bytes);
  return execFileSync('pdftotext', ['-enc', 'UTF-8', path, '-'], { encoding: 'utf8' }).replace(/\s+/g, ' ');
}

it('prints every letter in a report rendered after another one', async () => {
  const runs: Array<[Language, string[]]> = [
    ['sv', ['Bedöm ett förslag', 'Ansvarig organisation', ...GROUPS]],
    ['en', ['Assess a proposal', 'Affected groups', 'Assessed by', ...GROUPS]],
  ];
  for (const [i, [lang, expected]] of runs.entries()) {
    const t = await text(lang, i);
    for (const s of expected) expect(t, `run ${i + 1} (${lang})`).toContain(s);
  }
}, 60_000);
