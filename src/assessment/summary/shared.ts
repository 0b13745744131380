/**
 * What the parts of the konsekvensbeskrivning share: a candidate sentence
 * with its drop rank, and the parameter helpers that keep the conventions
 * documented in `../consequence-summary.ts`.
 */
import type { AnswerValue } from '../../questionnaire/answers';
import type { Item } from '../context';
import { valueText } from '../context';
import type { Located } from '../../questionnaire/walk';

export type SentenceParams = Record<string, string | number | string[]>;

/**
 * A sentence that applies, and how readily it is left out when more than ten
 * apply: 0 never, higher numbers first (ties: the later one first).
 */
export interface Candidate {
  sentence: { code: string; params?: SentenceParams };
  drop: number;
}

export const candidate = (drop: number, code: string, params?: SentenceParams): Candidate => ({
  sentence: params ? { code, params } : { code },
  drop,
});

/** At most this many names in a list; the rest are counted in `<name>More`. */
export const MAX_NAMES = 6;

/** A list of names as `<name>` (capped) and `<name>More` (when some were left out). */
export function names(name: string, all: string[]): SentenceParams {
  const shown = all.slice(0, MAX_NAMES);
  return all.length > shown.length ? { [name]: shown, [`${name}More`]: all.length - shown.length } : { [name]: shown };
}

/** Titles of items, without repeats, in order. */
export const titles = (items: Array<Pick<Item, 'title'>>) => [...new Set(items.map((i) => i.title))];

/**
 * The user's own words for the middle or end of a sentence: one line, and
 * without a closing full stop (the sentence adds its own). '' when blank.
 */
export function ownWords(value: AnswerValue | undefined): string {
  return valueText(value)
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/[\s.!?;:,]+$/u, '')
    .trim();
}

/** The content text key of an option of a question (see `answerList`); undefined for options taken from a group. */
export function optionKey(l: Located, optionId: string): string | undefined {
  if (!('options' in l.question)) return undefined;
  const source = l.question.options;
  if (typeof source === 'string') return `optionSets.${source}.${optionId}`;
  if (Array.isArray(source)) return `options.${l.question.id}.${optionId}`;
  return undefined;
}

/** True for an ISO calendar date, yyyy-mm-dd. */
export const isIsoDate = (value: string) => /^\d{4}-\d{2}-\d{2}$/.test(value) && !Number.isNaN(Date.parse(`${value}T00:00:00Z`));
