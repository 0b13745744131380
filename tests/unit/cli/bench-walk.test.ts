// The bench walk's pure parts: the case laid out by field id, and the
// screens and work counted from what the walk observed.
// @vitest-environment node
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Answers } from '../../../src/questionnaire/answers';
import { caseValue, optionsFor, perItemId, walkCase } from '../../../src/cli/bench/walk-case';
import { bestSource, clicksBetween, itemByTitle, type ChoiceOnScreen } from '../../../src/cli/bench/walk-copy';
import { emptyTally, screensOf, tallest, walkTable, type Observation, type Tally } from '../../../src/cli/bench/walk-tally';

const answers: Answers = {
  'basics.title': 'Kortare öppettider',
  'basics.contact': '',
  'groups.items': [
    { id: 'g-1', values: { 'groups.item.name': 'Skolbarn', 'groups.item.factors': ['age'] } },
    { id: 'g-2', values: { 'groups.item.name': 'Äldre', 'groups.item.factors': [] } },
  ],
  'evidence.dialogues': [{ id: 'd-1', values: { 'evidence.dialogue.covers': ['g-2'] } }],
  'consequences.cumulative': { 'g-1': 'no', 'g-2': 'yes' },
  'consequences.cumulative-details': { 'g-2': 'Biblioteksbussen läggs ner samma år.' },
  'screening.areas': ['school', 'culture'],
};

describe('walkCase', () => {
  const c = walkCase(answers);

  it('lays out plain answers and group items by the DOM id of their field, leaving out empty ones', () => {
    expect(c.direct.get('f-basics__title')).toBe('Kortare öppettider');
    expect(c.direct.has('f-basics__contact')).toBe(false);
    expect(c.direct.get('f-groups__items-1-groups__item__name')).toBe('Äldre');
    expect(c.direct.get('f-groups__items-0-groups__item__factors')).toEqual(['age']);
    expect(c.direct.has('f-groups__items-1-groups__item__factors')).toBe(false);
    expect(c.direct.get('f-screening__areas')).toEqual(['school', 'culture']);
  });

  it('counts the items of each group', () => {
    expect(c.itemCounts.get('f-groups__items')).toBe(2);
    expect(c.itemCounts.get('f-evidence__dialogues')).toBe(1);
  });

  it('finds a per-item answer by the position of the app’s own item id, the longest question id first', () => {
    const order = ['i-x7', 'i-k2'];
    expect(caseValue(c, 'f-consequences__cumulative-i-x7', order)).toBe('no');
    expect(caseValue(c, 'f-consequences__cumulative-i-k2', order)).toBe('yes');
    expect(caseValue(c, 'f-consequences__cumulative-details-i-k2', order)).toBe('Biblioteksbussen läggs ner samma år.');
    // The first group has no details: nothing to type.
    expect(caseValue(c, 'f-consequences__cumulative-details-i-x7', order)).toBeUndefined();
    // An item the walk has not seen yet has no position.
    expect(caseValue(c, 'f-consequences__cumulative-i-new', order)).toBeUndefined();
    expect(perItemId(c, 'f-consequences__cumulative-details-i-k2')).toBe('i-k2');
    expect(perItemId(c, 'f-basics__title')).toBeUndefined();
  });

  it('ticks options by value, and a choice among items by the item’s position', () => {
    expect(optionsFor(c, ['school', 'culture'], ['culture', 'school', 'work'])).toEqual(['school', 'culture']);
    expect(optionsFor(c, ['g-2'], ['i-x7', 'i-k2'])).toEqual(['i-k2']);
    expect(optionsFor(c, 'g-3', ['i-x7', 'i-k2'])).toEqual([]);
  });

  it('reads the library example as four affected groups', () => {
    const example = JSON.parse(readFileSync(resolve(import.meta.dirname, '../../../questionnaires/examples/library.sv.json'), 'utf8')) as { answers: Answers };
    const library = walkCase(example.answers);
    expect(library.itemCounts.get('f-groups__items')).toBe(4);
    const names = [0, 1, 2, 3].map((i) => library.direct.get(`f-groups__items-${i}-groups__item__name`));
    expect(names.every((n) => typeof n === 'string' && n.length > 0)).toBe(true);
  });
});

