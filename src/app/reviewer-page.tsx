/**
 * The reviewer's page: a second person's review ("granskning") of a
 * completed assessment, opened from a file they were sent. They see each
 * step's answers read-only, give a verdict and a comment per step, and sign
 * off; then they save the file (or the report, which carries it) to send
 * back. Not to be confused with the wizard's own review phase, where the
 * assessor checks their answers before completing. Loaded with React.lazy.
 *
 * Saving: each change is written with `repository.save(next, revision)`; a
 * save refused because another tab saved first reloads the stored version
 * and says so, while the form keeps what was typed.
 */
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { answerList } from '../assessment/answer-list';
import { clearVerdict, currentRound, latestSignOff, peerReviewStatus, setVerdict, signOff, startRound } from '../assessment/after/review-state';
import type { Person } from '../assessment/after/review';
import { displayName, type Assessment } from '../assessment/assessment';
import { decisionText } from '../assessment/decision-text';
import { evaluate } from '../assessment/evaluate';
import { longDate } from '../i18n/dates';
import { isLanguage } from '../i18n/languages';
import { framework, questionnaires } from '../questionnaire/catalogue';
import { ConflictError } from '../storage/errors';
import type { Repository } from '../storage/repository';
import { ReviewList } from '../ui/after/review-list';
import { ReviewerForm } from '../ui/after/review-reviewer-form';
import { ReviewStart } from '../ui/after/review-start';
import type { SignOffDraft, VerdictDrafts } from '../ui/after/review-values';
import { JsonButton } from './json-button';
import { PdfButton } from './pdf-button';
import { DONE_TEXT, NOTICE_TEXT } from '../ui/after/review-texts';

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
  const { t, i18n } = useTranslation();
  const lang = isLanguage(i18n.language) ? i18n.language : 'sv';
  const [loaded, setLoaded] = useState<{ id: string; assessment: Assessment | undefined }>();
  const [saving, setSaving] = useState(false);
  const [notice, setNotice] = useState<Notice>();
  const [day] = useState(() => today(now()));
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    let alive = true;
    void repository.get(id).then((assessment) => alive && setLoaded({ id, assessment }));
    return () => {
      alive = false;
    };
  }, [repository, id]);
  const assessment = loaded?.id === id ? loaded.assessment : undefined;
  const file = assessment && questionnaires.find((q) => q.id === assessment.questionnaire.id);
  const ready = assessment !== undefined && file !== undefined;
  // Focus the page's heading once it is there (the page replaced another screen).
  useEffect(() => {
    if (ready) heading.current?.focus();
  }, [ready]);

  const save = useCallback(
    async (change: (a: Assessment) => Assessment, done: Notice) => {
      if (!assessment) return;
      setSaving(true);
      try {
        const saved = await repository.save(change(assessment), assessment.revision);
        setLoaded({ id, assessment: saved });
        setNotice(done);
      } catch (error) {
        // Storage refused for another reason (full, blocked): say so; what was typed stays in the form.
        if (!(error instanceof ConflictError)) return setNotice('failed');
        // Another tab saved first: show its version; the form keeps what was typed, to save again onto it.
        setLoaded({ id, assessment: await repository.get(id) });
        setNotice('conflict');
      } finally {
        setSaving(false);
      }
    },
    [assessment, repository, id],
  );

  const sections = useMemo(() => (assessment && file ? answerList(file, framework, assessment.answers, { includeEmpty: true }) : []), [assessment, file]);
  const result = useMemo(() => (assessment && file ? evaluate(file, framework, { answers: assessment.answers }) : undefined), [assessment, file]);
  const decision = useMemo(() => (assessment && file && result ? decisionText(file, framework, assessment.answers, result) : undefined), [assessment, file, result]);

  if (!loaded || loaded.id !== id) return <output>{t('session.loading')}</output>;
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
  const round = currentRound(assessment);
  const name = displayName(file, assessment) || t('peerReview.untitled');
  const steps = sections.map((s) => ({ id: s.stepId, title: t(`content:steps.${s.stepId}.title`) }));
  const completed = Boolean(assessment.progress.completedAt);
  const last = latestSignOff(assessment);

  return (
    <div className="peer-review-page">
      <h1 ref={heading} tabIndex={-1}>
        {t('peerReview.reviewer.heading', { name })}
      </h1>
      <p className="lead">{t('peerReview.reviewer.intro')}</p>
      {/* Always in the page, so what is put in it is announced. */}
      <output className={notice === 'conflict' || notice === 'failed' ? 'notice notice--warning peer-review-page__notice' : notice ? 'notice peer-review-page__notice' : undefined}>
        {notice ? t(NOTICE_TEXT[notice]) : ''}
      </output>
      {!completed ? (
        <p className="notice notice--warning">{t('peerReview.reviewer.notCompleted')}</p>
      ) : status === 'in-review' && round ? (
        <ReviewerForm
          // One form per round: a save, or a newer version read after a conflict, keeps what is typed in it.
          key={round.startedAt}
          sections={sections}
          round={round}
          {...(assessment.review.length > 1 ? { earlier: assessment.review.at(-2)! } : {})}
          today={day}
          saving={saving}
          onSave={(drafts) => void save((a) => applyDrafts(a, drafts, now()), 'saved')}
          onSignOff={(drafts, s: SignOffDraft) => void save((a) => signOff(applyDrafts(a, drafts, now()), { ...s, outcome: s.outcome || 'returned' }, now()), 'signed')}
        />
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
  );
}
