/**
 * An assessment as a Yjs document, for co-authoring: several people edit one
 * assessment, at the same time or offline, and their edits merge.
 *
 * The document holds two maps:
 * - `answers`, by stable question id. Free text (text and long-text
 *   questions, group fields of those types) is a Y.Text, so two people
 *   typing in one field merge rather than overwrite each other. A multiple
 *   choice is a Y.Array of the chosen options, so options ticked or unticked
 *   by two people at once all count (an option ticked by both is read once).
 *   A single choice, a date or a number is a plain value (the last one set
 *   wins: two choices cannot merge into one). A repeatable group is a Y.Array of Y.Maps, one
 *   per item, each with its `id` and its `values`; a question asked per item
 *   is a Y.Map keyed by item id. So adding an item and editing another, or
 *   answering two different questions, both survive.
 * - `assessment`: every other field of the assessment, each a JSON value that
 *   is replaced whole (name, progress, review rounds, the decision, …).
 *
 * The revision counter is not in the document: it counts saves on one device
 * (a save based on an older revision is refused there), so the reader gives
 * it when it makes an assessment of the document.
 *
 * The machine still owns accepted answers: `updateDoc` writes what it
 * accepted (only what changed, as small edits), and `onRemoteChange` tells
 * it, as an event, when another client's edits arrived. Pure: no network, no
 * storage, no React.
 */
import * as Y from 'yjs';
import { ZAssessment, type Assessment } from '../assessment/assessment';
import type { AnswerValue, Answers, GroupItem, Scalar } from '../questionnaire/answers';
import type { QuestionnaireFile } from '../questionnaire/schema';
import { allQuestions } from '../questionnaire/walk';

/** Which answers are free text, by question (or group field) id. */
export type FreeText = (questionId: string) => boolean;

const ANSWERS = 'answers';
const FIELDS = 'assessment';

/** The free-text questions and group fields of a questionnaire. */
export function freeTextOf(file: QuestionnaireFile): FreeText {
  const ids = new Set(allQuestions(file).filter((l) => l.question.type === 'text' || l.question.type === 'longtext').map((l) => l.question.id));
  return (id) => ids.has(id);
}

type YScalar = Y.Text | string | Y.Array<string>;

function encodeScalar(value: Scalar, text: boolean): YScalar | string[] {
  // An option chosen twice (a file may say so) cannot be told from two people ticking it at once: such an
  // answer stays a plain value, as it was given, and is replaced whole.
  if (Array.isArray(value)) return new Set(value).size === value.length ? Y.Array.from(value) : value;
  return text && typeof value === 'string' ? new Y.Text(value) : value;
}

const isChoices = (value: unknown): value is string[] => Array.isArray(value) && value.every((v) => typeof v === 'string');
/** A Y.Array of options (not of group items); an empty one is either. */
// oxlint-disable-next-line typescript/no-explicit-any -- a type guard's parameter must admit Y.Array<string>, which Y.Array<unknown> does not
const holdsChoices = (array: Y.Array<any>): array is Y.Array<string> => array.toArray().every((v) => typeof v === 'string');

/** The options chosen, each once and in the order first chosen: two people may tick the same option at once. */
function decodeChoices(array: Y.Array<string>): string[] {
  return [...new Set(array.toArray())];
}

/** Makes `array` hold `next`: unchanged when it does, else written again whole (a full write, as `updateDoc` makes). */
function editChoices(array: Y.Array<string>, next: string[]): void {
  if (same(decodeChoices(array), next)) return;
  array.delete(0, array.length);
  array.push(next);
}

/**
 * The options ticked and unticked from `base` to `next`, applied to `array`
 * as it is now; a colleague's ticks stay. A newly ticked option goes after
 * the option before it in `next`, so with no colleague the array is `next`.
 */
