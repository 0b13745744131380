// The reminder file, read back with an independent parser (Mozilla's
// ical.js, as calendar programs read it): all-day events on the dates the
// user gave, stable UIDs so a second download updates rather than adds,
// texts in the report language, and long Swedish lines folded without
// breaking a character.
import * as fc from 'fast-check';
import ICAL from 'ical.js';
import { describe, expect, it } from 'vitest';
import type { Assessment } from '../../../../src/assessment/assessment';
import { calendarEvents, calendarFile, escapeText, foldLine, nextDay, type CalendarEvent } from '../../../../src/assessment/after/calendar';
import { createI18n } from '../../../../src/i18n';
import { example, proposal } from './helpers';

/** A worked example as completed: dates are due only once an assessment is (see due.ts). */
const completed = (a: Assessment): Assessment => ({ ...a, progress: { ...a.progress, phase: 'complete', completedAt: '2026-03-01T09:00:00.000Z' } });

const library = completed(example('library.sv'));
const NOW = new Date('2026-12-05T14:58:40.123Z');
const t = (lang: 'sv' | 'en') => createI18n(lang).t as unknown as (key: string, params?: object) => string;

function parse(text: string) {
  const calendar = new ICAL.Component(ICAL.parse(text));
  return {
    calendar,
    events: calendar.getAllSubcomponents('vevent').map((v) => {
      const event = new ICAL.Event(v);
      return {
        uid: event.uid,
        start: event.startDate.toString(),
        startIsDate: event.startDate.isDate,
        end: event.endDate.toString(),
        summary: event.summary,
        description: event.description,
        sequence: event.sequence,
        stamp: v.getFirstPropertyValue('dtstamp')?.toString(),
      };
    }),
  };
}

