// A complete assessment of the real proposal questionnaire, answered step by
// step with the fill helper along the branch the screening answers choose,
// with hand-picked names for the affected groups and the measures.
import type { Answers } from '../../../src/questionnaire/answers';
import { groupItems } from '../../../src/questionnaire/answers';
import { newAssessment, type Assessment } from '../../../src/assessment/assessment';
import { framework, questionnaires } from '../../../src/questionnaire/catalogue';
import { visibility } from '../../../src/questionnaire/visibility';
import { fillStep } from '../../fixtures/fill';

export const file = questionnaires.find((q) => q.id === 'proposal')!;
export { framework };

export const TITLE = 'Ändrade öppettider på biblioteket i Åre – ärende 2026/14';
export const GROUPS = ['Äldre utan dator', 'Barn i årskurs 4–6', 'Nyanlända föräldrar'];
export const MEASURES = ['Hembesök från biblioteket för äldre', 'Läxhjälp på lördagar i Järpen'];

/** Renames the items of a group answer, in order. */
function named(answers: Answers, groupId: string, field: string, names: string[]): Answers {
  const items = groupItems(answers[groupId]).slice(0, names.length);
  return { [groupId]: items.map((item, i) => ({ ...item, values: { ...item.values, [field]: names[i]! } })) };
}

/** Answers every visible step for `outcome`, then adds `extra` (e.g. answers of a branch not taken). */
export function completeAssessment(outcome: 'light' | 'full', extra: Answers = {}): Assessment {
  const choices = {
    'basics.title': TITLE,
    'basics.organisation': 'Kultur- och fritidsförvaltningen, Åre kommun',
    'basics.assessors': 'Åsa Öberg, utredare; Örjan Älv, bibliotekschef',
    'basics.date': '2026-03-05',
    'screening.outcome': outcome,
    'screening.children': 'yes',
  };
  let answers: Answers = {};
  for (const step of file.steps) {
    if (!visibility(file, answers).step(step)) continue;
    answers = { ...answers, ...fillStep(file, framework, step, answers, choices, 3) };
    if (step.id === 'groups') answers = { ...answers, ...named(answers, 'groups.items', 'groups.item.name', GROUPS) };
    if (step.id === 'measures') answers = { ...answers, ...named(answers, 'measures.items', 'measures.item.what', MEASURES) };
  }
  return { ...newAssessment(file, 'a-1', new Date('2026-03-05T10:00:00Z')), answers: { ...answers, ...extra } };
}
