/**
 * The shape of answers, keyed by stable question id:
 * - text, long text, date, single choice, scale: a string ('' when empty);
 * - multiple choice: an array of option ids;
 * - repeatable group: an array of items, each with a generated stable id;
 * - a question of a per-item step: a map from group item id to the value.
 * The zod schema here is the storage/import format; the per-step schemas
 * that check required answers are built in `src/assessment/step-schema.ts`.
 */
import { z } from 'zod';

export const ZScalar = z.union([z.string(), z.array(z.string())]);
export const ZGroupItem = z.strictObject({
  id: z.string().min(1),
  values: z.record(z.string(), ZScalar),
});
export const ZAnswerValue = z.union([z.string(), z.array(z.string()), z.array(ZGroupItem), z.record(z.string(), ZScalar)]);
export const ZAnswers = z.record(z.string(), ZAnswerValue);

export type Scalar = z.infer<typeof ZScalar>;
export type GroupItem = z.infer<typeof ZGroupItem>;
export type AnswerValue = z.infer<typeof ZAnswerValue>;
export type Answers = z.infer<typeof ZAnswers>;

/** The items of a group answer (empty when the answer is missing or of another shape). */
export function groupItems(value: AnswerValue | undefined): GroupItem[] {
  return Array.isArray(value) ? value.filter((v): v is GroupItem => typeof v === 'object' && v !== null) : [];
}
