/**
 * The peer review of an assessment (its `review` rounds) as a Yjs document,
 * `review/<id>` on the sync server: the reviewer writes verdicts and comments
 * there, the author writes replies, and what both write merges. The reviewer
 * may write this document but only read the assessment's own.
 *
 * The document holds one map, `rounds`, keyed by the round's number ("0" is
 * the first round), each round a Y.Map:
 * - `reviewer`, `startedAt`, `revision`, `signOff`, `resubmittedAt`: plain
 *   values, replaced whole (one person sets each).
 * - `steps`: a Y.Map by step id, each step a Y.Map of `verdict` and `at`
 *   (plain), `comment` (a Y.Text) and `reply` (a Y.Map of `text`, a Y.Text,
 *   and `at`). The reviewer's verdict and the author's reply are separate
 *   keys, so writing one never overwrites the other.
 *
 * Writes are changes from what the device last had in step with the document
 * (`base`) to what it holds now (`next`), so what someone else wrote
 * meanwhile stays. Pure: no network, no storage, no React.
 */
import * as Y from 'yjs';
import { z } from 'zod';
import type { Assessment } from '../assessment/assessment';
import { ZReviewRound, type ReviewRound, type StepReview } from '../assessment/after/review';

const ROUNDS = 'rounds';
const PLAIN_FIELDS = ['reviewer', 'startedAt', 'revision', 'signOff', 'resubmittedAt'] as const;

/** JSON with each object's keys sorted: a round read from the document and the same round built by the app compare equal. */
const canonical = (value: unknown): string =>
  JSON.stringify(value, (_key, v: unknown) => (v && typeof v === 'object' && !Array.isArray(v) ? Object.fromEntries(Object.entries(v).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) : v));
const same = (a: unknown, b: unknown) => canonical(a) === canonical(b);
/** As JSON: Yjs keeps what it is handed, and a later change to the object must not reach it. */
const plain = (value: unknown): unknown => JSON.parse(JSON.stringify(value)) as unknown;
const own = <T>(record: Record<string, T> | undefined, key: string): T | undefined => (record && Object.hasOwn(record, key) ? record[key] : undefined);

/** Replaces the text of `text` by `next` with the smallest edit: what both share at the start and the end stays. */
function editText(text: Y.Text, next: string): void {
  const before = text.toString();
  if (before === next) return;
  let start = 0;
  while (start < before.length && start < next.length && before[start] === next[start]) start += 1;
  // Never between the halves of a character written as two UTF-16 units (an emoji).
  if (start > 0 && /[\ud800-\udbff]/.test(before[start - 1]!)) start -= 1;
  let end = 0;
  while (end < before.length - start && end < next.length - start && before[before.length - 1 - end] === next[next.length - 1 - end]) end += 1;
  if (end > 0 && /[\udc00-\udfff]/.test(before[before.length - end]!)) end -= 1;
  if (before.length - start - end > 0) text.delete(start, before.length - start - end);
  const added = next.slice(start, next.length - end);
  if (added) text.insert(start, added);
}

/** Sets `map[key]` to a Y.Text holding `value`, editing the one there if there is one. */
function setText(map: Y.Map<unknown>, key: string, value: string): void {
  const current = map.get(key);
  if (current instanceof Y.Text) editText(current, value);
  else map.set(key, new Y.Text(value));
}

function encodeReply(reply: NonNullable<StepReview['reply']>): Y.Map<unknown> {
  const map = new Y.Map<unknown>();
  map.set('text', new Y.Text(reply.text));
  map.set('at', reply.at);
  return map;
}

function encodeStep(step: StepReview): Y.Map<unknown> {
  const map = new Y.Map<unknown>();
  map.set('verdict', step.verdict);
  map.set('comment', new Y.Text(step.comment));
  map.set('at', step.at);
  if (step.reply) map.set('reply', encodeReply(step.reply));
  return map;
}

function encodeRound(round: ReviewRound): Y.Map<unknown> {
  const map = new Y.Map<unknown>();
  for (const key of PLAIN_FIELDS) if (round[key] !== undefined) map.set(key, plain(round[key]));
  const steps = new Y.Map<Y.Map<unknown>>();
  for (const [id, step] of Object.entries(round.steps)) steps.set(id, encodeStep(step));
  map.set('steps', steps);
  return map;
}

