/**
 * Where the review's sync stands, in words, on the reviewer's page and the
 * author's "Efter beslutet": shown only for a shared assessment in a build
 * with a sync server. A live region (output), so a change is announced; the
 * state is said in text, never by colour alone.
 */
import { useSubjectTranslation } from '../subject';

/** Off: no sync here (no server, or the assessment is not shared). */
export type ReviewSyncState = 'off' | 'no-token' | 'connecting' | 'offline' | 'syncing' | 'synced' | 'refused';

const TEXT: Record<Exclude<ReviewSyncState, 'off'>, string> = {
  'no-token': 'peerReview.sync.noToken',
  connecting: 'peerReview.sync.connecting',
  offline: 'peerReview.sync.offline',
  syncing: 'peerReview.sync.syncing',
  synced: 'peerReview.sync.synced',
  refused: 'peerReview.sync.refused',
};

/** The review goes through the server: its room is open (what is saved while not connected is sent on connecting). */
export const reviewViaServer = (state: ReviewSyncState): boolean => state === 'connecting' || state === 'offline' || state === 'syncing' || state === 'synced';

export function ReviewSyncStatus({ state }: { state: ReviewSyncState }) {
  const { t } = useSubjectTranslation();
  if (state === 'off') return null;
  const warning = state === 'no-token' || state === 'refused' || state === 'offline';
  return (
    <output className={warning ? 'notice notice--warning review-sync' : 'notice review-sync'} data-sync-state={state}>
      {t(TEXT[state])}
    </output>
  );
}
