/**
 * "Check your answers": every step of the branch taken, each folded to its
 * heading, one line on what it holds and a change button that opens the step
 * and comes back here after saving. Opened, a step shows every question with
 * its answer; unanswered optional questions say so. "Visa alla svar" opens
 * every step at once, for a reader who goes through the whole list before
 * completing (and a printed page shows it whole). Also offers the PDF.
 * Answers set aside from an earlier version of the questionnaire follow,
 * folded the same way, by question id, without a change button (their
 * questions are gone).
 * Completing while serious findings are open first asks for a reason (see
 * completion-guard.tsx); the completed page then says it was completed with
 * known gaps.
 */
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { countAnswers, type Section } from '../../assessment/answer-list';
import type { EarlierList } from '../../assessment/earlier-list';
import type { Finding } from '../../assessment/result';
import { longDate } from '../../i18n/dates';
import { isLanguage } from '../../i18n/languages';
import { formatNumber } from '../../i18n/result-params';
import { useAnswerText } from './answer-text';
import { CompletionGuard, type ReasonQuestion } from './completion-guard';
import { ReviewRows } from './review-rows';
import { ReviewSection, reviewBodyId, useReviewSummary } from './review-section';
import { useSubjectTranslation } from '../subject';

/** What completing needs to know: the open serious findings and where a reason for completing anyway goes. */
export interface CompletionCheck {
  openSerious: Finding[];
  question: ReasonQuestion | undefined;
  /** The reason stored so far ('' when none). */
  reason: string;
  /** When the assessment was completed (ISO 8601), shown on the completed page. */
  completedAt?: string;
}

interface Props {
  sections: Section[];
  earlier: EarlierList[];
  complete: boolean;
  onChange: (stepId: string) => void;
  /** Completes; `reason` is given when serious findings are open and the user completes anyway. */
  onComplete: (reason?: string) => void;
  onReopen: () => void;
  onBack: () => void;
  pdf: React.ReactNode;
  completion?: CompletionCheck;
  /** Points the results page asks the user to review, by step id (as in the step list). */
  gaps?: Record<string, number>;
  /** The decision text, folded under the download buttons (it is long, and not part of the answers). */
  decisionText?: React.ReactNode;
}

function Earlier({ earlier, open, onToggle }: { earlier: EarlierList[]; open: boolean; onToggle: () => void }) {
  const { t, i18n } = useTranslation();
  if (!earlier.length) return null;
  const kept = earlier.reduce((n, list) => n + countAnswers(list.rows).answered, 0);
  const lang = isLanguage(i18n.language) ? i18n.language : 'sv';
  // Answers of a question pack this copy lacks are not "from an earlier version": the words say which there are.
  const packs = earlier.some((list) => list.pack !== undefined);
  const intro = t(packs ? 'versions.introPacks' : 'versions.intro');
  return (
    <ReviewSection id={EARLIER} heading={t(packs ? 'versions.headingPacks' : 'versions.heading')} summary={`${intro} ${t('review.summary.earlier', { count: kept, number: formatNumber(lang, kept) })}`} open={open} onToggle={onToggle}>
      {earlier.map((list, i) => (
        // The same version may appear twice (set aside on two occasions), so the index is part of the key.
        <div key={`${list.pack ?? ''}${list.contentVersion}:${i}`}>
          <h3>{list.pack === undefined ? t('versions.given', { version: list.contentVersion }) : t('versions.givenPack', { pack: list.pack, version: list.contentVersion })}</h3>
          <ReviewRows rows={list.rows} />
        </div>
      ))}
    </ReviewSection>
  );
}

/** The key of the part holding answers set aside; step ids are the content's words and none of them reads so. */
const EARLIER = 'earlier-version';
/** The key of the folded decision text; "Visa alla svar" leaves it as it is, since it is not answers. */
const DECISION_TEXT = 'decision-text';

