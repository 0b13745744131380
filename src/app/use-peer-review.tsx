/**
 * The open assessment's side of the peer review (a second person's
 * "granskning"): the rounds as the session holds them, the assessor's
 * replies and resubmission saved through the session's autosaver (so they
 * are one more change of the same record, checked against its revision),
 * and the results page's "Efter beslutet" block, worded for what the
 * questionnaire assesses (an audit's review is a "kvalitetsgranskning" of
 * "granskningen").
 *
 * With sync (a build with a sync server, an assessment shared from this
 * device, and a token): the review also goes through the review room
 * (src/sync/review-room.ts, loaded only then), so a reviewer's verdicts reach
 * this screen as they are saved, and are saved to the device's copy; the
 * author's replies go the other way. `useReviewRoom` serves the reviewer's
 * page too.
 */
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { followUpDateOf } from '../assessment/after/refs';
import type { ReviewRound } from '../assessment/after/review';
import { reply, resubmit } from '../assessment/after/review-state';
import type { Assessment } from '../assessment/assessment';
import type { QuestionnaireFile } from '../questionnaire/schema';
import { AfterDecision } from '../ui/after/review-after-decision';
import type { PeerReviewValue } from '../ui/after/review-context';
import { reviewViaServer, ReviewSyncStatus, type ReviewSyncState } from '../ui/after/review-sync-status';
import { JsonButton } from './json-button';
import { subjectContext } from '../i18n/subject';
import { Subject } from '../ui/subject';
import { routeHash } from './routes';
import { isShared } from './sharing/shared-ids';
import { syncServerUrl } from './sync-config';
import { findSyncToken, nameInToken } from './sync-token';

interface Options {
  file: QuestionnaireFile;
  /** The record as the session opened it (its decision and follow-ups are changed on other pages, which reopen the session). */
  initial: Assessment;
  /** Applies a change to the session's record and saves it; undefined when nothing can be saved here. */
  change: (apply: (a: Assessment) => Assessment) => Assessment | undefined;
  readOnly: boolean;
  onStep: (stepId: string) => void;
  /** The record as it is now (what "Spara som fil" writes). */
  currentRecord: () => Assessment;
}

