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
import { auditBase, auditFile, criteria, field, INCOME_CRITERIA, perItem, proposalBase, P_GROUPS, P_MEASURE, WHY } from '../../fixtures/crafted';
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

/** Crafted variants that reach the sentences the clean fixtures do not: missing measures, a "no" on lawfulness, weak indicators, odd check answers. */
function variants(): TextCase[] {
  const [g1, g2, g3] = P_GROUPS;
  const worse = (a: Answers, g: string) => perItem(a, 'consequences.access-physical', g, 'worse');
  const indicator = (a: Answers) => field(a, 'follow-up.indicators', (a['follow-up.indicators'] as Array<{ id: string }>)[0]!.id, { 'follow-up.indicator.breakdown': ['none'], 'follow-up.indicator.baseline': '' });
  return [
    textCase('variant uncompensated', file, field(worse(worse(proposalBase(), g1), g2), 'measures.items', P_MEASURE, { 'measures.item.compensates': 'no' })),
    textCase('variant unaddressed', file, { ...field(worse(proposalBase(), g1), 'measures.items', P_MEASURE, { 'measures.item.addresses': [g3] }), 'summary.judgement': 'proceed' }),
    textCase('variant unlawful', file, worse(perItem(perItem(proposalBase(), 'consequences.lawful', g2, 'no'), 'consequences.legitimate-aim', g2, 'dont-know'), g2)),
    textCase('variant weak indicator', file, indicator({ ...proposalBase(), 'children.views': 'no', 'children.best-interests': 'dont-know' })),
    textCase('variant check', file, field(criteria(proposalBase(), { [INCOME_CRITERIA[0]!]: 'not-relevant' }, ''), 'groups.items', g1, { 'groups.item.factors': ['sex', 'low-income'] })),
    textCase('variant no measures', file, { ...worse(proposalBase(), g3), 'measures.items': [] }),
  ];
}

/**
 * The audit the issue walked: home care for people over 65 with shares of
 * users against residents, a phone-only needs assessment rated as excluding,
 * no interpreter routine, fewer staff hours where need is greatest, and a
 * conclusion that names who must act.
 */
export function homeCareAudit(): TextCase {
  // The audit's justifications cite its own sources, not a proposal's decision documents.
  let a = Object.fromEntries(Object.entries(auditBase()).map(([k, v]) => [k, v === WHY ? 'Verksamhetsberättelsen och brukarstatistiken visar det.' : v]));
  a = { ...a, 'service.name': 'Hemtjänsten i Norrby', 'service.owner': 'Äldreomsorgens enhet Norr, enhetschef Lena Ek' };
  a = field(a, 'representation.groups', 'a-1', { 'representation.group.users-share': '62', 'representation.group.need-share': '55', 'representation.group.basis': 'need' });
  a = field(a, 'representation.groups', 'a-3', { 'representation.group.users-share': '4', 'representation.group.need-share': '12.5', 'representation.group.basis': 'population' });
  a['barriers.items'] = [
    { id: 'b-1', values: { 'barriers.item.name': 'Biståndsbedömningen går bara att boka per telefon', 'barriers.item.dimension': 'channel-phone', 'barriers.item.groups': ['a-3'], 'barriers.item.severity': 'serious' } },
    { id: 'b-2', values: { 'barriers.item.name': 'Ingen rutin för tolk vid hembesök', 'barriers.item.dimension': 'language', 'barriers.item.groups': ['a-1', 'a-3'], 'barriers.item.severity': 'excludes' } },
    { id: 'b-3', values: { 'barriers.item.name': 'Broschyren finns bara på svenska', 'barriers.item.dimension': 'information' } },
  ];
  return textCase('audit home care', auditFile, { ...a, 'resources.in-proportion': 'less-where-need', 'conclusion.judgement': 'unequal', 'conclusion.action': ['management', 'committee'] });
}

export function allCases(): TextCase[] {
  return [
    ...CASES.map((c) => textCase(`case ${c.id}`, file, c.answers)),
    ...(['full', 'light', 'no-analysis'] as const).flatMap((o) => [textCase(`clean ${o}`, file, cleanAnswers(o)), textCase(`crafted ${o}`, file, proposalBase(o))]),
    ...variants(),
    textCase('service audit', auditFile, auditBase()),
    homeCareAudit(),
    textCase('stress', file, stressAnswers()),
    textCase('limits', file, limitsAssessment().answers),
    textCase('long words', file, longWordsAssessment().assessment.answers),
    ...EXAMPLE_IDS.flatMap((id) => LANGUAGES.map((lang) => ({ name: `example ${id}.${lang}`, ...example(id, lang) })).map((e) => textCase(e.name, e.file, e.answers))),
  ];
}
