/**
 * The review room: the peer review of a shared assessment kept in step over
 * the sync server, in the document `review/<id>` (review-binding.ts), which
 * the reviewer may write though the assessment itself is read-only to them.
 * The reviewer's verdicts and comments reach the author as they are saved,
 * and the author's replies reach the reviewer, without a file between them.
 *
 * - When the server has no review yet, the device's rounds are written; when
 *   it has one, it is taken (the device's copy follows the shared review, as
 *   a shared assessment's does), and what the device saved before the
 *   document came is written onto it as changes.
 * - What the device saves is written with `push`: only what changed since it
 *   was last in step, so what the other person wrote meanwhile stays.
 * - The other person's writes arrive through `onRemote` as checked rounds;
 *   the app saves them onto its copy of the assessment (`withReview`).
 *
 * Loaded only when sync is switched on and the assessment is shared: nothing
 * in the first load imports it.
 */
import * as Y from 'yjs';
import type { ReviewRound } from '../assessment/after/review';
import { docToReview, onReviewChange, reviewDocIsEmpty, writeReview } from './review-binding';
import { startSession, type SessionOptions, type SyncSession } from './session';

export interface ReviewRoomOptions extends Pick<SessionOptions, 'url' | 'token' | 'name' | 'persist' | 'WebSocketPolyfill'> {
  /** The assessment's id. */
  id: string;
  /** The device's rounds as they are now. */
  review: readonly ReviewRound[];
  /** The other person wrote (or the server's review was taken): the rounds as the document now holds them. */
  onRemote: (rounds: ReviewRound[]) => void;
}

export interface ReviewRoom extends Pick<SyncSession, 'state' | 'subscribe'> {
  /**
   * The rounds as this device last had them in step with the document (undefined until then): what a
   * change is made on, so that a copy of the review that came by another way (an older one, in the
   * shared assessment) never undoes what the document holds.
   */
  rounds: () => readonly ReviewRound[] | undefined;
  /** Writes what the device saved since it was last in step with the document. */
  push: (rounds: readonly ReviewRound[]) => void;
  /** Disconnects; the device's copy stays as it is. */
  stop: () => Promise<void>;
}

/** The document name of an assessment's review on the server (src/server/tokens.ts). */
export const reviewDocument = (id: string): string => `review/${id}`;

const ORIGIN = 'this-device';

export function openReviewRoom(options: ReviewRoomOptions): ReviewRoom {
  const doc = new Y.Doc();
  // The rounds the device and the document last agreed on: every push is measured from them.
  let base: readonly ReviewRound[] | undefined;
  // What the device saved before the document was there.
  let pending: readonly ReviewRound[] | undefined;

  const fromDocument = () => {
    const rounds = docToReview(doc);
    // A review this version cannot read (written by a newer app) is left alone, never half taken.
    if (!rounds) {
      console.warn('A shared review could not be read; this device keeps its own copy.');
      return;
    }
    base = rounds;
    options.onRemote(rounds);
  };

  const session = startSession({ ...options, documentName: reviewDocument(options.id), doc });
  /** The document is there: kept on the device (`fromDevice`), or the server's after the first sync. */
  const begin = (fromDevice: boolean) => {
    if (base) return;
    const empty = reviewDocIsEmpty(doc);
    // Nothing kept on the device: the server decides whether the review is new.
    if (empty && fromDevice) return;
    if (empty) {
      base = pending ?? options.review;
      pending = undefined;
      writeReview(doc, [], base, ORIGIN);
      return;
    }
    // What was saved here meanwhile was saved on the rounds the room opened with.
    if (pending) writeReview(doc, options.review, pending, ORIGIN);
    pending = undefined;
    fromDocument();
  };
  void session.loaded.then(() => begin(true));
  const stopWatching = session.subscribe(() => {
    if (session.state() === 'synced') begin(false);
  });
  const stopRemote = onReviewChange(doc, () => {
    if (base) fromDocument();
  });

  return {
    state: session.state,
    subscribe: session.subscribe,
    rounds: () => base,
    push: (rounds) => {
      if (!base) {
        pending = rounds;
        return;
      }
      writeReview(doc, base, rounds, ORIGIN);
      base = rounds;
    },
    stop: async () => {
      stopWatching();
      stopRemote();
      await session.stop();
      doc.destroy();
    },
  };
}
