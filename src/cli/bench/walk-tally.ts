/**
 * Counting the walk: what the user did (clicks, keystrokes, text entries)
 * and what they saw. The walk records an observation after every move that
 * may change the screen (starting, submitting, opening the results), and
 * one more once a screen's fields are filled or a submit found errors. A
 * screen is a run of arrivals with the same heading and the same page within
 * the step (a failed submit stays on its screen). A screen's height is the
 * tallest it grew to while the user worked on it (added items, answers that
 * open further questions); the work done on it runs from its arrival to the
 * next screen's (the submit that leaves it included).
 */

export interface Tally {
  /** Buttons, options and links pressed (not the click into a text box before typing). */
  clicks: number;
  /** Characters entered into text, number and date fields. */
  keystrokes: number;
  /** Text, number and date fields filled in. */
  entries: number;
  /** Submits the form answered with an error summary. */
  rejected: number;
}

export const emptyTally = (): Tally => ({ clicks: 0, keystrokes: 0, entries: 0, rejected: 0 });

export interface Observation {
  /** The page's h1 text. */
  heading: string;
  /** What tells pages within one step apart: the address and the fields on show. */
  page: string;
  /** document.scrollHeight in px. */
  height: number;
  /** 'stay': the same screen later (filled in, or after a submit that found errors), whatever its fields show by then. */
  moment: 'arrive' | 'stay';
  /** The tally so far. */
  tally: Tally;
}

export interface Screen {
  heading: string;
  /** 1 for a step's first page, 2 for its second … (a step shown whole has only 1). */
  pageOfStep: number;
  height: number;
  /** What the user did on this screen. */
  work: Tally;
}

const minus = (a: Tally, b: Tally): Tally => ({
  clicks: a.clicks - b.clicks,
  keystrokes: a.keystrokes - b.keystrokes,
  entries: a.entries - b.entries,
  rejected: a.rejected - b.rejected,
});

/**
 * The screens a list of observations shows, in order (an arrival is compared
 * with the arrival before it); `total` is the tally at the end of the walk.
 */
export function screensOf(observations: Observation[], total: Tally): Screen[] {
  const screens: Array<Screen & { from: Tally }> = [];
  let previous: Observation | undefined;
  for (const o of observations) {
    const last = screens[screens.length - 1];
    if (last && (o.moment === 'stay' || (previous && o.heading === previous.heading && o.page === previous.page))) {
      last.height = Math.max(last.height, o.height);
      continue;
    }
    if (o.moment === 'stay') continue;
    const pageOfStep = last && previous && o.heading === previous.heading ? last.pageOfStep + 1 : 1;
    screens.push({ heading: o.heading, pageOfStep, height: o.height, from: o.tally, work: emptyTally() });
    previous = o;
  }
  return screens.map(({ from, ...s }, i) => ({ ...s, work: minus(screens[i + 1]?.from ?? total, from) }));
}

/** The tallest screen (the first of equals), if any. */
export function tallest(screens: Screen[]): Screen | undefined {
  return screens.reduce<Screen | undefined>((max, s) => (!max || s.height > max.height ? s : max), undefined);
}

const screenName = (s: Screen) => `${s.heading || '(no heading)'}${s.pageOfStep > 1 ? ` (page ${s.pageOfStep})` : ''}`;

/** The figures as one table: a row per figure, then every screen with its height and the work done on it. */
export function walkTable(screens: Screen[], total: Tally, format: (n: number) => string): string {
  const top = tallest(screens);
  const figures: string[][] = [
    ['screens', format(screens.length)],
    ['clicks', format(total.clicks)],
    ['keystrokes (characters typed)', format(total.keystrokes)],
    ['text entries', format(total.entries)],
    ['submits with errors', format(total.rejected)],
    ['tallest page', top ? `${format(top.height)} px: ${screenName(top)}` : '–'],
  ];
  const head = ['screen', 'height px', 'clicks', 'entries', 'keystrokes'];
  const rows = screens.map((s, i) => [
    `${i + 1}. ${screenName(s)}`,
    format(s.height),
    format(s.work.clicks),
    format(s.work.entries),
    format(s.work.keystrokes),
  ]);
  const keyWidth = Math.max(...figures.map(([k]) => k!.length));
  const widths = head.map((h, c) => Math.max(h.length, ...rows.map((r) => r[c]!.length)));
  // The screen's name is read left-aligned, the figures right-aligned.
  const line = (r: string[]) => `  ${r.map((x, c) => (c === 0 ? x.padEnd(widths[c]!) : x.padStart(widths[c]!))).join('  ')}`;
  return [...figures.map(([k, v]) => `  ${k!.padEnd(keyWidth)}  ${v}`), '', line(head), ...rows.map(line)].join('\n');
}
