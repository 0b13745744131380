/**
 * What a workshop group's device keeps for handing in on the sync server, per
 * copy: the session's code (from the join link, or typed by the group) and
 * the hand-in's id, made once here so that a group that hands in again
 * replaces its own hand-in. Kept in localStorage, beside the copy and never
 * in it: the code is the session's credential, which the copy's file must
 * not carry on to whoever gets the file later. No sync code here.
 */
import { readWorkshopCode } from '../sync/workshop-code';

const KEY = 'jamlikhetskollen.workshop-hand-in.v1';

interface Kept {
  code?: string;
  handInId?: string;
}

function readAll(storage: Storage | undefined): Record<string, Kept> {
  try {
    const value: unknown = JSON.parse(storage?.getItem(KEY) ?? '{}');
    return value && typeof value === 'object' && !Array.isArray(value) ? (value as Record<string, Kept>) : {};
  } catch {
    return {};
  }
}

function keep(id: string, change: Partial<Kept>, storage: Storage | undefined): void {
  try {
    const all = readAll(storage);
    storage?.setItem(KEY, JSON.stringify({ ...all, [id]: { ...all[id], ...change } }));
  } catch {
    // Storage refused: the group types the code again when it hands in.
  }
}

const local = (): Storage | undefined => {
  try {
    return globalThis.localStorage;
  } catch {
    return undefined;
  }
};

/** Remembers the session code for the copy `id` (an invalid code is not kept). */
export function rememberWorkshopCode(id: string, code: string, storage: Storage | undefined = local()): void {
  const read = readWorkshopCode(code);
  if (read) keep(id, { code: read }, storage);
}

/** The session code remembered for the copy `id`, if any. */
export function workshopCodeFor(id: string, storage: Storage | undefined = local()): string | undefined {
  const code = readAll(storage)[id]?.code;
  return typeof code === 'string' ? readWorkshopCode(code) : undefined;
}

/** The hand-in id of the copy `id`: the one made before, or a new one, kept. */
export function handInIdFor(id: string, storage: Storage | undefined = local()): string {
  const kept = readAll(storage)[id]?.handInId;
  if (typeof kept === 'string' && /^g-[\w-]{16,}$/.test(kept)) return kept;
  const made = `g-${crypto.randomUUID()}`;
  keep(id, { handInId: made }, storage);
  return made;
}