/** In a step, what changed from `was` to `step`: the verdict, the comment, the reply, each on its own. */
function changeStep(map: Y.Map<unknown>, was: StepReview | undefined, step: StepReview): void {
  if (was?.verdict !== step.verdict) map.set('verdict', step.verdict);
  if (was?.at !== step.at) map.set('at', step.at);
  if (was?.comment !== step.comment) setText(map, 'comment', step.comment);
  if (same(was?.reply, step.reply)) return;
  const current = map.get('reply');
  if (!step.reply) map.delete('reply');
  else if (current instanceof Y.Map) {
    setText(current as Y.Map<unknown>, 'text', step.reply.text);
    if (current.get('at') !== step.reply.at) current.set('at', step.reply.at);
  } else map.set('reply', encodeReply(step.reply));
}

function changeRound(map: Y.Map<unknown>, was: ReviewRound | undefined, round: ReviewRound): void {
  for (const key of PLAIN_FIELDS) {
    if (same(was?.[key], round[key])) continue;
    if (round[key] === undefined) map.delete(key);
    else map.set(key, plain(round[key]));
  }
  let steps = map.get('steps');
  if (!(steps instanceof Y.Map)) {
    steps = new Y.Map<unknown>();
    map.set('steps', steps);
  }
  const stepMap = steps as Y.Map<unknown>;
  for (const id of new Set([...Object.keys(was?.steps ?? {}), ...Object.keys(round.steps)])) {
    const before = own(was?.steps, id);
    const step = own(round.steps, id);
    if (same(before, step)) continue;
    const current = stepMap.get(id);
    if (!step) stepMap.delete(id);
    else if (current instanceof Y.Map) changeStep(current as Y.Map<unknown>, before, step);
    else stepMap.set(id, encodeStep(step));
  }
}

/**
 * Writes into `doc` what changed from `base` (the rounds this device last had
 * in step with the document; none for a first write) to `next` (the rounds it
 * holds now), in one transaction with `origin`. What another person wrote
 * meanwhile and this device did not change is left as it is.
 */
export function writeReview(doc: Y.Doc, base: readonly ReviewRound[], next: readonly ReviewRound[], origin: unknown = null): void {
  doc.transact(() => {
    const rounds = doc.getMap<unknown>(ROUNDS);
    for (let i = 0; i < Math.max(base.length, next.length); i += 1) {
      const was = base[i];
      const round = next[i];
      if (same(was, round)) continue;
      const key = String(i);
      const current = rounds.get(key);
      if (!round) rounds.delete(key);
      else if (current instanceof Y.Map) changeRound(current as Y.Map<unknown>, was, round);
      else rounds.set(key, encodeRound(round));
    }
  }, origin);
}

/** A new document holding `rounds`. */
export function reviewToDoc(rounds: readonly ReviewRound[]): Y.Doc {
  const doc = new Y.Doc();
  writeReview(doc, [], rounds);
  return doc;
}

/** True while nobody has written a review into the document. */
export const reviewDocIsEmpty = (doc: Y.Doc): boolean => doc.getMap(ROUNDS).size === 0;

const ZRounds = z.array(ZReviewRound);

/**
 * The rounds the document holds, oldest first, checked as a saved file's
 * rounds are; undefined when they do not read (written by a newer version:
 * left alone, never half taken).
 */
export function docToReview(doc: Y.Doc): ReviewRound[] | undefined {
  const rounds = doc.getMap<unknown>(ROUNDS).toJSON() as Record<string, unknown>;
  const ordered = Object.keys(rounds)
    .filter((key) => /^\d+$/.test(key))
    .sort((a, b) => Number(a) - Number(b))
    .map((key) => rounds[key]);
  const parsed = ZRounds.safeParse(ordered);
  return parsed.success ? parsed.data : undefined;
}

/**
 * The assessment with the document's rounds as its review, for the app to
 * save as its copy; the same object when the rounds are already those.
 */
export function withReview(assessment: Assessment, rounds: readonly ReviewRound[]): Assessment {
  return same(assessment.review, rounds) ? assessment : { ...assessment, review: [...rounds] };
}

/**
 * Calls `handler` after every change to `doc` that came from elsewhere (the
 * server, another tab), not after this device's own writes. Returns a
 * function that stops it.
 */
export function onReviewChange(doc: Y.Doc, handler: () => void): () => void {
  const listener = (transaction: Y.Transaction) => {
    if (!transaction.local && transaction.changed.size > 0) handler();
  };
  doc.on('afterTransaction', listener);
  return () => doc.off('afterTransaction', listener);
}
