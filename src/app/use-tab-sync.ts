/**
 * One open assessment kept in step with other tabs. When another tab saves
 * a newer revision and nothing typed here is waiting to be saved, the newer
 * record is handed to `onNewer` (the session restarts from it). When this
 * tab has unsaved edits, they can no longer be saved without overwriting
 * newer work, so the tab becomes stale (read-only) until the user loads the
 * newest version.
 */
import { useCallback, useEffect, useState } from 'react';
import type { Assessment } from '../assessment/assessment';
import { createAutosaver, type Autosaver, type AutosaveStatus } from '../storage/autosave';
import { reactToChange, type ChangeFeed } from '../storage/changes';
import type { Repository } from '../storage/repository';

/** Why editing stopped: a newer version exists, or the assessment was deleted elsewhere. */
export type Stale = 'changed' | 'removed';

interface Options {
  id: string;
  changes: ChangeFeed | undefined;
  repository: Repository;
  /** The newest revision this tab has loaded or written. */
  known: () => number;
  /** True while edits made here are not yet written. */
  unsaved: () => boolean;
  onNewer: (assessment: Assessment) => void;
}

export function useTabSync({ id, changes, repository, known, unsaved, onNewer }: Options) {
  const [stale, setStale] = useState<Stale | undefined>();

  /** Reads the stored record and shows it if it is newer; `force` also drops unsaved edits here. */
  const pickUp = useCallback(
    async (force: boolean) => {
      const stored = await repository.get(id);
      if (!stored) {
        if ((await repository.getRaw(id)) === undefined) setStale('removed');
        return;
      }
      if (stored.revision <= known() && !force) return;
      if (unsaved() && !force) setStale('changed');
      else onNewer(stored);
    },
    [id, repository, known, unsaved, onNewer],
  );

  useEffect(() => {
    if (!changes) return undefined;
    return changes.subscribe((change) => {
      const reaction = reactToChange(change, { id, revision: known(), unsaved: unsaved() });
      if (reaction === 'stale') setStale('changed');
      else if (reaction === 'removed') setStale('removed');
      else if (reaction === 'reload') void pickUp(false);
    });
  }, [changes, id, known, unsaved, pickUp]);

  return { stale, markStale: setStale, loadNewest: () => pickUp(true) };
}

/**
 * The session's autosaver, writing to `repository`, with `known()`: the
 * newest revision this tab has loaded (`initialRevision`) or written, which
 * tells an announced save from another tab apart from an echo of our own.
 */
export function trackedAutosaver(repository: Repository, initialRevision: number, onStatus: (status: AutosaveStatus) => void): { saver: Autosaver; known: () => number } {
  let revision = initialRevision;
  const saver = createAutosaver({
    save: async (a) => {
      const stored = await repository.save(a, a.revision);
      revision = Math.max(revision, stored.revision);
      return stored;
    },
    onStatus,
  });
  return { saver, known: () => revision };
}
