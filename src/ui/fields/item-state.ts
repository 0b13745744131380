/**
 * How far an item of a repeatable group is filled in, read from its form
 * values: what a folded item's summary says about it, and whether it has
 * anything to summarise at all.
 */
import type { GroupQuestion } from '../../questionnaire/schema';
import { encode } from '../form/form-values';

export type ItemValues = Record<string, unknown> | undefined;

export interface ItemState {
  /** How many of the item's questions have an answer. */
  answered: number;
  total: number;
  /** `complete`: every question answered; `partial`: the required ones are; `missing`: a required one is not. */
  state: 'complete' | 'partial' | 'missing';
}

/** A form value that counts as an answer (a checkbox list of one box gives `false` when empty). */
export function filled(value: unknown): boolean {
  if (typeof value === 'string') return value.trim() !== '';
  if (Array.isArray(value)) return value.length > 0;
  return false;
}

export function itemState(question: GroupQuestion, values: ItemValues): ItemState {
  const answered = question.fields.filter((f) => filled(values?.[encode(f.id)])).length;
  const missing = question.fields.some((f) => f.required && !filled(values?.[encode(f.id)]));
  const total = question.fields.length;
  return { answered, total, state: missing ? 'missing' : answered === total ? 'complete' : 'partial' };
}

/** An item nothing has been written or chosen in yet: there is nothing to fold it into. */
export const isEmptyItem = (question: GroupQuestion, values: ItemValues) => itemState(question, values).answered === 0;
