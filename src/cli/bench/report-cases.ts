/**
 * The assessments whose report download the bench times in Chromium: each
 * worked example in questionnaires/examples, in the language it is written
 * in (the interface set to it, so the report comes in it too), and the
 * four-group case of the test fixtures (digital first, four affected groups
 * with every per-group answer), in Swedish.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Assessment } from '../../assessment/assessment';
import { adoptContentVersion } from '../../assessment/earlier';
import { parseAssessmentJson } from '../../assessment/export-file';
import { LANGUAGES, type Language } from '../../i18n/resources';
import { framework, questionnaires } from '../../questionnaire/catalogue';
import { CASES, caseAssessment } from '../../../tests/fixtures/cases';

export interface ReportCase {
  name: string;
  lang: Language;
  record: Assessment;
  /** The case the bench reads the main thread's long tasks from. */
  fourGroups: boolean;
}

export const FOUR_GROUP_CASE = 'a-case-digital-first';

/** A worked example's file as the app stores it, brought to the current content version as the app would. */
function example(path: string): Assessment {
  const parsed = parseAssessmentJson(readFileSync(path, 'utf8'));
  if (!parsed.ok) throw new Error(`${path} does not read as an assessment.`);
  const file = questionnaires.find((q) => q.id === parsed.value.questionnaire.id);
  if (!file) throw new Error(`${path} names a questionnaire that does not exist.`);
  return adoptContentVersion(file, framework, parsed.value);
}

/** Every worked example in `examples` (sorted by file name), then the four-group case. */
export function reportCases(examples: string): ReportCase[] {
  const found = readdirSync(examples)
    .filter((f) => f.endsWith('.json'))
    .sort()
    .map((name) => ({
      name: name.replace(/\.json$/, ''),
      lang: LANGUAGES.find((l) => name.endsWith(`.${l}.json`)) ?? 'sv',
      record: example(join(examples, name)),
      fourGroups: false,
    }));
  const four = CASES.find((c) => c.id === FOUR_GROUP_CASE);
  if (!four) throw new Error(`The fixtures have no case ${FOUR_GROUP_CASE}.`);
  return [...found, { name: 'four-group case (digital first)', lang: 'sv', record: caseAssessment(four), fourGroups: true }];
}
