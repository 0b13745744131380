/**
 * The case the bench's walk enters: a worked example's answers, laid out by
 * the DOM id of the field each one goes into, so the walk can type what it
 * finds on any screen without knowing a single question. A new user with a
 * real case fills what the case holds (four groups and their names, the
 * alternatives, the dialogues …) and leaves empty what it leaves empty.
 *
 * Ids follow src/ui/form/form-values.ts: `f-<question>` for a question,
 * `f-<group>-<index>-<field>` inside a group's item, `f-<question>-<item id>`
 * for a question asked per item of a group. The app gives new items ids of
 * its own, so a per-item value is looked up by the item's position, and a
 * choice among items (which groups a dialogue reached) by the option's
 * position.
 */
import type { Answers, Scalar } from '../../questionnaire/answers';
import { domId, encode, fieldName } from '../../ui/form/form-values';

export interface WalkCase {
  /** A field's value by its DOM id (plain questions and group items). */
  direct: Map<string, Scalar>;
  /** Per-item answers: the DOM id prefix (`f-<question>-`) → the values in the order of the items. */
  perItem: Map<string, Scalar[]>;
  /** The position of each of the example's group items in its group (for choices among items). */
  itemIndex: Map<string, number>;
  /** Items per group, by the group's DOM id (how many a careful user adds). */
  itemCounts: Map<string, number>;
}

interface Item {
  id: string;
  values: Record<string, Scalar>;
}

const isItems = (v: unknown): v is Item[] =>
  Array.isArray(v) && v.length > 0 && v.every((x) => typeof x === 'object' && x !== null && 'id' in x && 'values' in x);
const isPerItem = (v: unknown): v is Record<string, Scalar> => typeof v === 'object' && v !== null && !Array.isArray(v);
const filled = (v: Scalar | undefined): v is Scalar => (Array.isArray(v) ? v.length > 0 : typeof v === 'string' && v.trim() !== '');

export function walkCase(answers: Answers): WalkCase {
  const direct = new Map<string, Scalar>();
  const perItem = new Map<string, Scalar[]>();
  const itemIndex = new Map<string, number>();
  const itemCounts = new Map<string, number>();
  for (const [question, value] of Object.entries(answers)) {
    if (!isItems(value)) continue;
    itemCounts.set(domId(fieldName(question)), value.length);
    value.forEach((item, index) => {
      itemIndex.set(item.id, index);
      for (const [field, v] of Object.entries(item.values)) if (filled(v)) direct.set(domId(fieldName(question, index, field)), v);
    });
  }
  for (const [question, value] of Object.entries(answers)) {
    if (isItems(value) || Array.isArray(value)) {
      if (!isItems(value) && filled(value)) direct.set(domId(fieldName(question)), value);
      continue;
    }
    if (isPerItem(value)) {
      const ordered: Scalar[] = [];
      for (const [itemId, v] of Object.entries(value)) {
        const index = itemIndex.get(itemId);
        if (index !== undefined) ordered[index] = v;
      }
      perItem.set(`f-${encode(question)}-`, Array.from(ordered, (v) => v ?? ''));
    } else if (filled(value)) direct.set(domId(fieldName(question)), value);
  }
  return { direct, perItem, itemIndex, itemCounts };
}

/**
 * The case's value for the field with this DOM id, if it has one. `itemOrder`
 * is the app's item ids in the order the walk first saw them.
 */
export function caseValue(c: WalkCase, id: string, itemOrder: string[]): Scalar | undefined {
  const plain = c.direct.get(id);
  if (plain !== undefined) return plain;
  // The longest prefix wins: `f-q__cumulative-details-<item>` is not `f-q__cumulative-` + "details-<item>".
  const prefix = [...c.perItem.keys()].filter((p) => id.startsWith(p)).sort((a, b) => b.length - a.length)[0];
  if (!prefix) return undefined;
  const index = itemOrder.indexOf(id.slice(prefix.length));
  const value = index < 0 ? undefined : c.perItem.get(prefix)![index];
  return value !== undefined && filled(value) ? value : undefined;
}

/** The app item id a per-item field belongs to, or undefined for any other field. */
export function perItemId(c: WalkCase, id: string): string | undefined {
  if (c.direct.has(id)) return undefined;
  const prefix = [...c.perItem.keys()].filter((p) => id.startsWith(p)).sort((a, b) => b.length - a.length)[0];
  return prefix ? id.slice(prefix.length) : undefined;
}

/**
 * Which of a choice's options (their values, in order) to tick for the case's
 * value: the option itself, or for a choice among items the option at the
 * item's position.
 */
export function optionsFor(c: WalkCase, value: Scalar, options: string[]): string[] {
  const wanted = Array.isArray(value) ? value : [value];
  return wanted.flatMap((v) => {
    if (options.includes(v)) return [v];
    const index = c.itemIndex.get(v);
    const option = index === undefined ? undefined : options[index];
    return option === undefined ? [] : [option];
  });
}
