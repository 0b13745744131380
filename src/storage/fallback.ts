/**
 * Keeping work when the browser refuses to store it. If IndexedDB cannot be
 * opened at all (private mode, a policy), or a write fails because the disk
 * quota is used up, the app goes on with an in-memory repository for the
 * rest of the page's life, and says so (`mode`), so the user can export the
 * work as files before closing the tab. The failed write is done again in
 * memory, so the newest answers are never lost.
 */
import type { Assessment } from '../assessment/assessment';
import { createMemoryRepository } from './memory';
import { openRepository, type Repository } from './repository';

/** Where work is kept: on disk (shared with other tabs), or only in this page's memory and why. */
export type StorageMode = { kind: 'persistent' } | { kind: 'memory'; reason: 'unavailable' | 'quota' };

/** A repository that can move itself to memory; the app shows `mode()` and listens for the move. */
export interface FallbackRepository extends Repository {
  mode(): StorageMode;
  /** True once something was written in memory: work that closing the tab would lose. */
  holdsWork(): boolean;
  /** Calls `listener` when the mode changes (it changes at most once); returns the unsubscribe. */
  onModeChange(listener: (mode: StorageMode) => void): () => void;
}

/**
 * True for the error a browser gives when the storage quota is used up:
 * a DOMException named `QuotaExceededError` (Firefox also uses
 * `NS_ERROR_DOM_QUOTA_REACHED`, older engines only code 22).
 */
export function isQuotaError(error: unknown): boolean {
  if (typeof error !== 'object' || error === null) return false;
  const { name, code } = error as { name?: unknown; code?: unknown };
  return name === 'QuotaExceededError' || name === 'NS_ERROR_DOM_QUOTA_REACHED' || (error instanceof DOMException && code === 22);
}

/**
 * Opens the repository with `open` (IndexedDB by default); if that fails
 * for any reason, starts in memory with the reason `unavailable`. Never rejects.
 */
export async function openWithFallback(open: () => Promise<Repository> = () => openRepository()): Promise<FallbackRepository> {
  try {
    return withFallback(await open());
  } catch {
    return withFallback(createMemoryRepository(), { kind: 'memory', reason: 'unavailable' });
  }
}

/**
 * Wraps `primary` so that a write failing with a quota error moves all
 * readable and damaged records to memory, redoes the write there, and
 * sends every later call to memory. Other errors (conflicts, validation)
 * pass through unchanged.
 */
export function withFallback(primary: Repository, initial: StorageMode = { kind: 'persistent' }): FallbackRepository {
  let mode = initial;
  let current = primary;
  let wroteInMemory = false;
  /** The move to memory, shared by every call that fails while it runs. */
  let moving: Promise<Repository> | undefined;
  const listeners = new Set<(mode: StorageMode) => void>();

  async function moveToMemory(): Promise<Repository> {
    let records: unknown[] = [];
    try {
      // Reads still work when the disk is full; take everything, damaged records too.
      records = (await primary.list()).map((entry) => (entry.ok ? entry.assessment : entry.raw));
    } catch {
      // Nothing readable: start empty; the failed write below is still kept.
    }
    current = createMemoryRepository(records);
    mode = { kind: 'memory', reason: 'quota' };
    for (const listener of listeners) listener(mode);
    return current;
  }

  /** Runs `call` on the current repository; on a quota error, moves to memory and runs `retry` there. */
  async function write<T>(call: (repo: Repository) => Promise<T>, retry: (memory: Repository) => Promise<T> = call): Promise<T> {
    const repo = moving ? await moving : current;
    try {
      const result = await call(repo);
      if (mode.kind === 'memory') wroteInMemory = true;
      return result;
    } catch (error) {
      if (repo !== primary || !isQuotaError(error)) throw error;
      moving ??= moveToMemory();
      const result = await retry(await moving);
      wroteInMemory = true;
      return result;
    }
  }

  /** Saves in memory; if the record could not be copied over, it is recreated at the revision the save was based on. */
  async function saveInMemory(memory: Repository, assessment: Assessment, basedOnRevision: number): Promise<Assessment> {
    if ((await memory.getRaw(assessment.id)) === undefined) await memory.create({ ...assessment, revision: basedOnRevision });
    return memory.save(assessment, basedOnRevision);
  }

  const read = async () => (moving ? await moving : current);

  return {
    list: async () => (await read()).list(),
    get: async (id) => (await read()).get(id),
    getRaw: async (id) => (await read()).getRaw(id),
    create: (assessment) => write((repo) => repo.create(assessment)),
    save: (assessment, basedOnRevision) =>
      write(
        (repo) => repo.save(assessment, basedOnRevision),
        (memory) => saveInMemory(memory, assessment, basedOnRevision),
      ),
    remove: (id) => write((repo) => repo.remove(id)),
    duplicate: (id, newId, now) => write((repo) => repo.duplicate(id, newId, now)),
    rename: (id, name) => write((repo) => repo.rename(id, name)),
    close: () => current.close(),
    mode: () => mode,
    holdsWork: () => wroteInMemory,
    onModeChange(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}
