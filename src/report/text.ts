/**
 * Turns the answer list's `Text` (a content key, a ui key, or the user's own
 * words) into the string to print, and formats dates for the reader.
 */
import { numberText, type Row, type Text } from '../assessment/answer-list';
import { longDate } from '../i18n/dates';
import type { Language } from '../i18n/resources';
import type { Answer, Translate } from './types';

/**
 * A number needs the reader's language: answers' values are worded by
 * `wordAnswer`, which has it. Labels and titles are never numbers, so
 * callers that resolve only those need not pass it; a number then reads as
 * stored ("12.5").
 */
export function resolveText(t: Translate, text: Text, lang?: Language): string {
  if ('key' in text) return t(`content:${text.key}`);
  if ('uiKey' in text) return t(`ui:${text.uiKey}`);
  if ('number' in text) return lang ? numberText(lang, text.number, text.unit) : String(text.number);
  return text.text;
}

/**
 * A stored `YYYY-MM-DD` date as "1 december 2026" / "1 December 2026": the
 * same long style the interface uses (src/i18n/dates.ts), read as a calendar
 * day so it never shifts with the time zone of the machine that renders;
 * anything else is returned as typed.
 */
export function formatDate(value: string, lang: Language): string {
  return longDate(value, lang);
}

/** An answer row worded: its label and one string per value, dates formatted for the reader. */
export function wordAnswer(t: Translate, lang: Language, row: Row & { kind: 'answer' }): Answer {
  return {
    label: resolveText(t, row.label),
    value: row.value.map((v) => {
      const s = resolveText(t, v, lang);
      return row.type === 'date' ? formatDate(s, lang) : s;
    }),
  };
}