function rebaseChoices(array: Y.Array<string>, base: string[], next: string[]): void {
  const kept = base.filter((option) => next.includes(option));
  // Reordered here: written in the new order, with any option only a colleague ticked after them.
  if (!same(kept, next.filter((option) => kept.includes(option)))) {
    const theirs = decodeChoices(array).filter((option) => !base.includes(option) && !next.includes(option));
    array.delete(0, array.length);
    array.push([...next, ...theirs]);
    return;
  }
  const removed = new Set(base.filter((option) => !next.includes(option)));
  for (let i = array.length - 1; i >= 0; i -= 1) if (removed.has(array.get(i))) array.delete(i, 1);
  next.forEach((option, k) => {
    if (base.includes(option) || array.toArray().includes(option)) return;
    const before = next
      .slice(0, k)
      .map((earlier) => array.toArray().indexOf(earlier))
      .filter((i) => i >= 0);
    array.insert(before.length ? Math.max(...before) + 1 : 0, [option]);
  });
}

function encodeMap(values: Record<string, Scalar>, text: (key: string) => boolean): Y.Map<YScalar | string[]> {
  const map = new Y.Map<YScalar | string[]>();
  for (const [key, value] of Object.entries(values)) map.set(key, encodeScalar(value, text(key)));
  return map;
}

function encodeItem(item: GroupItem, freeText: FreeText): Y.Map<unknown> {
  const map = new Y.Map<unknown>();
  map.set('id', item.id);
  map.set('values', encodeMap(item.values, freeText));
  return map;
}

const isGroup = (value: AnswerValue): value is GroupItem[] => Array.isArray(value) && value.some((v) => typeof v === 'object');
const isPerItem = (value: AnswerValue): value is Record<string, Scalar> => typeof value === 'object' && !Array.isArray(value);

function encodeAnswer(id: string, value: AnswerValue, freeText: FreeText): unknown {
  if (isGroup(value)) {
    const items = new Y.Array<Y.Map<unknown>>();
    items.push(value.map((item) => encodeItem(item, freeText)));
    return items;
  }
  // A question asked once per item of a group: one value per item, each of the question's type.
  if (isPerItem(value)) return encodeMap(value, () => freeText(id));
  return encodeScalar(value, freeText(id));
}

function decodeScalar(value: unknown): Scalar {
  if (value instanceof Y.Array) return decodeChoices(value as Y.Array<string>);
  return value instanceof Y.Text ? value.toString() : (value as Scalar);
}

// Object.fromEntries rather than assignment: an id may be any string, "__proto__" too, and stays an own key.
function decodeMap(map: Y.Map<unknown>): Record<string, Scalar> {
  return Object.fromEntries([...map.entries()].map(([key, value]) => [key, decodeScalar(value)]));
}

function decodeAnswer(value: unknown): AnswerValue {
  if (value instanceof Y.Array && holdsChoices(value)) return decodeChoices(value);
  if (value instanceof Y.Array) {
    return value.toArray().map((item: Y.Map<unknown>) => ({ id: item.get('id') as string, values: decodeMap(item.get('values') as Y.Map<unknown>) }));
  }
  if (value instanceof Y.Map) return decodeMap(value);
  return decodeScalar(value);
}

const isHigh = (code: number) => code >= 0xd800 && code <= 0xdbff;
const isLow = (code: number) => code >= 0xdc00 && code <= 0xdfff;

/**
 * How many UTF-16 units `a` and `b` share at the start and at the end (not
 * overlapping), never splitting a character written as a surrogate pair
 * (an emoji, a rare script): half of one is not text.
 */
function commonEdges(a: string, b: string): { start: number; end: number } {
  let start = 0;
  while (start < a.length && start < b.length && a[start] === b[start]) start += 1;
  if (start > 0 && isHigh(a.charCodeAt(start - 1))) start -= 1;
  let end = 0;
  while (end < a.length - start && end < b.length - start && a[a.length - 1 - end] === b[b.length - 1 - end]) end += 1;
  if (end > 0 && isLow(a.charCodeAt(a.length - end))) end -= 1;
  return { start, end };
}

/** Half a surrogate pair on its own: a file may hold one (JSON allows it), and an edit beside it would not be placed right. */
const LONE_SURROGATE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;

