/**
 * Opens the IndexedDB repository once for the whole app. When the browser
 * refuses (private mode, policy), the app still runs; screens show that
 * nothing can be saved.
 */
import { useEffect, useState } from 'react';
import { openRepository, type Repository } from '../storage/repository';
import { requestPersistentStorage } from '../storage/persist';

export type RepositoryState = { status: 'opening' } | { status: 'ready'; repository: Repository } | { status: 'unavailable' };

let opening: Promise<Repository> | undefined;

export function useRepository(): RepositoryState {
  const [state, setState] = useState<RepositoryState>({ status: 'opening' });
  useEffect(() => {
    let alive = true;
    opening ??= openRepository();
    opening.then(
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
