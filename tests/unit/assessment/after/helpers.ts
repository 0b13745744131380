// Shared test data for the follow-up logic: the shipped questionnaires and
// the worked examples (a proposal and a service audit), read as the app
// reads them (migrated to the current format).
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Assessment } from '../../../../src/assessment/assessment';
import type { FollowUp, IndicatorFollowUp } from '../../../../src/assessment/after/follow-up';
import { parseAssessmentJson } from '../../../../src/assessment/export-file';
import { questionnaires } from '../../../../src/questionnaire/catalogue';
import type { QuestionnaireFile } from '../../../../src/questionnaire/schema';

export const proposal: QuestionnaireFile = questionnaires.find((q) => q.id === 'proposal')!;
export const audit: QuestionnaireFile = questionnaires.find((q) => q.id === 'service-audit')!;

export function example(name: string): Assessment {
  const text = readFileSync(resolve(import.meta.dirname, '../../../../questionnaires/examples', `${name}.json`), 'utf8');
  const parsed = parseAssessmentJson(text);
  if (!parsed.ok) throw new Error(`example ${name}: ${JSON.stringify(parsed.problems)}`);
  return parsed.value;
}

export const fileOf = (a: Assessment) => (a.questionnaire.id === 'proposal' ? proposal : audit);

export function indicatorEntry(itemId: string, figures: IndicatorFollowUp['figures'], extra: Partial<IndicatorFollowUp> = {}): IndicatorFollowUp {
  return { itemId, measured: true, source: '', unit: '', figures, note: '', ...extra };
}

export function followUp(date: string, extra: Partial<FollowUp> = {}): FollowUp {
  return { id: `f-${date}`, date, createdAt: `${date}T09:00:00.000Z`, updatedAt: `${date}T09:00:00.000Z`, indicators: [], measures: [], summary: '', ...extra };
}

/** A row of figures. */
export const fig = (breakdown: string, category: string, baseline: number | null, now: number | null) => ({ breakdown, category, baseline, now });