/** Replaces the text of `text` by `next` with the smallest edit: what both share at the start and the end stays. */
function editText(text: Y.Text, next: string): void {
  const before = text.toString();
  if (before === next) return;
  if (LONE_SURROGATE.test(before) || LONE_SURROGATE.test(next)) {
    text.delete(0, text.length);
    text.insert(0, next);
    return;
  }
  const { start, end } = commonEdges(before, next);
  const removed = before.length - start - end;
  if (removed > 0) text.delete(start, removed);
  const added = next.slice(start, next.length - end);
  if (added) text.insert(start, added);
}

const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

/** `record[key]` when it is the record's own (an id may be any string: "toString" is not Object's method here). */
const own = <T>(record: Record<string, T>, key: string): T | undefined => (Object.hasOwn(record, key) ? record[key] : undefined);

/** Writes `values` into `map`, changing only what differs: free text by small edits, the rest whole. */
function updateMap(map: Y.Map<unknown>, values: Record<string, Scalar>, text: (key: string) => boolean): void {
  for (const key of [...map.keys()]) if (!(key in values)) map.delete(key);
  for (const [key, value] of Object.entries(values)) {
    const current = map.get(key);
    if (current instanceof Y.Text && typeof value === 'string' && text(key)) editText(current, value);
    else if (current instanceof Y.Array && isChoices(value) && holdsChoices(current)) editChoices(current, value);
    else if (current === undefined || current instanceof Y.AbstractType || !same(current, value)) map.set(key, encodeScalar(value, text(key)));
  }
}

/** Writes a group's items: removed ones go, new ones are inserted where they stand, the rest are edited in place. */
function updateGroup(items: Y.Array<Y.Map<unknown>>, next: GroupItem[], freeText: FreeText): void {
  const wanted = new Set(next.map((item) => item.id));
  for (let i = items.length - 1; i >= 0; i -= 1) if (!wanted.has(items.get(i).get('id') as string)) items.delete(i, 1);
  // Items moved relative to each other (the user reordered them): written again in the new order.
  const kept = items.toArray().map((item) => item.get('id') as string);
  const order = next.map((item) => item.id).filter((id) => kept.includes(id));
  if (!same(kept, order)) {
    items.delete(0, items.length);
    items.push(next.map((item) => encodeItem(item, freeText)));
    return;
  }
  next.forEach((item, i) => {
    const at = i < items.length ? items.get(i) : undefined;
    if (at?.get('id') === item.id) updateMap(at.get('values') as Y.Map<unknown>, item.values, freeText);
    else items.insert(i, [encodeItem(item, freeText)]);
  });
}

function updateAnswer(answers: Y.Map<unknown>, id: string, value: AnswerValue, freeText: FreeText): void {
  const current = answers.get(id);
  if (current instanceof Y.Array && isChoices(value) && holdsChoices(current)) editChoices(current, value);
  // A group keeps its Y.Array when its last item goes too, so an item added meanwhile elsewhere is not lost.
  else if (current instanceof Y.Array && Array.isArray(value) && value.every((v) => typeof v === 'object')) updateGroup(current as Y.Array<Y.Map<unknown>>, value as GroupItem[], freeText);
  else if (current instanceof Y.Map && isPerItem(value)) updateMap(current, value, () => freeText(id));
  else if (current instanceof Y.Text && typeof value === 'string' && freeText(id)) editText(current, value);
  else if (current === undefined || current instanceof Y.AbstractType || !same(current, value)) answers.set(id, encodeAnswer(id, value, freeText));
}

/**
 * Writes `assessment` into `doc`, in one transaction with `origin`, changing
 * only what differs from what the document holds. An empty document gets the
 * whole assessment.
 */
export function updateDoc(doc: Y.Doc, assessment: Assessment, freeText: FreeText, origin: unknown = null): void {
  doc.transact(() => {
    const answers = doc.getMap<unknown>(ANSWERS);
    for (const id of [...answers.keys()]) if (!(id in assessment.answers)) answers.delete(id);
    for (const [id, value] of Object.entries(assessment.answers)) updateAnswer(answers, id, value, freeText);
    const fields = doc.getMap<unknown>(FIELDS);
    const { answers: _answers, revision: _revision, ...rest } = assessment;
    const next = rest as Record<string, unknown>;
    for (const key of [...fields.keys()]) if (!(key in next) || next[key] === undefined) fields.delete(key);
    for (const [key, value] of Object.entries(next)) {
      // As JSON: Yjs takes only plain values, and what it is handed it keeps (a later change to the object must not reach it).
      if (value !== undefined && !same(fields.get(key), value)) fields.set(key, JSON.parse(JSON.stringify(value)) as unknown);
    }
  }, origin);
}