describe('starting an item from an earlier one', () => {
  const three: Answers = {
    'groups.items': ['g-1', 'g-2', 'g-3'].map((id, i) => ({ id, values: { 'groups.item.name': `Grupp ${'ABC'[i]}` } })),
    'c.physical': { 'g-1': 'worse', 'g-2': 'none', 'g-3': 'none' },
    'c.digital': { 'g-1': 'worse', 'g-2': 'worse', 'g-3': 'worse' },
    'c.areas': { 'g-1': ['work'], 'g-2': ['work', 'school'], 'g-3': ['school'] },
    'c.sex-data': { 'g-1': 'yes', 'g-3': 'yes' },
  };
  const c = walkCase(three);
  const order = ['i-a', 'i-b', 'i-c'];
  const on = (q: string, multiple: boolean, options: string[]): ChoiceOnScreen => ({ id: `f-${q}-i-c`, multiple, options });
  const screen = [
    on('c__physical', false, ['worse', 'none']),
    on('c__digital', false, ['worse', 'none']),
    on('c__areas', true, ['work', 'school', 'health']),
    on('c__sex-data', false, ['yes', 'no']),
  ];

  it('counts a changed radio group as one click and each checkbox ticked or unticked as one; a radio group cannot be emptied', () => {
    expect(clicksBetween(false, ['none'], ['worse'])).toBe(1);
    expect(clicksBetween(false, ['worse'], ['worse'])).toBe(0);
    expect(clicksBetween(false, [], ['worse'])).toBe(1);
    expect(clicksBetween(false, [], [])).toBe(0);
    expect(clicksBetween(false, ['worse'], [])).toBeUndefined();
    expect(clicksBetween(true, ['work', 'school'], ['school', 'health'])).toBe(2);
  });

  it('takes the earlier item that leaves the fewest clicks, the press included, never one that answers what the case leaves empty', () => {
    // By hand: three radios and one box = 4. From A: press + physical + two boxes = 4, no saving.
    // From B: press + one box + sex-data (empty in B, so ticked by hand) = 3.
    expect(bestSource(c, screen, order, 'i-c', ['i-a', 'i-b'])).toEqual({ source: 'i-b', clicks: 3, byHand: 4 });
    expect(bestSource(c, screen, order, 'i-c', ['i-a'])).toBeUndefined();
    const forB = screen.map((ch) => ({ ...ch, id: ch.id.replace(/i-c$/, 'i-b') }));
    // B leaves sex-data empty; starting from A or C would set it and no click clears a radio group.
    expect(bestSource(c, forB, order, 'i-b', ['i-a'])).toBeUndefined();
  });

  it('finds the item a button names by the name the case gave it', () => {
    expect(itemByTitle(c, 'Grupp B')).toBe(1);
    expect(itemByTitle(c, 'Grupp D')).toBeUndefined();
  });
});

const tally = (clicks: number, entries = 0, keystrokes = 0, rejected = 0): Tally => ({ clicks, entries, keystrokes, rejected });
const at = (heading: string, page: string, height: number, t: Tally, moment: Observation['moment'] = 'arrive'): Observation => ({ heading, page, height, moment, tally: t });

describe('screensOf', () => {
  it('counts a new screen for a new heading or a new page within the step, not for a failed submit', () => {
    const screens = screensOf(
      [
        at('Start', '', 900, emptyTally()),
        at('Groups', '#|f-a', 1200, tally(1)),
        at('Groups', '#|f-a f-b', 2400, tally(4, 2, 30), 'stay'),
        // The submit found errors: the same screen, grown by the error summary.
        at('Groups', '#|f-a', 2500, tally(5, 2, 30, 1)),
        at('Consequences', '#|f-c-i1', 3000, tally(7, 3, 40, 1)),
        at('Consequences', '#|f-c-i2', 3100, tally(9, 3, 40, 1)),
        at('Consequences', '#|', 800, tally(12, 4, 50, 1)),
        at('Review', '', 9000, tally(13, 4, 50, 1)),
      ],
      tally(14, 4, 50, 1),
    );
    expect(screens.map((s) => [s.heading, s.pageOfStep, s.height])).toEqual([
      ['Start', 1, 900],
      ['Groups', 1, 2500],
      ['Consequences', 1, 3000],
      ['Consequences', 2, 3100],
      ['Consequences', 3, 800],
      ['Review', 1, 9000],
    ]);
    // The work on a screen runs from its arrival to the next screen's.
    expect(screens[1]!.work).toEqual(tally(6, 3, 40, 1));
    expect(screens.at(-1)!.work).toEqual(tally(1));
    const sum = screens.reduce((n, s) => n + s.work.clicks, 0);
    expect(sum).toBe(14);
  });

  it('names the tallest screen, and the table shows every figure and screen', () => {
    const screens = screensOf([at('A', '', 500, emptyTally()), at('B', 'x', 4200, tally(1)), at('B', 'y', 4200, tally(2))], tally(3, 1, 12));
    expect(tallest(screens)).toMatchObject({ heading: 'B', pageOfStep: 1, height: 4200 });
    expect(tallest([])).toBeUndefined();
    const table = walkTable(screens, tally(3, 1, 12), (n) => new Intl.NumberFormat('en-GB').format(n));
    expect(table).toMatch(/screens\s+3\n/);
    expect(table).toMatch(/clicks\s+3\n/);
    expect(table).toMatch(/keystrokes \(characters typed\)\s+12\n/);
    expect(table).toMatch(/tallest page\s+4,200 px: B\n/);
    expect(table).toMatch(/3\. B \(page 2\)\s+4,200\s+1\s+1\s+12/);
  });
});
