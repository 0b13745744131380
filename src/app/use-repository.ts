/**
 * Opens storage once for the whole app: the IndexedDB repository, or, when
 * the browser refuses it (private mode, policy) or later runs out of space,
 * one in memory, so work goes on and the shell can tell the user to export
 * it. Writes are announced to other tabs while the data is shared with them.
 */
import { useEffect, useState } from 'react';
import { announcing, browserChannel, createChangeFeed, type ChangeFeed } from '../storage/changes';
import { openWithFallback, type FallbackRepository, type StorageMode } from '../storage/fallback';
import { requestPersistentStorage } from '../storage/persist';

export type RepositoryState =
  | { status: 'opening' }
  | { status: 'ready'; repository: FallbackRepository; changes: ChangeFeed; mode: StorageMode };

interface Opened {
  repository: FallbackRepository;
  changes: ChangeFeed;
}

let opening: Promise<Opened> | undefined;

async function open(): Promise<Opened> {
  const repository = await openWithFallback();
  const changes = createChangeFeed(browserChannel(), () => repository.mode().kind === 'persistent');
  if (repository.mode().kind === 'persistent') {
    // Ask the browser not to evict our data under storage pressure.
    void requestPersistentStorage();
  }
  return { repository: announcing(repository, changes), changes };
}

export function useRepository(): RepositoryState {
  const [state, setState] = useState<RepositoryState>({ status: 'opening' });
  useEffect(() => {
    let alive = true;
    let unsubscribe: (() => void) | undefined;
    opening ??= open();
    void opening.then(({ repository, changes }) => {
      if (!alive) return;
      const show = () => setState({ status: 'ready', repository, changes, mode: repository.mode() });
      show();
      unsubscribe = repository.onModeChange(show);
    });
    return () => {
      alive = false;
      unsubscribe?.();
    };
  }, []);
  return state;
}