/**
 * The edit that turns `base` into `next`, applied to `text` where it stands
 * now: a colleague may have typed elsewhere in the same field since `base`,
 * and that stays. The edit is placed by the text before it (or after it) as
 * it was in `base`; when neither is found as it was (a colleague edited the
 * very same words), the field becomes `next`, with the smallest edit.
 */
function rebaseText(text: Y.Text, base: string, next: string): void {
  const now = text.toString();
  if ([now, base, next].some((t) => LONE_SURROGATE.test(t))) {
    editText(text, next);
    return;
  }
  const { start, end } = commonEdges(base, next);
  const removed = base.slice(start, base.length - end);
  const added = next.slice(start, next.length - end);
  const before = base.slice(0, start);
  const after = base.slice(base.length - end);
  let at = -1;
  if (now.startsWith(before) && now.slice(start, start + removed.length) === removed) at = start;
  else if (now.endsWith(after) && now.slice(now.length - end - removed.length, now.length - end) === removed) at = now.length - end - removed.length;
  if (at < 0) {
    editText(text, next);
    return;
  }
  if (removed) text.delete(at, removed.length);
  if (added) text.insert(at, added);
}

/** In `map`, what changed from `base` to `next`: free text rebased, the rest set or removed; the other keys stay as they are. */
function changeMap(map: Y.Map<unknown>, base: Record<string, Scalar>, next: Record<string, Scalar>, text: (key: string) => boolean): void {
  for (const key of new Set([...Object.keys(base), ...Object.keys(next)])) {
    const was = own(base, key);
    const value = own(next, key);
    if (same(was, value)) continue;
    const current = map.get(key);
    if (value === undefined) map.delete(key);
    else if (current instanceof Y.Text && typeof value === 'string' && text(key)) rebaseText(current, typeof was === 'string' ? was : current.toString(), value);
    else if (current instanceof Y.Array && isChoices(value) && (was === undefined || isChoices(was)) && holdsChoices(current)) rebaseChoices(current, was ?? [], value);
    else map.set(key, encodeScalar(value, text(key)));
  }
}

const ids = (items: GroupItem[]) => items.map((item) => item.id);
const isItems = (value: AnswerValue): value is GroupItem[] => Array.isArray(value) && value.every((v) => typeof v === 'object');

/** In a group, what changed from `base` to `next`: items removed, added (after the item they follow) or edited; items a colleague added stay. */
function changeGroup(items: Y.Array<Y.Map<unknown>>, base: GroupItem[], next: GroupItem[], freeText: FreeText): void {
  const indexOf = (id: string) => items.toArray().findIndex((item) => item.get('id') === id);
  const kept = ids(base).filter((id) => ids(next).includes(id));
  // Reordered by the user: written in the new order, with any item a colleague added meanwhile after them.
  if (!same(kept, ids(next).filter((id) => kept.includes(id)))) {
    const theirs = items.toArray().filter((item) => !ids(base).includes(item.get('id') as string) && !ids(next).includes(item.get('id') as string));
    updateGroup(items, [...next, ...theirs.map((item) => ({ id: item.get('id') as string, values: decodeMap(item.get('values') as Y.Map<unknown>) }))], freeText);
    return;
  }
  for (const id of ids(base)) {
    if (ids(next).includes(id)) continue;
    const at = indexOf(id);
    if (at >= 0) items.delete(at, 1);
  }
  next.forEach((item, i) => {
    const was = base.find((b) => b.id === item.id);
    const at = indexOf(item.id);
    if (was && at >= 0) changeMap(items.get(at).get('values') as Y.Map<unknown>, was.values, item.values, freeText);
    else if (!was && at < 0) {
      const previous = i > 0 ? indexOf(next[i - 1]!.id) : -1;
      items.insert(previous + 1, [encodeItem(item, freeText)]);
    }
  });
}

