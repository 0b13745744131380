/**
 * A last-moment copy of unsaved work. An IndexedDB write started as the
 * page closes may never finish, so when the page is hidden or closed the
 * open assessment's unsaved state is also written, synchronously, to
 * localStorage. On the next open it is added to the stored record only if
 * that record is still the one the copy was based on; a record that moved
 * on (another tab saved) is never overwritten by older data.
 */
import { z } from 'zod';
import { ZAssessment, type Assessment } from '../assessment/assessment';
import type { Backlog } from './autosave';
import { readLocalJson } from './local-json';

/**
 * Where a backup is kept: `open` is written as the page closes; `aside`
 * holds one that could not be added (the record moved on) until the user
 * discards it, so the next close does not overwrite it.
 */
export type BackupSlot = 'open' | 'aside';

/** The localStorage key of the backup of assessment `id` in `slot`. */
export const backupKey = (id: string, slot: BackupSlot = 'open'): string => `jamlikhetskollen.${slot === 'open' ? 'unsaved' : 'unsaved-aside'}.v1.${id}`;

const ZBackup = z.strictObject({
  id: z.string().min(1),
  /** The stored revision the copy builds on. */
  basedOn: z.number().int().nonnegative(),
  /** Fingerprint of a value whose write (based on `basedOn`) was in flight; its landing is not a newer version. */
  writing: z.string().optional(),
  /** Which page wrote it, so one tab never removes another tab's copy. */
  tab: z.string(),
  assessment: ZAssessment,
});

/** One assessment's unsaved state, as kept in localStorage. */
export type UnloadBackup = z.infer<typeof ZBackup>;

/** Puts `value` in a canonical form (object keys sorted), so equal content gives equal text. */
function canonical(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(canonical);
  if (value === null || typeof value !== 'object') return value;
  return Object.fromEntries(
    Object.keys(value)
      .sort()
      .map((key) => [key, canonical((value as Record<string, unknown>)[key])]),
  );
}

/** A short text that is the same for two assessments with the same content (revision and dates aside). */
export function fingerprint(a: Assessment): string {
  const text = JSON.stringify(canonical([a.name, a.questionnaire, a.answers, a.earlierAnswers, a.progress, a.drafts]));
  // cyrb53: a 53-bit string hash, enough to tell versions of one assessment apart.
  let h1 = 0xdeadbeef;
  let h2 = 0x41c6ce57;
  for (let i = 0; i < text.length; i += 1) {
    const c = text.charCodeAt(i);
    h1 = Math.imul(h1 ^ c, 2654435761);
    h2 = Math.imul(h2 ^ c, 1597334677);
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  return (4294967296 * (2097151 & h2) + (h1 >>> 0)).toString(36);
}

/** The backup made from an autosaver's backlog by page `tab`. */
export function backupOf(backlog: Backlog, tab: string): UnloadBackup {
  const { latest, basedOn, writing } = backlog;
  return { id: latest.id, basedOn, tab, assessment: latest, ...(writing ? { writing: fingerprint(writing) } : {}) };
}

/** Writes the backup synchronously; false when storage refused it (full, or blocked). */
export function writeBackup(storage: Storage, backup: UnloadBackup, slot: BackupSlot = 'open'): boolean {
  try {
    storage.setItem(backupKey(backup.id, slot), JSON.stringify(backup));
    return true;
  } catch {
    return false;
  }
}

/** The backup of assessment `id`, or undefined; one that does not parse is removed. */
export function readBackup(storage: Storage, id: string, slot: BackupSlot = 'open'): UnloadBackup | undefined {
  const stored = readLocalJson(storage, backupKey(id, slot));
  if (!stored) return undefined;
  const parsed = ZBackup.safeParse(stored.value);
  if (parsed.success && parsed.data.id === id && parsed.data.assessment.id === id) return parsed.data;
  removeBackup(storage, id, { slot });
  return undefined;
}

/** Removes the backup of `id` in `slot`; with `tab`, only when that page wrote it. */
export function removeBackup(storage: Storage, id: string, { slot = 'open', tab }: { slot?: BackupSlot; tab?: string } = {}): void {
  try {
    if (tab !== undefined && readBackup(storage, id, slot)?.tab !== tab) return;
    storage.removeItem(backupKey(id, slot));
  } catch {
    // Storage blocked: there is nothing to remove.
  }
}

/**
 * What to do with a backup next to the stored record: `saved` when the
 * record already holds its content (drop it), `apply` when the record is
 * still the version it was based on (or is the write that was in flight),
 * `newer` when the record moved on (keep it for the user; never apply it).
 */
export function decideBackup(backup: UnloadBackup, stored: Assessment): 'saved' | 'apply' | 'newer' {
  const current = fingerprint(stored);
  if (current === fingerprint(backup.assessment)) return 'saved';
  if (stored.revision === backup.basedOn) return 'apply';
  if (backup.writing !== undefined && stored.revision === backup.basedOn + 1 && current === backup.writing) return 'apply';
  return 'newer';
}

/** The stored record with the backup's content, still at the stored revision (the save moves it on). */
export function applyBackup(stored: Assessment, backup: UnloadBackup): Assessment {
  const { name, questionnaire, answers, earlierAnswers, progress, drafts } = backup.assessment;
  return { ...stored, name, questionnaire, answers, earlierAnswers, progress, drafts };
}

/** The handle returned by `createBackupKeeper`. */
export interface BackupKeeper {
  /** Writes the unsaved state now (the page is being hidden or closed); does nothing when all is saved. */
  keep(): void;
  /** After a successful save: removes this page's backup, or rewrites it on the new revision if more is unsaved. */
  settle(): void;
}

/**
 * Keeps one open assessment's backup in `storage` (none when undefined, for
 * instance when localStorage is blocked), taking the unsaved state from an
 * autosaver's `backlog`. Storage is touched only once a backup was written,
 * so typing costs no synchronous writes.
 */
export function createBackupKeeper(storage: Storage | undefined, backlog: () => Backlog | undefined, tab: string = crypto.randomUUID()): BackupKeeper {
  /** The id of the backup this page wrote and has not yet removed. */
  let kept: string | undefined;
  function refresh() {
    if (!storage) return;
    const state = backlog();
    if (state && writeBackup(storage, backupOf(state, tab))) kept = state.latest.id;
    else if (!state && kept !== undefined) {
      removeBackup(storage, kept, { tab });
      kept = undefined;
    }
  }
  return {
    keep: refresh,
    settle() {
      if (kept !== undefined) refresh();
    },
  };
}
