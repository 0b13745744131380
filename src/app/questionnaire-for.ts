/**
 * The questionnaire an assessment is answered with in this copy of the app:
 * the shipped one with the organisation's question packs the assessment
 * records (src/assessment/packs.ts), as far as this copy has them. Every
 * screen, report and list asks here, so a pack's questions are shown, saved
 * and reported wherever the model's own are.
 *
 * The packs in use come from `packSetup()`; until it has loaded none are,
 * so anything that opens, creates or imports an assessment awaits
 * `loadPackSetup()` first.
 */
import type { Assessment, PackRef } from '../assessment/assessment';
import { adoptQuestionnaire, packsForNew, withPacks } from '../assessment/packs';
import { framework, questionnaires } from '../questionnaire/catalogue';
import type { QuestionnaireFile } from '../questionnaire/schema';
import { packSetup } from './packs/registry';

/** The questionnaire `id` as shipped, without packs. */
export const shippedQuestionnaire = (id: string): QuestionnaireFile | undefined => questionnaires.find((q) => q.id === id);

/** The questionnaire `assessment` is answered with; undefined when this version does not ship it. */
export function questionnaireFor(assessment: Pick<Assessment, 'questionnaire'>): QuestionnaireFile | undefined {
  const base = shippedQuestionnaire(assessment.questionnaire.id);
  return base && withPacks(base, packSetup().packs, assessment.questionnaire.packs);
}

/** The questionnaire a new assessment of `id` is answered with, and the packs to record. */
export function questionnaireForNew(id: string): { file: QuestionnaireFile; packs: PackRef[] } | undefined {
  const base = shippedQuestionnaire(id);
  if (!base) return undefined;
  const { packs } = packSetup();
  const refs = packsForNew(base, packs);
  return { file: withPacks(base, packs, refs), packs: refs };
}

/**
 * `assessment` moved onto this copy's questionnaire: its packs as this copy
 * has them, then the questionnaire's current version, with what they cannot
 * hold set aside. Undefined when this version does not ship the questionnaire.
 */
export function onThisCopy(assessment: Assessment): { assessment: Assessment; file: QuestionnaireFile } | undefined {
  const base = shippedQuestionnaire(assessment.questionnaire.id);
  return base && adoptQuestionnaire(base, framework, packSetup().packs, assessment);
}