/**
 * Writes into `doc` what changed from `base` (what this client last had in
 * step with the document) to `next` (what it accepted since), in one
 * transaction with `origin`. Unlike `updateDoc`, what a colleague changed
 * meanwhile and this client did not is left as it is: a colleague's answer,
 * an item they added to a group, words they typed elsewhere in a field.
 */
export function applyChanges(doc: Y.Doc, base: Assessment, next: Assessment, freeText: FreeText, origin: unknown = null): void {
  doc.transact(() => {
    const answers = doc.getMap<unknown>(ANSWERS);
    for (const id of new Set([...Object.keys(base.answers), ...Object.keys(next.answers)])) {
      const was = own(base.answers, id);
      const value = own(next.answers, id);
      if (same(was, value)) continue;
      const current = answers.get(id);
      if (value === undefined) answers.delete(id);
      else if (current instanceof Y.Text && typeof value === 'string' && freeText(id)) rebaseText(current, typeof was === 'string' ? was : current.toString(), value);
      else if (current instanceof Y.Array && isChoices(value) && (was === undefined || isChoices(was)) && holdsChoices(current)) rebaseChoices(current, was ?? [], value);
      // A group is a Y.Array (a choice of several options is a plain array): its items, none left included.
      else if (current instanceof Y.Array && isItems(value) && (was === undefined || isItems(was))) changeGroup(current as Y.Array<Y.Map<unknown>>, was ?? [], value, freeText);
      else if (current instanceof Y.Map && isPerItem(value) && (was === undefined || isPerItem(was))) changeMap(current, was ?? {}, value, () => freeText(id));
      else answers.set(id, encodeAnswer(id, value, freeText));
    }
    const fields = doc.getMap<unknown>(FIELDS);
    const { answers: _a, revision: _r, ...from } = base as Record<string, unknown> & Assessment;
    const { answers: _b, revision: _s, ...to } = next as Record<string, unknown> & Assessment;
    for (const key of new Set([...Object.keys(from), ...Object.keys(to)])) {
      const value = own(to, key);
      if (same(own(from, key), value)) continue;
      if (value === undefined) fields.delete(key);
      else fields.set(key, JSON.parse(JSON.stringify(value)) as unknown);
    }
  }, origin);
}

/** A new document holding `assessment`. */
export function assessmentToDoc(assessment: Assessment, freeText: FreeText): Y.Doc {
  const doc = new Y.Doc();
  updateDoc(doc, assessment, freeText);
  return doc;
}

/** The order of an assessment's fields in a file, as `ZAssessment` writes them; fields it does not know follow. */
const FIELD_ORDER = Object.keys(ZAssessment.shape);

/**
 * The assessment the document holds, with the device's own `revision`, its
 * fields in the order of a saved file. Unchecked: the caller parses it
 * (`ZAssessment`) as it parses anything read from outside.
 */
export function docToAssessment(doc: Y.Doc, revision: number): Record<string, unknown> {
  const fields = doc.getMap<unknown>(FIELDS).toJSON() as Record<string, unknown>;
  const answers: Answers = Object.fromEntries([...doc.getMap<unknown>(ANSWERS).entries()].map(([id, value]) => [id, decodeAnswer(value)]));
  const all: Record<string, unknown> = { ...fields, revision, answers };
  const keys = [...FIELD_ORDER.filter((key) => key in all), ...Object.keys(all).filter((key) => !FIELD_ORDER.includes(key))];
  return Object.fromEntries(keys.map((key) => [key, all[key]]));
}

/**
 * Calls `handler` after every change to `doc` that came from elsewhere (an
 * update from the server or another tab), not after this client's own
 * writes. Returns a function that stops it.
 */
export function onRemoteChange(doc: Y.Doc, handler: () => void): () => void {
  const listener = (transaction: Y.Transaction) => {
    if (!transaction.local && transaction.changed.size > 0) handler();
  };
  doc.on('afterTransaction', listener);
  return () => doc.off('afterTransaction', listener);
}
