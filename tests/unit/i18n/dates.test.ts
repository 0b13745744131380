// One date style per language: the long date of an answer, the short date
// of lists, the date and time of a copy; the report and the interface give
// the same strings for a date answer.
import { describe, expect, it } from 'vitest';
import { dateTime, longDate, shortDate } from '../../../src/i18n/dates';
import { formatDate, wordAnswer } from '../../../src/report/text';

const NOW = new Date('2026-12-05T09:00:00Z');

describe('dates', () => {
  it('writes a date answer in full', () => {
    expect(longDate('2026-12-04', 'sv')).toBe('4 december 2026');
    expect(longDate('2026-12-04', 'en')).toBe('4 December 2026');
    expect(longDate('2027-01-01', 'sv')).toBe('1 januari 2027');
  });

  it('reads a stored day as that day in every time zone', () => {
    for (const zone of ['Pacific/Honolulu', 'Pacific/Kiritimati', 'Europe/Stockholm']) {
      expect(longDate('2026-12-04', 'sv', zone)).toBe('4 december 2026');
      expect(shortDate('2026-12-04', 'en', zone)).toBe('4 Dec 2026');
    }
  });

  it('returns what is not a date as typed', () => {
    expect(longDate('i början av december', 'sv')).toBe('i början av december');
    expect(longDate('2026-02-31', 'en')).toBe('2026-02-31');
    expect(shortDate('', 'sv')).toBe('');
  });

  it('writes the short date without a full stop in Swedish', () => {
    expect(shortDate('2026-12-04T15:19:07Z', 'sv', 'UTC')).toBe('4 dec 2026');
    expect(shortDate('2026-05-04T15:19:07Z', 'sv', 'UTC')).toBe('4 maj 2026');
    expect(shortDate('2026-12-04T15:19:07Z', 'en', 'UTC')).toBe('4 Dec 2026');
  });

  it('writes a time with a full stop in Swedish and a colon in English, the year only when it is not this year', () => {
    const at = '2026-12-04T15:19:07Z';
    expect(dateTime(at, 'sv', { now: NOW, timeZone: 'UTC' })).toBe('4 dec 15.19');
    expect(dateTime(at, 'en', { now: NOW, timeZone: 'UTC' })).toBe('4 Dec 15:19');
    expect(dateTime(at, 'sv', { now: NOW, timeZone: 'UTC', seconds: true })).toBe('4 dec 15.19.07');
    expect(dateTime(at, 'en', { now: new Date('2027-01-02T00:00:00Z'), timeZone: 'UTC' })).toBe('4 Dec 2026 15:19');
    expect(dateTime(at, 'sv', { now: NOW, timeZone: 'Europe/Stockholm' })).toBe('4 dec 16.19');
    expect(dateTime('2026-12-04T08:05:00Z', 'sv', { now: NOW, timeZone: 'UTC', year: true })).toBe('4 dec 2026 08.05');
  });

  it.each(['sv', 'en'] as const)('%s: the report writes a date answer as the interface does', (lang) => {
    const t = (key: string) => key;
    const row = { kind: 'answer' as const, id: 'basics.date', type: 'date' as const, label: { text: 'Datum' }, value: [{ text: '2026-12-04' }] };
    expect(wordAnswer(t, lang, row).value).toEqual([longDate('2026-12-04', lang)]);
    expect(formatDate('2026-12-04', lang)).toBe(lang === 'sv' ? '4 december 2026' : '4 December 2026');
  });
});
