/**
 * While work exists only in this tab's memory, closing or reloading the tab
 * would lose it, so the browser is asked to confirm first (it shows its own
 * wording; pages cannot set the text).
 */
import { useEffect } from 'react';
import type { FallbackRepository } from '../storage/fallback';

export function useLeaveWarning(repository: FallbackRepository | undefined): void {
  useEffect(() => {
    if (!repository) return undefined;
    const onLeave = (event: BeforeUnloadEvent) => {
      if (repository.holdsWork()) event.preventDefault();
    };
    window.addEventListener('beforeunload', onLeave);
    return () => window.removeEventListener('beforeunload', onLeave);
  }, [repository]);
}
