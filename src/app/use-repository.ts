/**
 * Opens storage once for the whole app: the IndexedDB repository, or, when
 * the browser refuses it (private mode, policy) or later runs out of space,
 * one in memory, so work goes on and the shell can tell the user to export
 * it. Writes are announced to other tabs while the data is shared with them.
 * The storage code (which parses every record with zod) is loaded here,
 * after the first render, not with the start page.
 */
import { startTransition, useEffect, useState } from 'react';
import type { ChangeFeed } from '../storage/changes';
import type { FallbackRepository, StorageMode } from '../storage/fallback';
import type { Repository } from '../storage/repository';
import { whenReady, whenWanted } from './ready';

/**
 * When the start page needs storage: at once when something is saved (its
 * list shows it), else once something beyond the start page is wanted (see
 * whenWanted) or another tab saves something (the list here shows it at
 * once): parsing the stored records' schemas is the largest piece of
 * start-up work, wasted on a first visit. Where IndexedDB cannot even be
 * counted, at once, so the notice about keeping work in memory shows.
 */
async function whenStorageNeeded(): Promise<void> {
  const [{ hasSavedWork }, { CHANNEL_NAME }] = await Promise.all([import('../storage/database'), import('../storage/changes')]);
  // Listening before counting, so a save in another tab between the two is not missed.
  const channel = typeof BroadcastChannel === 'undefined' ? undefined : new BroadcastChannel(CHANNEL_NAME);
  try {
    if (await hasSavedWork().catch(() => true)) return;
    await new Promise<void>((resolve) => {
      channel?.addEventListener('message', () => resolve());
      void whenWanted().then(resolve);
    });
  } finally {
    channel?.close();
  }
}

export type RepositoryState =
  | { status: 'opening' }
  | { status: 'ready'; repository: FallbackRepository; changes: ChangeFeed; mode: StorageMode };

interface Opened {
  repository: FallbackRepository;
  changes: ChangeFeed;
}

let opening: Promise<Opened> | undefined;

async function open(): Promise<Opened> {
  const [{ announcing, browserChannel, createChangeFeed }, { openWithFallback }, { requestPersistentStorage }] = await Promise.all([
    import('../storage/changes'),
    import('../storage/fallback'),
    import('../storage/persist'),
  ]);
  const repository = await openWithFallback();
  const changes = createChangeFeed(browserChannel(), () => repository.mode().kind === 'persistent');
  if (repository.mode().kind === 'persistent') {
    // Ask the browser not to evict our data under storage pressure.
    void requestPersistentStorage();
  }
  return { repository: announcing(repository, changes), changes };
}

/** The repository, opened on the first call (in memory if the browser refuses IndexedDB). */
export async function repositoryReady(): Promise<FallbackRepository> {
  opening ??= open();
  return (await opening).repository;
}

/** Storage as given, or, while it is still opening (the start page renders before it), once it is open. */
export async function storageOf(given: Repository | undefined): Promise<Repository | undefined> {
  return given ?? (await repositoryReady().catch(() => undefined));
}

export function useRepository(): RepositoryState {
  const [state, setState] = useState<RepositoryState>({ status: 'opening' });
  useEffect(() => {
    let alive = true;
    let unsubscribe: (() => void) | undefined;
    // Opened once the start page answers input and storage is needed: its code and IndexedDB wait until then.
    void whenReady()
      .then(whenStorageNeeded)
      .then(() => (opening ??= open()))
      .then(({ repository, changes }) => {
      if (!alive) return;
      // A transition: the start page's parts still waiting to be hydrated (see later.tsx) keep their
      // server HTML through it, where an urgent update would make React draw them again.
      const show = () => startTransition(() => setState({ status: 'ready', repository, changes, mode: repository.mode() }));
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
