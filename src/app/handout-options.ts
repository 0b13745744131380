/**
 * What the start page's workshop panel offers, read from the data without
 * parsing it: the plan lengths written for each questionnaire
 * (questionnaires/workshop.json) and the worked examples that answer it
 * (each example names its questionnaire). Only those two keys are imported,
 * so the bundler leaves the rest of the files, and zod, out of the first load.
 */
import { plans } from '../../questionnaires/workshop.json';
import { EXAMPLE_IDS, type ExampleId } from '../assessment/examples';

// Each example's `questionnaire` key, in Swedish (both languages answer the same questionnaire).
const EXAMPLE_QUESTIONNAIRES = import.meta.glob<{ id: string }>('../../questionnaires/examples/*.sv.json', { import: 'questionnaire', eager: true });

/** The plan lengths for a questionnaire, shortest first. */
export function planLengths(questionnaireId: string): number[] {
  return plans
    .filter((p) => p.questionnaire === questionnaireId)
    .map((p) => p.minutes)
    .sort((a, b) => a - b);
}

/** The worked examples of a questionnaire, in the order they are offered. */
export function casesOf(questionnaireId: string): ExampleId[] {
  return EXAMPLE_IDS.filter((id) => EXAMPLE_QUESTIONNAIRES[`../../questionnaires/examples/${id}.sv.json`]?.id === questionnaireId);
}
