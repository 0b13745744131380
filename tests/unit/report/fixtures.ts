// The assessments the report tests render: the three workshop cases, the
// clean assessment, the stress assessment (shared with `npm run bench`), the
// branches without some sections (light analysis, no further analysis) and
// the service self-audit, which prints through the same report by tags.
import { newAssessment, type Assessment } from '../../../src/assessment/assessment';
import type { Answers } from '../../../src/questionnaire/answers';
import { groupItems } from '../../../src/questionnaire/answers';
import { framework, questionnaires } from '../../../src/questionnaire/catalogue';
import { visibility } from '../../../src/questionnaire/visibility';
import { CASES, caseAssessment } from '../../fixtures/cases';
import { cleanAnswers, file } from '../../fixtures/clean-answers';
import { fillStep } from '../../fixtures/fill';
import { stressAssessment } from '../../fixtures/stress';

export interface Fixture {
  /** Used in file names: test-results/report/<name>-<lang>-page1.png. */
  name: string;
  assessment: Assessment;
  /** Names of the affected groups and the measures, which the report must print. */
  groups: string[];
  measures: string[];
}

function record(id: string, answers: Answers, questionnaire = file): Assessment {
  return { ...newAssessment(questionnaire, id, new Date('2026-11-20T10:00:00Z')), answers };
}

/** The names in a group answer's `field`. */
const names = (answers: Answers, group: string, field: string) => groupItems(answers[group]).map((i) => String(i.values[field] ?? ''));

function proposalFixture(name: string, assessment: Assessment): Fixture {
  const a = assessment.answers;
  return { name, assessment, groups: names(a, 'groups.items', 'groups.item.name'), measures: names(a, 'measures.items', 'measures.item.what') };
}

const CASE_NAMES: Record<string, string> = { 'a-case-library': 'library', 'a-case-primary-care': 'primary-care', 'a-case-digital-first': 'digital-first' };

/** The three workshop cases and the clean assessment: complete full analyses. */
export const COMPLETE: Fixture[] = [
  ...CASES.map((c) => proposalFixture(CASE_NAMES[c.id] ?? c.id, caseAssessment(c))),
  proposalFixture('clean', record('a-clean', { ...cleanAnswers(), 'basics.title': 'Förstärkt bemanning på fritidsgårdarna i Åsele' })),
];

export const stress = (): Fixture => proposalFixture('stress', stressAssessment());

/** A light analysis: no evidence step and no check on its branch. */
export const light = (): Fixture => proposalFixture('light', record('a-light', { ...cleanAnswers('light'), 'basics.title': 'Ny taxa för färdtjänst i Älvdalen' }));

/** No further analysis: only the basics, the proposal, the screening and the judgement's reasons. */
export const noAnalysis = (): Fixture =>
  proposalFixture('no-analysis', record('a-none', { ...cleanAnswers('no-analysis'), 'basics.title': 'Byte av kaffeautomat i stadshuset', 'screening.justification': 'Förslaget påverkar ingen invånare och ingen anställd på olika sätt.' }));

/** The service self-audit, answered along its whole branch with named groups and improvements. */
export function audit(): Fixture {
  const questionnaire = questionnaires.find((q) => q.id === 'service-audit')!;
  const groups = ['Föräldrar med försörjningsstöd', 'Äldre i Östra Gränby', 'Unga vuxna utan BankID'];
  const measures = ['Drop-in på lördagar i Gottsunda', 'Tolk på plats två dagar i veckan'];
  let answers: Answers = {};
  for (const step of questionnaire.steps) {
    if (!visibility(questionnaire, answers).step(step)) continue;
    answers = { ...answers, ...fillStep(questionnaire, framework, step, answers, { 'basics.title': 'Självskattning av biblioteket i Överby' }, 3) };
    const rename = (group: string, field: string, to: string[]) => {
      answers[group] = groupItems(answers[group])
        .slice(0, to.length)
        .map((item, i) => ({ ...item, values: { ...item.values, [field]: to[i]! } }));
    };
    if (step.id === 'representation') rename('representation.groups', 'representation.group.name', groups);
    if (step.id === 'improvements') rename('improvements.items', 'improvements.item.what', measures);
  }
  return { name: 'service-audit', assessment: record('a-audit', answers, questionnaire), groups, measures };
}
