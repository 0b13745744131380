/**
 * Completing an assessment while serious findings are still open: an inline
 * panel that names them and asks, before anything is completed, for an
 * explicit acknowledgement with a reason. The reason is the answer to the
 * questionnaire's question tagged `known-gaps-reason` (found by the caller
 * by tag), so the report can say the assessment was completed with known
 * gaps and why. "Gå tillbaka" closes the panel and nothing changes.
 *
 * Focus moves to the panel's heading when it opens; an empty reason is an
 * error said in text beside the field (and the field takes focus).
 */
import { useEffect, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Finding } from '../../assessment/result';
import { useResultText } from '../results/result-text';

/** The question the reason is stored in, with its words. */
export interface ReasonQuestion {
  id: string;
  label: string;
  hint?: string;
}

interface Props {
  /** The open serious findings, in the result's order. */
  findings: Finding[];
  /** Where the reason goes; without one, the user only confirms. */
  question: ReasonQuestion | undefined;
  /** The reason given before, if any (a reopened assessment). */
  initialReason: string;
  onConfirm: (reason: string) => void;
  onCancel: () => void;
}

export function CompletionGuard({ findings, question, initialReason, onConfirm, onCancel }: Props) {
  const { t } = useTranslation();
  const text = useResultText();
  const id = useId();
  const heading = useRef<HTMLHeadingElement>(null);
  const field = useRef<HTMLTextAreaElement>(null);
  const [reason, setReason] = useState(initialReason);
  const [error, setError] = useState(false);

  useEffect(() => heading.current?.focus(), []);

  const confirm = () => {
    if (question && reason.trim() === '') {
      setError(true);
      field.current?.focus();
      return;
    }
    onConfirm(reason.trim());
  };

  const fieldId = `${id}-reason`;
  const describedBy = [question?.hint && `${fieldId}-hint`, error && `${fieldId}-error`].filter(Boolean).join(' ') || undefined;

  return (
    <section className="completion-guard" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`} ref={heading} tabIndex={-1}>
        {t('completion.heading', { count: findings.length })}
      </h2>
      <p>{t('completion.intro', { count: findings.length })}</p>
      <ul className="completion-guard__findings">
        {findings.map((f) => {
          const concerns = text.findingConcerns(f);
          return (
            <li key={f.id}>
              <span className="visually-hidden">{t('results.severity.high')}: </span>
              {text.findingTitle(f)}
              {concerns && <span className="completion-guard__meta"> ({concerns})</span>}
            </li>
          );
        })}
      </ul>
      <form
        noValidate
        onSubmit={(e) => {
          e.preventDefault();
          confirm();
        }}
      >
        {question ? (
          <div className={`field${error ? ' field--error' : ''}`}>
            <label htmlFor={fieldId} className="label">
              {question.label}
            </label>
            {question.hint && (
              <p id={`${fieldId}-hint`} className="hint">
                {question.hint}
              </p>
            )}
            {error && (
              <p id={`${fieldId}-error`} className="error-message">
                <span className="visually-hidden">{t('errors.prefix')} </span>
                {t('completion.reasonRequired')}
              </p>
            )}
            <textarea
              ref={field}
              id={fieldId}
              rows={4}
              value={reason}
              aria-required
              aria-invalid={error || undefined}
              aria-describedby={describedBy}
              onChange={(e) => {
                setReason(e.target.value);
                if (error && e.target.value.trim()) setError(false);
              }}
            />
          </div>
        ) : (
          <p>{t('completion.confirmOnly')}</p>
        )}
        <div className="actions">
          <button type="submit" className="button--warning">
            {t('completion.confirm')}
          </button>
          <button type="button" className="button--secondary" onClick={onCancel}>
            {t('completion.cancel')}
          </button>
        </div>
      </form>
    </section>
  );
}
