/**
 * "Check your answers": every question of the branch taken with its answer,
 * each with a change link that opens its step and comes back here after
 * saving. Unanswered optional questions say so. Also offers the PDF.
 * Answers set aside from an earlier version of the questionnaire follow,
 * by question id, without change links (their questions are gone).
 * Completing while serious findings are open first asks for a reason (see
 * completion-guard.tsx); the completed page then says it was completed with
 * known gaps.
 */
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Row, Section } from '../../assessment/answer-list';
import type { EarlierList } from '../../assessment/earlier-list';
import type { Finding } from '../../assessment/result';
import { longDate } from '../../i18n/dates';
import { isLanguage } from '../../i18n/languages';
import { useAnswerText } from './answer-text';
import { CompletionGuard, type ReasonQuestion } from './completion-guard';
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
}

function Rows({ rows, stepId, onChange, actions }: { rows: Row[]; stepId: string; onChange: (stepId: string) => void; actions: boolean }) {
  const { t } = useTranslation();
  const text = useAnswerText();
  const change = (label: string) =>
    actions && (
      <dd className="answers__action">
        <button type="button" className="link-button" onClick={() => onChange(stepId)}>
          {t('review.change')}
          <span className="visually-hidden"> {label}</span>
        </button>
      </dd>
    );
  return (
    <dl className="answers">
      {rows.map((row) => {
        if (row.kind === 'heading') {
          return (
            <div key={row.id} className="answers__heading">
              <dt>{text(row.label)}</dt>
            </div>
          );
        }
        if (row.kind === 'group') {
          return (
            <div key={row.id} className="answers__row">
              <dt>{text(row.label)}</dt>
              <dd>
                {row.items.length === 0 && <p>{t('answers.notAnswered')}</p>}
                {row.items.map((item, i) => (
                  <div key={item.id} className="answers__item">
                    <p className="answers__item-title">{item.title || t('wizard.itemFallback', { number: i + 1 })}</p>
                    <Rows rows={item.rows} stepId={stepId} onChange={onChange} actions={false} />
                  </div>
                ))}
              </dd>
              {change(text(row.label))}
            </div>
          );
        }
        const label = text(row.label);
        return (
          <div key={row.id} className="answers__row">
            <dt>{label}</dt>
            <dd className="answers__value">
              {row.value.length === 0 ? (
                <span className="answers__empty">{t('answers.notAnswered')}</span>
              ) : row.value.length === 1 ? (
                text(row.value[0]!, row.type)
              ) : (
                <ul>
                  {row.value.map((v, i) => (
                    <li key={i}>{text(v, row.type)}</li>
                  ))}
                </ul>
              )}
            </dd>
            {change(label)}
          </div>
        );
      })}
    </dl>
  );
}

function Earlier({ earlier }: { earlier: EarlierList[] }) {
  const { t } = useTranslation();
  if (!earlier.length) return null;
  return (
    <section className="review-section" aria-labelledby="review-earlier">
      <h2 id="review-earlier">{t('versions.heading')}</h2>
      <p>{t('versions.intro')}</p>
      {earlier.map((list, i) => (
        // The same version may appear twice (set aside on two occasions), so the index is part of the key.
        <div key={`${list.contentVersion}:${i}`}>
          <h3>{t('versions.given', { version: list.contentVersion })}</h3>
          <Rows rows={list.rows} stepId="" onChange={() => undefined} actions={false} />
        </div>
      ))}
    </section>
  );
}

export function ReviewScreen({ sections, earlier, complete, onChange, onComplete, onReopen, onBack, pdf, completion }: Props) {
  // An audit is completed as an audit ("Granskningen är klar"), not as a proposal's assessment.
  const { t, i18n } = useSubjectTranslation();
  const text = useAnswerText();
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
      {sections.map((section) => (
        <section key={section.stepId} className="review-section" aria-labelledby={`review-${section.stepId}`}>
          <h2 id={`review-${section.stepId}`}>{text(section.title)}</h2>
          <Rows rows={section.rows} stepId={section.stepId} onChange={onChange} actions />
        </section>
      ))}
      <Earlier earlier={earlier} />
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
