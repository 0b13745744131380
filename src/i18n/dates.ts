/**
 * One date style per language, through Intl, for everything a person reads:
 *
 * - long: a date answer, a completion date in prose — "4 december 2026" / "4 December 2026";
 * - short: dates in lists and on the results page — "4 dec 2026" / "4 Dec 2026";
 * - date and time: when a copy was made — "4 dec 15.19" / "4 Dec 15:19".
 *
 * Swedish writes the time with a full stop and the abbreviated month without
 * one (Myndigheternas skrivregler); Intl's sv-SE gives "15:19" and "dec.",
 * so the parts are joined here. A stored answer `YYYY-MM-DD` is a calendar
 * day: it is read in UTC, so the day never shifts with the reader's time
 * zone. A timestamp is an instant: it is shown in the reader's time zone
 * (or the one given, for tests).
 */
import type { Language } from './languages';

const LOCALES: Record<Language, string> = { sv: 'sv-SE', en: 'en-GB' };
const DAY = /^(\d{4})-(\d{2})-(\d{2})$/;

interface Read {
  date: Date;
  timeZone: string | undefined;
}

/** A calendar day (UTC) or an instant (the reader's zone); undefined for anything that is not a date. */
function read(value: string | Date, timeZone?: string): Read | undefined {
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? undefined : { date: value, timeZone };
  const day = DAY.exec(value.trim());
  if (day) {
    const date = new Date(Date.UTC(Number(day[1]), Number(day[2]) - 1, Number(day[3])));
    // "2026-02-31" rolls over in Date.UTC: refuse it rather than show another day.
    return date.getUTCDate() === Number(day[3]) ? { date, timeZone: 'UTC' } : undefined;
  }
  if (!/^\d{4}-\d{2}-\d{2}T/.test(value.trim())) return undefined;
  const date = new Date(value);
  return Number.isNaN(date.getTime()) ? undefined : { date, timeZone };
}

type Parts = Partial<Record<Intl.DateTimeFormatPartTypes, string>>;

function parts(lang: Language, r: Read, options: Intl.DateTimeFormatOptions): Parts {
  const out: Parts = {};
  for (const p of new Intl.DateTimeFormat(LOCALES[lang], { ...options, timeZone: r.timeZone, hourCycle: 'h23' }).formatToParts(r.date)) {
    if (p.type !== 'literal') out[p.type] = p.value;
  }
  return out;
}

/** "4 december 2026" / "4 December 2026"; anything that is not a date is returned as typed. */
export function longDate(value: string | Date, lang: Language, timeZone?: string): string {
  const r = read(value, timeZone);
  if (!r) return typeof value === 'string' ? value : '';
  return new Intl.DateTimeFormat(LOCALES[lang], { dateStyle: 'long', timeZone: r.timeZone }).format(r.date);
}

const shortMonth = (lang: Language, p: Parts) => (lang === 'sv' ? (p.month ?? '').replace(/\.$/, '') : (p.month ?? ''));

/** "4 dec 2026" / "4 Dec 2026". */
export function shortDate(value: string | Date, lang: Language, timeZone?: string): string {
  const r = read(value, timeZone);
  if (!r) return typeof value === 'string' ? value : '';
  const p = parts(lang, r, { day: 'numeric', month: 'short', year: 'numeric' });
  return `${p.day} ${shortMonth(lang, p)} ${p.year}`;
}

export interface DateTimeOptions {
  /** Add the seconds (to tell apart two things done in the same minute). */
  seconds?: boolean;
  /** Add the year; by default only when it is not the year of `now`. */
  year?: boolean;
  now?: Date;
  timeZone?: string;
}

/** "4 dec 15.19" / "4 Dec 15:19", with the year when it is not this year, and the seconds on request. */
export function dateTime(value: string | Date, lang: Language, options: DateTimeOptions = {}): string {
  const r = read(value, options.timeZone);
  if (!r) return typeof value === 'string' ? value : '';
  const p = parts(lang, r, { day: 'numeric', month: 'short', year: 'numeric', hour: '2-digit', minute: '2-digit', second: '2-digit' });
  const thisYear = parts(lang, { date: options.now ?? new Date(), timeZone: r.timeZone }, { year: 'numeric' }).year;
  const withYear = options.year ?? p.year !== thisYear;
  const sep = lang === 'sv' ? '.' : ':';
  const time = [p.hour, p.minute, ...(options.seconds ? [p.second] : [])].join(sep);
  return `${p.day} ${shortMonth(lang, p)}${withYear ? ` ${p.year}` : ''} ${time}`;
}
