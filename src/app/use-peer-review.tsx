/**
 * The open assessment's side of the peer review (a second person's
 * "granskning"): the rounds as the session holds them, the assessor's
 * replies and resubmission saved through the session's autosaver (so they
 * are one more change of the same record, checked against its revision),
 * and the results page's "Efter beslutet" block, worded for what the
 * questionnaire assesses (an audit's review is a "kvalitetsgranskning" of
 * "granskningen").
 */
import { useCallback, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { followUpDateOf } from '../assessment/after/refs';
import { reply, resubmit } from '../assessment/after/review-state';
import type { Assessment } from '../assessment/assessment';
import type { QuestionnaireFile } from '../questionnaire/schema';
import { AfterDecision } from '../ui/after/review-after-decision';
import type { PeerReviewValue } from '../ui/after/review-context';
import { JsonButton } from './json-button';
import { subjectContext } from '../i18n/subject';
import { Subject } from '../ui/subject';
import { routeHash } from './routes';

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

export function usePeerReviewSession({ file, initial, change, readOnly, onStep, currentRecord }: Options) {
  const { t } = useTranslation();
  const [rounds, setRounds] = useState(() => initial.review);
  const [day] = useState(() => today(new Date()));
  const changeReview = useCallback(
    (apply: (a: Assessment) => Assessment) => {
      const next = change(apply);
      if (next) setRounds(next.review);
    },
    [change],
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
      />
    </Subject.Provider>
  );
  return { value, after };
}
