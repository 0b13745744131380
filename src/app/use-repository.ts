/**
 * Opens the IndexedDB repository once for the whole app. When the browser
 * refuses (private mode, policy), the app still runs; screens show that
 * nothing can be saved. The storage code (which parses every record with
 * zod) is loaded here, after the first render, not with the start page.
 */
import { useEffect, useState } from 'react';
import { requestPersistentStorage } from '../storage/persist';
import type { Repository } from '../storage/repository';

export type RepositoryState = { status: 'opening' } | { status: 'ready'; repository: Repository } | { status: 'unavailable' };

let opening: Promise<Repository> | undefined;

/** The repository, opened on the first call; rejects when storage is unavailable. */
export function repositoryReady(): Promise<Repository> {
  opening ??= import('../storage/repository').then(({ openRepository }) => openRepository());
  return opening;
}

export function useRepository(): RepositoryState {
  const [state, setState] = useState<RepositoryState>({ status: 'opening' });
  useEffect(() => {
    let alive = true;
    repositoryReady().then(
      (repository) => {
        if (alive) setState({ status: 'ready', repository });
        // Ask the browser not to evict our data under storage pressure.
        void requestPersistentStorage();
      },
      () => alive && setState({ status: 'unavailable' }),
    );
    return () => {
      alive = false;
    };
  }, []);
  return state;
}