describe('calendarFile of an assessment', () => {
  const text = calendarFile(calendarEvents(proposal, library, t('sv')), NOW);
  const { calendar, events } = parse(text);

  it('is a published Gregorian calendar, version 2.0, with CRLF line ends and no line over 75 octets', () => {
    expect(calendar.getFirstPropertyValue('version')).toBe('2.0');
    expect(calendar.getFirstPropertyValue('calscale')).toBe('GREGORIAN');
    expect(calendar.getFirstPropertyValue('method')).toBe('PUBLISH');
    expect(calendar.getFirstPropertyValue('prodid')).toBeTruthy();
    expect(text.endsWith('END:VCALENDAR\r\n')).toBe(true);
    expect(text.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
    const lines = text.split('\r\n');
    expect(lines.filter((l) => new TextEncoder().encode(l).length > 75)).toEqual([]);
  });

  it('has one all-day event per due date, on the date given, ending the next day, with no time zone shift', () => {
    expect(events.map((e) => [e.uid, e.start, e.end, e.startIsDate])).toEqual([
      [`${library.id}-measure-m-1@jamlikhetskollen`, '2026-12-15', '2026-12-16', true],
      [`${library.id}-measure-m-3@jamlikhetskollen`, '2027-01-15', '2027-01-16', true],
      [`${library.id}-measure-m-2@jamlikhetskollen`, '2027-02-01', '2027-02-02', true],
      [`${library.id}-follow-up@jamlikhetskollen`, '2027-09-30', '2027-10-01', true],
    ]);
    expect(text).toContain('DTSTART;VALUE=DATE:20261215\r\n');
  });

  it('stamps each event in UTC and gives the assessment’s revision as its sequence', () => {
    expect(events.every((e) => e.stamp === '2026-12-05T14:58:40Z')).toBe(true);
    expect(text).toContain('DTSTAMP:20261205T145840Z\r\n');
    expect(events.every((e) => e.sequence === library.revision)).toBe(true);
  });

  it('keeps the UIDs of a second download, with a higher sequence after the assessment changed', () => {
    const changed: Assessment = { ...library, revision: library.revision + 3 };
    const again = parse(calendarFile(calendarEvents(proposal, changed, t('sv')), new Date('2027-01-02T08:00:00Z'))).events;
    expect(again.map((e) => e.uid)).toEqual(events.map((e) => e.uid));
    expect(again.every((e) => e.sequence === library.revision + 3)).toBe(true);
  });

  it('writes summaries and descriptions in Swedish from the user’s own words, text intact after unfolding', () => {
    expect(events[0]?.summary).toBe('Åtgärd ska vara genomförd: Meröppet med personal två kvällar i veckan');
    expect(events[0]?.description).toBe(
      [
        'Enligt bedömningen ska åtgärden vara genomförd senast det här datumet.',
        'Bedömning: Ändrade öppettider på filialbiblioteket i Östra Ryd',
        'Ansvarig: Bibliotekschefen',
        'Kostnad: Cirka 300 000 kronor per år, som dras från besparingen',
      ].join('\n'),
    );
    expect(events[3]?.summary).toBe('Uppföljning: Ändrade öppettider på filialbiblioteket i Östra Ryd');
  });

  it('writes them in English when the report language is English', () => {
    const en = completed(example('library.en'));
    const english = parse(calendarFile(calendarEvents(proposal, en, t('en')), NOW)).events;
    expect(english[0]?.summary).toMatch(/^Measure due: /);
    expect(english[3]?.summary).toMatch(/^Follow-up: /);
    expect(english[0]?.description).toMatch(/^According to the assessment, the measure is to be carried out by this date\.\nAssessment: .+\nResponsible: .+\nCost: /);
  });

  it('leaves out a line the user gave nothing for, and names a measure without a description generically', () => {
    const items = (library.answers['measures.items'] as { id: string; values: Record<string, string> }[]).map((i) => ({ ...i, values: { ...i.values, 'measures.item.what': '', 'measures.item.owner': '', 'measures.item.cost': '' } }));
    const bare: Assessment = { ...library, name: '', answers: { ...library.answers, 'basics.title': '', 'measures.items': items } };
    const [first] = calendarEvents(proposal, bare, t('sv'));
    expect(first).toMatchObject({ summary: 'Åtgärd ska vara genomförd', description: 'Enligt bedömningen ska åtgärden vara genomförd senast det här datumet.' });
    expect(calendarEvents(proposal, bare, t('sv')).at(-1)?.summary).toBe('Uppföljning av konsekvensbedömning för jämlikhet');
  });
});

describe('the parts of a content line', () => {
  it('escapes backslash, semicolon, comma and newlines, and drops other control characters', () => {
    expect(escapeText('a\\b;c,d\ne\r\nf\rg\u0007h\ti')).toBe('a\\\\b\\;c\\,d\\ne\\nf\\ngh\ti');
  });

  it('survives a round trip through the parser with every special character', () => {
    // An imported file may carry any id; the UID is text too and is escaped like the rest.
    const event: CalendarEvent = { uid: 'id,med;tecken-follow-up@jamlikhetskollen', date: '2027-01-01', summary: 'Plan; steg 1, 2 \\ 3', description: 'Rad ett\nRad två; med, tecken \\ här' };
    const [parsed] = parse(calendarFile([event], NOW)).events;
    expect([parsed?.uid, parsed?.summary, parsed?.description]).toEqual([event.uid, event.summary, event.description]);
  });

  it('folds a long Swedish description at 75 octets without splitting å, ä or ö, and unfolds to the same text', () => {
    const description = 'Åtgärden ska göra det lättare för äldre i Örby och Sävsjö att nå vårdcentralen, även på lördagar och söndagar. '.repeat(6);
    const text = calendarFile([{ uid: 'lång@jamlikhetskollen', date: '2027-05-31', summary: 'Åäö'.repeat(40), description }], NOW);
    const lines = text.split('\r\n');
    expect(lines.filter((l) => new TextEncoder().encode(l).length > 75)).toEqual([]);
    // Every line is valid UTF-8 on its own: no multi-byte character is split between lines.
    for (const line of lines) expect(new TextDecoder('utf-8', { fatal: true }).decode(new TextEncoder().encode(line))).toBe(line);
    expect(lines.filter((l) => l.startsWith(' ')).length).toBeGreaterThan(5);
    const [parsed] = parse(text).events;
    expect(parsed?.description).toBe(description);
    expect(parsed?.summary).toBe('Åäö'.repeat(40));
  });

  it('gives back any text the user typed, through escaping and folding, as a calendar program reads it', () => {
    // Line ends become newlines and control characters other than tab are dropped; nothing else changes.
    const expected = (s: string) => [...s.replace(/\r\n?/g, '\n')].filter((c) => c === '\t' || c === '\n' || (c >= ' ' && c !== '\u007f')).join('');
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 300 }), fc.string({ unit: 'grapheme', maxLength: 120 }), (description, summary) => {
        const [parsed] = parse(calendarFile([{ uid: 'p@jamlikhetskollen', date: '2027-05-31', summary, description }], NOW)).events;
        expect(parsed?.description ?? '').toBe(expected(description));
        expect(parsed?.summary ?? '').toBe(expected(summary));
      }),
      { numRuns: 200 },
    );
  });

  it('folds by octets, not characters: after "X:" the first line holds 36 two-octet letters (74 octets), as a 37th would make 76', () => {
    const folded = foldLine(`X:${'ö'.repeat(80)}`).split('\r\n');
    expect(folded[0]).toBe(`X:${'ö'.repeat(36)}`);
    expect(folded.every((l) => new TextEncoder().encode(l).length <= 75)).toBe(true);
    expect(folded.slice(1).every((l) => l.startsWith(' '))).toBe(true);
    expect(foldLine('SHORT:ok')).toBe('SHORT:ok');
  });

  it.each([
    ['2026-12-31', '2027-01-01'],
    ['2028-02-28', '2028-02-29'],
    ['2027-02-28', '2027-03-01'],
    ['2027-03-27', '2027-03-28'], // the night summer time begins in Sweden
  ])('the day after %s is %s', (date, next) => {
    expect(nextDay(date)).toBe(next);
  });
});
