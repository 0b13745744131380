/**
 * The reviewer's page: a second person's review ("granskning") of a
 * completed assessment, opened from a file they were sent. They see each
 * step's answers read-only, give a verdict and a comment per step, and sign
 * off; then they save the file (or the report, which carries it) to send
 * back. Not to be confused with the wizard's own review phase, where the
 * assessor checks their answers before completing. Loaded with React.lazy.
 *
 * Saving: each change is written onto the stored revision
 * (stored-assessment.ts); a save refused because another tab saved first
 * reloads the stored version and says so, while the form keeps what was
 * typed. Until it is saved, what is typed is also kept as a draft
 * (use-form-draft.ts), so a reload or a closed tab does not lose it.
 *
 * With sync (a sync server in this build, the assessment shared on this
 * device, a token), each saved change also goes to the review room, so the
 * author gets the verdicts without a file, and the author's replies arrive
 * here and are saved to this copy (use-peer-review.tsx's useReviewRoom); the
 * page says in words where the sync stands.
 *
 * The words follow the questionnaire: reviewing an audit of a service is a
 * "kvalitetsgranskning" of "granskningen" (src/ui/subject.ts), since there
 * the user's own work is already called a "granskning".
 */
import { useEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { answerList } from '../assessment/answer-list';
import { clearVerdict, currentRound, latestSignOff, peerReviewStatus, setVerdict, signOff, startRound } from '../assessment/after/review-state';
import type { Person } from '../assessment/after/review';
import { displayName, type Assessment } from '../assessment/assessment';
import { decisionText } from '../assessment/decision-text';
import { evaluate } from '../assessment/evaluate';
import { longDate } from '../i18n/dates';
import { isLanguage } from '../i18n/languages';
import { subjectContext, withSubject } from '../i18n/subject';
import { framework } from '../questionnaire/catalogue';
import type { Repository } from '../storage/repository';
import { Subject } from '../ui/subject';
import { DraftNotice } from '../ui/after/draft-notice';
import { differs, withReviewerDraft, ZReviewerDraft } from '../ui/after/form-drafts';
import { ReviewList } from '../ui/after/review-list';
import { ReviewerForm } from '../ui/after/review-reviewer-form';
import { ReviewStart } from '../ui/after/review-start';
import { reviewViaServer, ReviewSyncStatus } from '../ui/after/review-sync-status';
import { reviewerStart, type SignOffDraft, type VerdictDrafts } from '../ui/after/review-values';
import { JsonButton } from './json-button';
import { PdfButton } from './pdf-button';
import { DONE_TEXT, NOTICE_TEXT } from '../ui/after/review-texts';
import { fileOf, useStoredAssessment } from './stored-assessment';
import { useFormDraft } from './use-form-draft';
import { useReviewRoom } from './use-peer-review';

export interface ReviewerPageProps {
  id: string;
  repository: Repository;
  onHome: () => void;
  onResults: () => void;
}

type Notice = 'saved' | 'signed' | 'conflict' | 'failed' | undefined;

/** The clock for the times stamped on verdicts and sign-offs (called in event handlers only). */
const now = () => new Date();

/** Today where the reviewer is, as YYYY-MM-DD (the sign-off's date until changed). */
function today(at: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${at.getFullYear()}-${pad(at.getMonth() + 1)}-${pad(at.getDate())}`;
}

/** The verdicts of the form applied to the open round: a step left without a verdict has none. */
function applyDrafts(assessment: Assessment, drafts: VerdictDrafts, at: Date): Assessment {
  let next = assessment;
  const round = currentRound(assessment);
  for (const [stepId, d] of Object.entries(drafts)) {
    const before = round?.steps[stepId];
    if (!d.verdict) next = clearVerdict(next, stepId, at);
    // Only a changed verdict gets a new time, so "when" stays when it was given.
    else if (!before || before.verdict !== d.verdict || before.comment !== d.comment.trim()) next = setVerdict(next, stepId, d.verdict, d.comment, at);
  }
  return next;
}

export default function ReviewerPage({ id, repository, onHome, onResults }: ReviewerPageProps) {
  const { t: translate, i18n } = useTranslation();
  const lang = isLanguage(i18n.language) ? i18n.language : 'sv';
  const { loading, assessment, save: store } = useStoredAssessment(repository, id);
  const [saving, setSaving] = useState(false);
  const [notice, setNotice] = useState<Notice>();
  const [day] = useState(() => today(now()));
  const heading = useRef<HTMLHeadingElement>(null);
  const file = fileOf(assessment);
  const subject = subjectContext(file);
  const t = useMemo(() => withSubject(translate, subject), [translate, subject]);
  const ready = assessment !== undefined && file !== undefined;
  // Focus the page's heading once it is there (the page replaced another screen).
  useEffect(() => {
    if (ready) heading.current?.focus();
  }, [ready]);

  // What is typed in the open round and not saved, kept per round as it is typed.
  const round = assessment && currentRound(assessment);
  const draft = useFormDraft(`peer-review.${id}.${round?.startedAt ?? ''}`, ZReviewerDraft);
  const [form, setForm] = useState(0);

  // The review room opens once the stored copy is read; the author's replies from it are stored onto this copy.
  const sync = useReviewRoom(id, assessment !== undefined, () => assessment?.review ?? [], (apply) => {
    // Already this copy's review (what this device wrote, coming back): nothing to store.
    if (assessment && apply(assessment) === assessment) return;
    void store(apply).catch((error: unknown) => console.error(error));
  });

  const save = async (change: (a: Assessment) => Assessment, done: Notice) => {
    setSaving(true);
    try {
      let written: Assessment | undefined;
      // Made on the review room's rounds when there is one (see useReviewRoom's onRoom).
      const outcome = await store((a) => (written = change(sync.onRoom(a))));
      setNotice(outcome === 'saved' ? done : 'conflict');
      // Stored: the draft has done its work. After a conflict the form (and the draft) keep what was typed.
      if (outcome === 'saved') draft.clear();
      if (outcome === 'saved' && written) sync.push(written.review);
    } catch (error) {
      // Storage refused for another reason (full, blocked): say so; what was typed stays in the form.
      console.error(error);
      setNotice('failed');
    } finally {
      setSaving(false);
    }
  };

  const sections = useMemo(() => (assessment && file ? answerList(file, framework, assessment.answers, { includeEmpty: true }) : []), [assessment, file]);
  const result = useMemo(() => (assessment && file ? evaluate(file, framework, { answers: assessment.answers }) : undefined), [assessment, file]);
  const decision = useMemo(() => (assessment && file && result ? decisionText(file, framework, assessment.answers, result) : undefined), [assessment, file, result]);

  if (loading) return <output>{t('session.loading')}</output>;
  if (!assessment || !file || !result || !decision) {
    return (
      <>
        <h1>{t('session.missing')}</h1>
        <button type="button" className="button--primary" onClick={onHome}>
          {t('session.home')}
        </button>
      </>
    );
  }
  const status = peerReviewStatus(assessment);
  const stepIds = sections.map((s) => s.stepId);
  // A draft of this round is laid over the round as stored, and said so when it says something else.
  const stored = round && reviewerStart(round, stepIds, day);
  const start = stored && withReviewerDraft(stored, draft.restored?.values);
  const restoredAt = stored && start && draft.restored && differs(stored, start) ? draft.restored.at : undefined;
  const name = displayName(file, assessment) || t('peerReview.untitled');
  const steps = sections.map((s) => ({ id: s.stepId, title: t(`content:steps.${s.stepId}.title`) }));
  const completed = Boolean(assessment.progress.completedAt);
  const last = latestSignOff(assessment);

  return (
    <Subject.Provider value={subject}>
      <div className="peer-review-page">
        <h1 ref={heading} tabIndex={-1}>
          {t('peerReview.reviewer.heading', { name })}
        </h1>
        <p className="lead">{t('peerReview.reviewer.intro')}</p>
        <ReviewSyncStatus state={sync.state} />
        {/* Always in the page, so what is put in it is announced. */}
        <output className={notice === 'conflict' || notice === 'failed' ? 'notice notice--warning peer-review-page__notice' : notice ? 'notice peer-review-page__notice' : undefined}>
          {notice ? t(notice === 'signed' && reviewViaServer(sync.state) ? 'peerReview.sync.signed' : NOTICE_TEXT[notice]) : ''}
        </output>
        {!completed ? (
          <p className="notice notice--warning">{t('peerReview.reviewer.notCompleted')}</p>
        ) : status === 'in-review' && round ? (
          <>
            {restoredAt && (
              <DraftNotice
                at={restoredAt}
                onDiscard={() => {
                  draft.clear();
                  // A new form with the round as stored: the typed text goes. The button goes too: focus to the heading.
                  setForm((n) => n + 1);
                  heading.current?.focus();
                }}
              />
            )}
            <ReviewerForm
              // One form per round: a save, or a newer version read after a conflict, keeps what is typed in it.
              key={`${round.startedAt}.${form}`}
              sections={sections}
              round={round}
              {...(assessment.review.length > 1 ? { earlier: assessment.review.at(-2)! } : {})}
              today={day}
              saving={saving}
              onSave={(drafts) => void save((a) => applyDrafts(a, drafts, now()), 'saved')}
              onSignOff={(drafts, s: SignOffDraft) => void save((a) => signOff(applyDrafts(a, drafts, now()), { ...s, outcome: s.outcome || 'returned' }, now()), 'signed')}
              {...(start && restoredAt ? { start } : {})}
              onChange={draft.keep}
            />
          </>
        ) : status === 'none' || status === 'resubmitted' ? (
          <ReviewStart again={status === 'resubmitted'} saving={saving} onStart={(reviewer: Person) => void save((a) => startRound(a, reviewer, now()), undefined)} />
        ) : (
          <p className="after-decision__status">
            {last && t(DONE_TEXT[last.outcome], { name: last.name, date: longDate(last.date, lang) })}
          </p>
        )}
        {completed && status !== 'in-review' && assessment.review.length > 0 && (
          <section aria-labelledby="peer-review-history">
            <h2 id="peer-review-history">{t('peerReview.reviewer.history')}</h2>
            <ReviewList rounds={assessment.review} steps={steps} level={3} />
          </section>
        )}
        <section aria-labelledby="peer-review-send">
          <h2 id="peer-review-send">{t('peerReview.reviewer.sendHeading')}</h2>
          <p>{t('peerReview.reviewer.sendIntro')}</p>
          <div className="peer-review-page__exports">
            <JsonButton file={file} assessment={() => assessment} />
            <PdfButton file={file} framework={framework} assessment={() => assessment} result={result} decision={decision} />
          </div>
        </section>
        <p>
          <button type="button" className="link-button" onClick={onResults}>
            {t('peerReview.reviewer.toResults')}
          </button>
        </p>
      </div>
    </Subject.Provider>
  );
}
