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

/**
 * Number answers. People type "12,5" as well as "12.5", and sometimes a space
 * between thousands ("1 250"); no exponents, no units. A number is stored as
 * its canonical decimal string ("12.5"), so every reader sees the same value
 * whatever the language it was typed in.
 */
const NUMBER = /^[+-]?(\d+([.,]\d*)?|[.,]\d+)$/;

/** The number a typed or stored answer holds; null when blank or not a number. */
export function parseNumber(text: string): number | null {
  // Spaces (also the no-break and narrow no-break spaces Intl puts between thousands) are only grouping.
  const compact = text.trim().replace(/[\s\u00a0\u202f]/g, '');
  if (!NUMBER.test(compact)) return null;
  const n = Number(compact.replace(',', '.'));
  // "-0" is zero: adding 0 turns -0 into 0, so it is never shown as "−0 %".
  return Number.isFinite(n) ? n + 0 : null;
}

/** The stored form of a typed number ("12,50" → "12.5"); anything that is not a number is kept as typed, for the form to refuse. */
export function canonicalNumber(text: string): string {
  const n = parseNumber(text);
  // `String` never uses an exponent for the sizes a person types in a form.
  return n === null ? text : String(n);
}

/** Structural equality of JSON-like values; the order of an object's keys does not count. */
export function sameValue(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  if (Array.isArray(a) !== Array.isArray(b)) return false;
  if (Array.isArray(a) && Array.isArray(b)) return a.length === b.length && a.every((v, i) => sameValue(v, b[i]));
  const ra = a as Record<string, unknown>;
  const rb = b as Record<string, unknown>;
  // An absent key and a key set to undefined are alike: neither is written to the file.
  const keys = new Set([...Object.keys(ra), ...Object.keys(rb)]);
  for (const key of keys) if (!sameValue(ra[key], rb[key])) return false;
  return true;
}
