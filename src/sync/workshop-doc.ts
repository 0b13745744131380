/**
 * What a workshop session's documents hold on the sync server.
 *
 * The session's document (`workshop/<code>`, the trainer's):
 * - `session`: `open` (true while groups may hand in) with `openedAt`, and
 *   `closedAt` once the trainer has closed it (a closed session stays closed);
 * - `handIns`: one entry per group, by its id, written by the server only:
 *   the group's name, when it handed in and its assessment, checked.
 *
 * A group's hand-in document (`workshop/<code>/<groupId>`), the group's own:
 * - `handIn`: `group` (its name), `handedInAt` and `assessment` (the plain
 *   assessment, as in its file). The server checks it and copies it into the
 *   session's document, then tells the group so (a stateless message), which
 *   is how the group knows its hand-in truly arrived, and empties it.
 */
import type * as Y from 'yjs';
import type { Assessment } from '../assessment/assessment';
import { parseAssessmentValue } from '../assessment/export-file';

export interface HandIn {
  /** The hand-in's id (random, made on the group's device; a group that hands in again keeps it). */
  groupId: string;
  /** The group's name, as it named its copy. */
  group: string;
  /** When the group handed in (ISO time, the group's clock). */
  handedInAt: string;
  assessment: Assessment;
}

/** What the server says to a group about its hand-in of `handedInAt`. */
export type HandInReply = { kind: 'hand-in.received' | 'hand-in.closed' | 'hand-in.invalid'; handedInAt: string };

export const sessionMap = (doc: Y.Doc): Y.Map<unknown> => doc.getMap('session');
export const handInsMap = (doc: Y.Doc): Y.Map<unknown> => doc.getMap('handIns');
export const handInMap = (doc: Y.Doc): Y.Map<unknown> => doc.getMap('handIn');

/** Whether groups may hand in: opened, and not closed since. */
export function isSessionOpen(doc: Y.Doc): boolean {
  const session = sessionMap(doc);
  return session.get('open') === true && session.get('closedAt') === undefined;
}

const text = (value: unknown): string | undefined => (typeof value === 'string' ? value : undefined);

/** A hand-in read from its plain parts, its assessment checked as an imported file is; undefined when anything is amiss. */
export function checkedHandIn(groupId: string, raw: { group?: unknown; handedInAt?: unknown; assessment?: unknown }): HandIn | undefined {
  const group = text(raw.group)?.trim();
  const handedInAt = text(raw.handedInAt);
  if (!group || !handedInAt) return undefined;
  const parsed = parseAssessmentValue(raw.assessment);
  return parsed.ok ? { groupId, group, handedInAt, assessment: parsed.value } : undefined;
}

/** The group's hand-in in its own document, checked; undefined until it is a whole, valid one. */
export function readOwnHandIn(doc: Y.Doc, groupId: string): HandIn | undefined {
  const map = handInMap(doc);
  return checkedHandIn(groupId, { group: map.get('group'), handedInAt: map.get('handedInAt'), assessment: map.get('assessment') });
}

/** Every hand-in in the session's document, the first handed in first. */
export function readHandIns(doc: Y.Doc): HandIn[] {
  const all: HandIn[] = [];
  handInsMap(doc).forEach((value, groupId) => {
    const handIn = value && typeof value === 'object' ? checkedHandIn(groupId, value as Record<string, unknown>) : undefined;
    if (handIn) all.push(handIn);
  });
  return all.sort((a, b) => a.handedInAt.localeCompare(b.handedInAt) || a.group.localeCompare(b.group));
}

/** The plain value a hand-in is kept as in the session's document (JSON, as Yjs keeps values). */
export const storedHandIn = (handIn: HandIn) => JSON.parse(JSON.stringify({ group: handIn.group, handedInAt: handIn.handedInAt, assessment: handIn.assessment })) as Record<string, unknown>;

/** A reply to a group, as it travels (a stateless message is a string). */
export function readReply(payload: string): HandInReply | undefined {
  try {
    const value = JSON.parse(payload) as Partial<HandInReply>;
    const kinds = ['hand-in.received', 'hand-in.closed', 'hand-in.invalid'];
    return typeof value.kind === 'string' && kinds.includes(value.kind) && typeof value.handedInAt === 'string' ? (value as HandInReply) : undefined;
  } catch {
    return undefined;
  }
}
