// Every assessment the decision-text tests walk: the worked cases, the clean
// and crafted fixtures (full, light, no further analysis), the service audit,
// the stress, limits and long-word assessments and the six worked examples
// as they ship.
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { decisionText, type DecisionText } from '../../../src/assessment/decision-text';
import { evaluate } from '../../../src/assessment/evaluate';
import { parseAssessmentJson } from '../../../src/assessment/export-file';
import { EXAMPLE_IDS } from '../../../src/assessment/examples';
import type { AssessmentResult } from '../../../src/assessment/result';
import { LANGUAGES } from '../../../src/i18n/resources';
import type { Answers } from '../../../src/questionnaire/answers';
import { framework, questionnaires } from '../../../src/questionnaire/catalogue';
import type { QuestionnaireFile } from '../../../src/questionnaire/schema';
import { CASES, file } from '../../fixtures/cases';
import { cleanAnswers } from '../../fixtures/clean-answers';
import { auditBase, auditFile, proposalBase } from '../../fixtures/crafted';
import { limitsAssessment } from '../../fixtures/limits';
import { longWordsAssessment } from '../../fixtures/long-words';
import { stressAnswers } from '../../fixtures/stress';

export interface TextCase {
  name: string;
  file: QuestionnaireFile;
  answers: Answers;
  result: AssessmentResult;
  text: DecisionText;
}

const DIR = resolve(import.meta.dirname, '../../../questionnaires/examples');

function example(id: string, lang: string): { file: QuestionnaireFile; answers: Answers } {
  const parsed = parseAssessmentJson(readFileSync(join(DIR, `${id}.${lang}.json`), 'utf8'));
  if (!parsed.ok) throw new Error(`${id}.${lang}: ${JSON.stringify(parsed.problems)}`);
  const q = questionnaires.find((x) => x.id === parsed.value.questionnaire.id);
  if (!q) throw new Error(`${id}.${lang}: unknown questionnaire`);
  return { file: q, answers: parsed.value.answers };
}

/** The decision text of an assessment, with the result it was made from. */
export function textCase(name: string, f: QuestionnaireFile, answers: Answers): TextCase {
  const result = evaluate(f, framework, { answers });
  return { name, file: f, answers, result, text: decisionText(f, framework, answers, result) };
}

export function allCases(): TextCase[] {
  return [
    ...CASES.map((c) => textCase(`case ${c.id}`, file, c.answers)),
    ...(['full', 'light', 'no-analysis'] as const).flatMap((o) => [textCase(`clean ${o}`, file, cleanAnswers(o)), textCase(`crafted ${o}`, file, proposalBase(o))]),
    textCase('service audit', auditFile, auditBase()),
    textCase('stress', file, stressAnswers()),
    textCase('limits', file, limitsAssessment().answers),
    textCase('long words', file, longWordsAssessment().assessment.answers),
    ...EXAMPLE_IDS.flatMap((id) => LANGUAGES.map((lang) => ({ name: `example ${id}.${lang}`, ...example(id, lang) })).map((e) => textCase(e.name, e.file, e.answers))),
  ];
}
