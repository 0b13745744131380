/**
 * Nothing typed is lost when the page closes. An IndexedDB write started on
 * `pagehide` may be cut off by the unload, so the unsaved state is first
 * copied synchronously to localStorage (see src/storage/unload-backup.ts),
 * then the autosaver is asked to write as usual. The next open adds the copy
 * to the stored record.
 */
import { useEffect } from 'react';
import type { Autosaver } from '../storage/autosave';
import type { BackupKeeper } from '../storage/unload-backup';

/** This origin's localStorage, or undefined where the browser blocks it (some privacy settings throw on access). */
export function backupStorage(): Storage | undefined {
  try {
    return window.localStorage;
  } catch {
    return undefined;
  }
}

/**
 * While mounted: on `pagehide`, on the page becoming hidden (the last event
 * a mobile browser reliably sends) and on `beforeunload` (for browsers that
 * skip the others), writes the backup and flushes the autosaver. `active`
 * false (a read-only session) writes no backup. Flushes once more on unmount.
 */
export function useUnloadBackup(saver: Autosaver, keeper: BackupKeeper, active: boolean): void {
  useEffect(() => {
    const leave = () => {
      if (active) keeper.keep();
      void saver.flush();
    };
    const onVisibility = () => {
      if (document.visibilityState === 'hidden') leave();
      else void saver.flush();
    };
    window.addEventListener('pagehide', leave);
    window.addEventListener('beforeunload', leave);
    document.addEventListener('visibilitychange', onVisibility);
    return () => {
      window.removeEventListener('pagehide', leave);
      window.removeEventListener('beforeunload', leave);
      document.removeEventListener('visibilitychange', onVisibility);
      void saver.flush();
    };
  }, [saver, keeper, active]);
}
