// Page counts: each worked example's report and the four-group workshop
// case's, in both report languages (the four-group case also with every
// answer in the appendix). Printed, never asserted.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { Assessment } from '../../assessment/assessment';
import { decisionText } from '../../assessment/decision-text';
import { adoptContentVersion } from '../../assessment/earlier';
import { evaluate } from '../../assessment/evaluate';
import { parseAssessmentJson } from '../../assessment/export-file';
import { createI18n } from '../../i18n';
import { LANGUAGES, type Language } from '../../i18n/resources';
import { framework, questionnaires } from '../../questionnaire/catalogue';
import { renderAssessmentPdf } from '../../report/node';
import { CASES, caseAssessment } from '../../../tests/fixtures/cases';

const ROOT = resolve(import.meta.dirname, '../../..');
const DIR = mkdtempSync(join(tmpdir(), 'pages-'));

async function pages(assessment: Assessment, lang: Language, name: string, appendix: 'unique' | 'all' = 'unique'): Promise<number> {
  const file = questionnaires.find((q) => q.id === assessment.questionnaire.id)!;
  const i18n = createI18n(lang);
  const result = evaluate(file, framework, assessment);
  const decision = decisionText(file, framework, assessment.answers, result);
  const pdf = await renderAssessmentPdf({ file, framework, assessment, result, decision, t: i18n.t.bind(i18n), lang, appendix });
  const path = join(DIR, `${name}.pdf`);
  writeFileSync(path, pdf);
  return Number(/Pages:\s+(\d+)/.exec(execFileSync('pdfinfo', [path], { encoding: 'utf8' }))?.[1]);
}

const examples = resolve(ROOT, 'questionnaires/examples');
for (const name of readdirSync(examples).filter((f) => f.endsWith('.json')).sort()) {
  const parsed = parseAssessmentJson(readFileSync(join(examples, name), 'utf8'));
  if (!parsed.ok) throw new Error(`${name} does not read`);
  const file = questionnaires.find((q) => q.id === parsed.value.questionnaire.id)!;
  const assessment = adoptContentVersion(file, framework, parsed.value);
  const counts = [];
  for (const lang of LANGUAGES) counts.push(`${lang} ${await pages(assessment, lang, `${name}-${lang}`)}`);
  console.log(`  ${name}: ${counts.join(', ')} pages`);
}
const four = CASES.find((c) => c.id === 'a-case-digital-first')!;
for (const lang of LANGUAGES) {
  const unique = await pages(caseAssessment(four), lang, `four-${lang}`);
  const all = await pages(caseAssessment(four), lang, `four-all-${lang}`, 'all');
  console.log(`  four-group case (digital first, ${lang}): ${unique} pages (${all} with all answers)`);
}