/** Today where the user is, as YYYY-MM-DD (a follow-up is due on its date, in the user's day). */
function today(now: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

export interface ReviewRoomLink {
  state: ReviewSyncState;
  /** Writes the rounds the device just saved to the room (nothing without sync). */
  push: (rounds: readonly ReviewRound[]) => void;
  /**
   * The assessment with the room's rounds as its review, once the room is in step (as it is, before):
   * a change is made on it, so a review that reached the copy another way (the shared assessment's,
   * which only the author writes and so lags the reviewer's) never undoes the room's.
   */
  onRoom: (assessment: Assessment) => Assessment;
}

/**
 * The review room of assessment `id`, when sync applies: a sync server in
 * this build, the assessment shared on this device, `enabled` (a read-only
 * tab leaves it to the tab that saves), and a token. `deviceRounds` gives the
 * device's rounds when the room opens; `onRemote` gets, for each review the
 * other person wrote, the change that takes it into the device's copy.
 */
export function useReviewRoom(id: string, enabled: boolean, deviceRounds: () => readonly ReviewRound[], onRemote: (apply: (a: Assessment) => Assessment) => void): ReviewRoomLink {
  const url = syncServerUrl();
  const on = enabled && url !== undefined && isShared(id);
  // The state the room last reported, for the assessment it was opened for (another id starts at connecting).
  const [reported, setReported] = useState<{ id: string; state: ReviewSyncState }>();
  const setState = useCallback((state: ReviewSyncState) => setReported({ id, state }), [id]);
  const room = useRef<{ push: (rounds: readonly ReviewRound[]) => void; rounds: () => readonly ReviewRound[] | undefined }>(undefined);
  // The latest of the callers' functions, so the room opened once calls what the screen has now.
  const latest = useRef({ deviceRounds, onRemote });
  useEffect(() => {
    latest.current = { deviceRounds, onRemote };
  });
  useEffect(() => {
    if (!on || !url) return;
    let stopped = false;
    let stop: (() => Promise<void>) | undefined;
    void (async () => {
      const token = await findSyncToken();
      if (stopped) return;
      if (!token) {
        setState('no-token');
        return;
      }
      const [{ openReviewRoom }, { withReview }] = await Promise.all([import('../sync/review-room'), import('../sync/review-binding')]);
      if (stopped) return;
      const opened = openReviewRoom({
        url,
        token: token.token,
        name: nameInToken(token.token) ?? '',
        id,
        // The rounds as saved now: what was saved before the room opened is in them.
        review: latest.current.deviceRounds(),
        persist: true,
        onRemote: (remote) => latest.current.onRemote((a) => withReview(a, remote)),
      });
      room.current = opened;
      stop = opened.stop;
      // Not yet connected reads as connecting until the room has been connected once; after that, as offline.
      let connected = false;
      opened.subscribe(() => {
        const now = opened.state();
        if (now !== 'offline') connected = true;
        setState(now === 'offline' && !connected ? 'connecting' : now);
      });
    })();
    return () => {
      stopped = true;
      room.current = undefined;
      void stop?.();
    };
  }, [on, url, id, setState]);
  const push = useCallback((next: readonly ReviewRound[]) => room.current?.push(next), []);
  const onRoom = useCallback((assessment: Assessment) => {
    const inStep = room.current?.rounds();
    return inStep ? { ...assessment, review: [...inStep] } : assessment;
  }, []);
  return { state: !on ? 'off' : reported?.id === id ? reported.state : 'connecting', push, onRoom };
}

export function usePeerReviewSession({ file, initial, change, readOnly, onStep, currentRecord }: Options) {
  const { t } = useTranslation();
  const [rounds, setRounds] = useState(() => initial.review);
  const [day] = useState(() => today(new Date()));
  // A reviewer's new verdicts, from the review room: saved to the device's copy like a reply (nothing when unchanged).
  const takeRemote = useCallback(
    (apply: (a: Assessment) => Assessment) => {
      const now = currentRecord();
      if (apply(now) === now) return;
      const next = change(apply);
      setRounds(next ? next.review : apply(now).review);
    },
    [change, currentRecord],
  );
  const sync = useReviewRoom(initial.id, !readOnly, () => currentRecord().review, takeRemote);
  const { push, onRoom } = sync;
  const changeReview = useCallback(
    (apply: (a: Assessment) => Assessment) => {
      const next = change((a) => apply(onRoom(a)));
      if (next) {
        setRounds(next.review);
        push(next.review);
      }
    },
    [change, push, onRoom],
  );
  const value = useMemo<PeerReviewValue>(
    () => ({
      rounds,
      readOnly,
      onReply: (stepId, text) => changeReview((a) => reply(a, stepId, text, new Date())),
      onResubmit: () => changeReview((a) => resubmit(a, new Date())),
    }),
    [rounds, readOnly, changeReview],
  );
  const current = initial;
  const followUpDate = followUpDateOf(file, current.answers);
  const after = (
    <Subject.Provider value={subjectContext(file)}>
      <AfterDecision
        rounds={rounds}
        {...(current.decision ? { decision: current.decision } : {})}
        {...(followUpDate ? { followUpDate } : {})}
        followUpCount={current.followUps.length}
        today={day}
        steps={file.steps.map((s) => ({ id: s.id, title: t(`content:steps.${s.id}.title`) }))}
        hrefs={{
          peerReview: routeHash({ name: 'peer-review', id: current.id }),
          decision: routeHash({ name: 'decision', id: current.id }),
          followUp: routeHash({ name: 'follow-up', id: current.id }),
        }}
        onStep={onStep}
        onResubmit={value.onResubmit}
        readOnly={readOnly}
        send={<JsonButton file={file} assessment={currentRecord} />}
        viaServer={reviewViaServer(sync.state)}
        syncStatus={<ReviewSyncStatus state={sync.state} />}
      />
    </Subject.Provider>
  );
  return { value, after };
}
