/**
 * Reminders as an iCalendar file (RFC 5545): one all-day event for the
 * follow-up date and one for each measure's due date, to import into
 * Outlook, Google Calendar or Apple Calendar. Written by hand: the format
 * needed is small (one VCALENDAR of all-day VEVENTs), and a generator
 * library would add weight to the app for a few lines of text.
 *
 * A second download must update the events rather than add copies, so each
 * UID is stable per assessment and item, and SEQUENCE follows the
 * assessment's revision so a calendar takes the newer event.
 */
import { displayName, type Assessment } from '../assessment';
import type { QuestionnaireFile } from '../../questionnaire/schema';
import { dueItems } from './due';
import { measuresOf } from './refs';

export interface CalendarEvent {
  /** Stable per assessment and item: `<assessmentId>-follow-up@jamlikhetskollen`, `<assessmentId>-measure-<itemId>@jamlikhetskollen`. */
  uid: string;
  /** The day of the event (YYYY-MM-DD), an all-day event with no time zone. */
  date: string;
  summary: string;
  description: string;
  /** The revision of the event (the assessment's revision); 0 when absent. */
  sequence?: number;
}

/** The translation function of the report language; interpolation must not HTML-escape (plain text here). */
type Translate = (key: string, params?: object) => string;

const DOMAIN = 'jamlikhetskollen';

/**
 * The events of an assessment, in date order. Texts come from
 * `calendar.*` in the report language; each line of a description is added
 * only when the user gave what it names (owner, cost, assessment name).
 */
export function calendarEvents(file: QuestionnaireFile, assessment: Assessment, t: Translate): CalendarEvent[] {
  const name = displayName(file, assessment);
  const measures = measuresOf(file, assessment.answers);
  const about = name ? [t('calendar.assessment', { name })] : [];
  return dueItems(file, assessment).map((item) => {
    if (item.kind === 'follow-up') {
      return {
        uid: `${assessment.id}-follow-up@${DOMAIN}`,
        date: item.date,
        summary: name ? t('calendar.followUp.summaryNamed', { name }) : t('calendar.followUp.summary'),
        description: [t('calendar.followUp.description'), ...about].join('\n'),
        sequence: assessment.revision,
      };
    }
    const measure = measures.find((m) => m.itemId === item.itemId);
    const what = item.label;
    const lines = [
      ...about,
      ...(measure?.owner ? [t('calendar.measure.owner', { owner: measure.owner })] : []),
      ...(measure?.cost ? [t('calendar.measure.cost', { cost: measure.cost })] : []),
    ];
    return {
      uid: `${assessment.id}-measure-${item.itemId ?? ''}@${DOMAIN}`,
      date: item.date,
      summary: what ? t('calendar.measure.summaryNamed', { measure: what }) : t('calendar.measure.summary'),
      description: [t('calendar.measure.description'), ...lines].join('\n'),
      sequence: assessment.revision,
    };
  });
}

/** Characters allowed in a TEXT value: tab, newline (escaped below) and anything that is not a control character. */
function isTextChar(char: string): boolean {
  const code = char.codePointAt(0) ?? 0;
  return code === 0x09 || code === 0x0a || (code >= 0x20 && code !== 0x7f);
}

/** TEXT escaping (RFC 5545 3.3.11): backslash, semicolon, comma, newline; other control characters dropped. */
export function escapeText(value: string): string {
  return [...value.replace(/\r\n?/g, '\n')]
    .filter(isTextChar)
    .join('')
    .replace(/\\/g, '\\\\')
    .replace(/;/g, '\\;')
    .replace(/,/g, '\\,')
    .replace(/\n/g, '\\n');
}

const encoder = new TextEncoder();

/**
 * A content line folded at 75 octets (RFC 5545 3.1): continuation lines
 * start with a space, which counts towards their 75. Split between code
 * points, never inside a multi-byte UTF-8 character (å, ä, ö are two octets).
 */
export function foldLine(line: string): string {
  const parts: string[] = [];
  let current = '';
  let octets = 0;
  for (const char of line) {
    const size = encoder.encode(char).length;
    const limit = parts.length ? 74 : 75;
    if (octets + size > limit) {
      parts.push(current);
      current = '';
      octets = 0;
    }
    current += char;
    octets += size;
  }
  parts.push(current);
  return parts.join('\r\n ');
}

const compactDate = (date: string) => date.replaceAll('-', '');

/** The day after a YYYY-MM-DD date, computed in UTC so no time zone moves it. */
export function nextDay(date: string): string {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  return new Date(Date.UTC(y, m - 1, d + 1)).toISOString().slice(0, 10);
}

/** A UTC date-time (DTSTAMP form): 20261205T145800Z. */
const stamp = (now: Date) => now.toISOString().replace(/[-:]/g, '').replace(/\.\d{3}/, '');

/** The iCalendar file: CRLF line ends, folded lines, one VEVENT per event. */
export function calendarFile(events: CalendarEvent[], now: Date): string {
  const lines = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    'PRODID:-//Jamlikhetskollen//Jamlikhetskollen//SV',
    'CALSCALE:GREGORIAN',
    'METHOD:PUBLISH',
    ...events.flatMap((event) => [
      'BEGIN:VEVENT',
      `UID:${escapeText(event.uid)}`,
      `DTSTAMP:${stamp(now)}`,
      `DTSTART;VALUE=DATE:${compactDate(event.date)}`,
      `DTEND;VALUE=DATE:${compactDate(nextDay(event.date))}`,
      `SEQUENCE:${event.sequence ?? 0}`,
      `SUMMARY:${escapeText(event.summary)}`,
      `DESCRIPTION:${escapeText(event.description)}`,
      // A reminder of a day, not a meeting: it does not show the day as busy.
      'TRANSP:TRANSPARENT',
      'END:VEVENT',
    ]),
    'END:VCALENDAR',
  ];
  return lines.map(foldLine).join('\r\n') + '\r\n';
}
