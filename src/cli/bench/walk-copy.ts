/**
 * The walk's use of "start from another item's answers", as a user who
 * knows their case would: of the earlier items offered, the one whose case
 * answers leave the fewest choices to correct, and only when pressing it
 * and correcting saves clicks over ticking every choice by hand. A changed
 * radio group is one click; each checkbox ticked or unticked is one. A
 * radio group cannot be emptied by clicking, so a source that answers a
 * choice the case leaves empty is not taken (the end state must be the
 * case's). Pure: the walk reads the screen and presses the buttons.
 */
import type { Scalar } from '../../questionnaire/answers';
import { caseValue, optionsFor, type WalkCase } from './walk-case';

/** A choice of the item on screen: its DOM id, whether it is checkboxes, and its options' values. */
export interface ChoiceOnScreen {
  id: string;
  multiple: boolean;
  options: string[];
}

/** Clicks to go from the ticked options `from` to `to`; undefined when a radio group would have to be emptied. */
export function clicksBetween(multiple: boolean, from: readonly string[], to: readonly string[]): number | undefined {
  if (multiple) return from.filter((v) => !to.includes(v)).length + to.filter((v) => !from.includes(v)).length;
  if (to.length === 0) return from.length === 0 ? 0 : undefined;
  return from[0] === to[0] ? 0 : 1;
}

/** The options the case ticks in a choice, for the item whose id ends the field's id. */
export function caseTicks(c: WalkCase, choice: ChoiceOnScreen, fieldId: string, itemOrder: string[]): string[] {
  const value: Scalar | undefined = caseValue(c, fieldId, itemOrder);
  return value === undefined ? [] : optionsFor(c, value, choice.options);
}

/**
 * The offered item (app id) to start `target` from, with the clicks it
 * takes (the press included), or undefined when none saves clicks. The
 * choices' ids end with `target`; the same field of another item ends
 * with that item's id.
 */
export function bestSource(
  c: WalkCase,
  choices: readonly ChoiceOnScreen[],
  itemOrder: string[],
  target: string,
  offered: readonly string[],
): { source: string; clicks: number; byHand: number } | undefined {
  const own = choices.filter((ch) => ch.id.endsWith(`-${target}`));
  const wanted = own.map((ch) => caseTicks(c, ch, ch.id, itemOrder));
  const byHand = own.reduce((n, ch, i) => n + clicksBetween(ch.multiple, [], wanted[i]!)!, 0);
  let best: { source: string; clicks: number; byHand: number } | undefined;
  for (const source of offered) {
    let clicks: number | undefined = 1;
    for (const [i, ch] of own.entries()) {
      const copied = caseTicks(c, ch, `${ch.id.slice(0, -target.length)}${source}`, itemOrder);
      const fix = clicksBetween(ch.multiple, copied, wanted[i]!);
      clicks = fix === undefined ? undefined : clicks + fix;
      if (clicks === undefined) break;
    }
    if (clicks !== undefined && clicks < byHand && (!best || clicks < best.clicks)) best = { source, clicks, byHand };
  }
  return best;
}

/**
 * Which case item a button names: the index of the item of any group with a
 * field whose case value is exactly the button's words (an item is named by
 * what the user typed for it).
 */
export function itemByTitle(c: WalkCase, title: string): number | undefined {
  for (const [group, count] of c.itemCounts) {
    for (let index = 0; index < count; index += 1) {
      const prefix = `${group}-${index}-`;
      for (const [id, value] of c.direct) if (id.startsWith(prefix) && value === title) return index;
    }
  }
  return undefined;
}
