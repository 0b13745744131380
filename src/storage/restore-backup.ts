/**
 * Opening an assessment with a backup left by the page before (see
 * `unload-backup.ts`): the backup is saved into the record through the
 * normal revision-checked save, and removed once that worked. A backup of an
 * older version than the stored one is never applied: it is set aside and
 * handed back, so the user can download or discard it.
 */
import type { Assessment } from '../assessment/assessment';
import { ConflictError } from './errors';
import type { Repository } from './repository';
import { applyBackup, decideBackup, readBackup, removeBackup, writeBackup, type UnloadBackup } from './unload-backup';

/** The record to open, and a backup that could not be added to it (the record moved on since). */
export interface Restored {
  assessment: Assessment | undefined;
  leftover: UnloadBackup | undefined;
}

/** Adds the `open` backup to `stored` when it is based on it; the record to open, or the backup when it cannot be added. */
async function addBackup(repository: Repository, storage: Storage, backup: UnloadBackup, first: Assessment): Promise<{ assessment: Assessment; leftover?: UnloadBackup }> {
  const { id } = backup;
  let stored = first;
  // A save refused because the record changed meanwhile (this restore
  // running twice, another tab) is judged once more against the newer record.
  for (let attempt = 0; attempt < 2; attempt += 1) {
    const decision = decideBackup(backup, stored);
    if (decision === 'saved') {
      removeBackup(storage, id);
      return { assessment: stored };
    }
    if (decision === 'newer') break;
    try {
      const saved = await repository.save(applyBackup(stored, backup), stored.revision);
      removeBackup(storage, id);
      return { assessment: saved };
    } catch (error) {
      const newer = error instanceof ConflictError ? await repository.get(id) : undefined;
      if (!newer) break;
      stored = newer;
    }
  }
  // Not added: set aside, so that what this tab keeps as it closes next does not overwrite it.
  if (writeBackup(storage, backup, 'aside')) removeBackup(storage, id);
  return { assessment: stored, leftover: backup };
}

/**
 * Reads assessment `id` from `repository` and adds the backup in `storage`
 * when it is based on the stored revision. Never rejects for a backup
 * problem: at worst the backup stays and is returned as `leftover`, as is
 * one set aside earlier and not yet discarded.
 */
export async function openWithBackup(repository: Repository, storage: Storage | undefined, id: string): Promise<Restored> {
  const stored = await repository.get(id);
  if (!storage || !stored) return { assessment: stored, leftover: undefined };
  let aside = readBackup(storage, id, 'aside');
  if (aside && decideBackup(aside, stored) === 'saved') {
    removeBackup(storage, id, { slot: 'aside' });
    aside = undefined;
  }
  const backup = readBackup(storage, id);
  if (!backup) return { assessment: stored, leftover: aside };
  const { assessment, leftover } = await addBackup(repository, storage, backup, stored);
  return { assessment, leftover: leftover ?? aside };
}