export function ReviewScreen({ sections, earlier, complete, onChange, onComplete, onReopen, onBack, pdf, completion, gaps = {}, decisionText }: Props) {
  // An audit is completed as an audit ("Granskningen är klar"), not as a proposal's assessment.
  const { t, i18n } = useSubjectTranslation();
  const text = useAnswerText();
  const summary = useReviewSummary();
  // Every part starts folded: its line says what it holds and whether anything is missing.
  const [open, setOpen] = useState<ReadonlySet<string>>(() => new Set());
  const keys = [...sections.map((s) => s.stepId), ...(earlier.length ? [EARLIER] : [])];
  const allOpen = keys.length > 0 && keys.every((k) => open.has(k));
  const toggle = (key: string) => () =>
    setOpen((now) => {
      const next = new Set(now);
      if (!next.delete(key)) next.add(key);
      return next;
    });
  const completedOn = complete && completion?.completedAt ? longDate(completion.completedAt, isLanguage(i18n.language) ? i18n.language : 'sv') : '';
  const heading = useRef<HTMLHeadingElement>(null);
  const completeButton = useRef<HTMLButtonElement>(null);
  const [asking, setAsking] = useState(false);
  const openSerious = completion?.openSerious ?? [];
  const completeClicked = () => (openSerious.length ? setAsking(true) : onComplete());
  // "Gå tillbaka" closes the panel: focus returns to the button that opened it.
  const returnFocus = useRef(false);
  useEffect(() => {
    if (!asking && returnFocus.current) completeButton.current?.focus();
    returnFocus.current = false;
  }, [asking]);
  // Focus the heading when the page opens and when it turns into the completion page.
  // oxlint-disable-next-line react/exhaustive-effect-dependencies
  useEffect(() => heading.current?.focus(), [complete]);
  return (
    <>
      <h1 ref={heading} tabIndex={-1}>
        {complete ? t('review.completeHeading') : t('review.heading')}
      </h1>
      {completedOn && <p className="review__completed">{t('review.completedOn', { date: completedOn })}</p>}
      <p className="lead">{complete ? t('review.completeIntro') : t('review.intro')}</p>
      {complete && openSerious.length > 0 && (
        <div className="notice completion-notice">
          <p>{t('completion.completedWithGaps', { count: openSerious.length })}</p>
          {completion?.reason && (
            <p>
              {t('completion.reasonGiven')} {completion.reason}
            </p>
          )}
        </div>
      )}
      <div className="actions">{pdf}</div>
      {decisionText && (
        <ReviewSection
          id={DECISION_TEXT}
          heading={t('decisionText.ui.heading')}
          summary={t('review.decisionTextSummary')}
          open={open.has(DECISION_TEXT)}
          onToggle={toggle(DECISION_TEXT)}
          showKey={'review.showText'}
          hideKey={'review.hideText'}
        >
          {decisionText}
        </ReviewSection>
      )}
      {keys.length > 0 && (
        <div className="review__all">
          <button type="button" className="button--secondary" aria-expanded={allOpen} aria-controls={keys.map(reviewBodyId).join(' ')} onClick={() => setOpen(allOpen ? new Set() : new Set(keys))}>
            {t(allOpen ? 'review.hideAll' : 'review.showAll')}
          </button>
        </div>
      )}
      {sections.map((section) => {
        const title = text(section.title);
        return (
          <ReviewSection
            key={section.stepId}
            id={section.stepId}
            heading={title}
            summary={summary(section, gaps[section.stepId] ?? 0)}
            open={open.has(section.stepId)}
            onToggle={toggle(section.stepId)}
            action={
              <button type="button" className="link-button" onClick={() => onChange(section.stepId)}>
                {t('review.change')}
                <span className="visually-hidden"> {title}</span>
              </button>
            }
          >
            <ReviewRows rows={section.rows} />
          </ReviewSection>
        );
      })}
      <Earlier earlier={earlier} open={open.has(EARLIER)} onToggle={toggle(EARLIER)} />
      <div className="actions">
        {complete ? (
          <button type="button" className="button--secondary" onClick={onReopen}>
            {t('review.reopen')}
          </button>
        ) : asking ? null : (
          <>
            <button type="button" ref={completeButton} className="button--primary" onClick={completeClicked}>
              {t('review.complete')}
            </button>
            <button type="button" className="button--secondary" onClick={onBack}>
              {t('wizard.back')}
            </button>
          </>
        )}
      </div>
      {!complete && asking && (
        <CompletionGuard
          findings={openSerious}
          question={completion?.question}
          initialReason={completion?.reason ?? ''}
          onConfirm={(reason) => {
            setAsking(false);
            onComplete(completion?.question ? reason : undefined);
          }}
          onCancel={() => {
            returnFocus.current = true;
            setAsking(false);
          }}
        />
      )}
    </>
  );
}
