/**
 * One step in a peer review: the step's answers, read-only and folded in a
 * disclosure (the reviewer never changes them), what was said about it in
 * the round before (the comment and the assessor's reply), and the
 * reviewer's verdict ("godtagbar" / "behöver förbättras") with a comment.
 */
import { useSubjectTranslation } from '../subject';
import type { Section } from '../../assessment/answer-list';
import type { StepReview } from '../../assessment/after/review';
import { REVIEW_VERDICTS } from '../../assessment/after/review';
import { useAnswerText } from '../wizard/answer-text';
import { ReviewRows } from '../wizard/review-rows';
import { commentId, verdictId, type ReviewErrorCode, type VerdictDraft } from './review-values';
import { ReviewEntry } from './review-entry';
import { ERROR_TEXT, VERDICT_TEXT } from './review-texts';

interface Props {
  section: Section;
  draft: VerdictDraft;
  onChange: (draft: VerdictDraft) => void;
  /** The step's verdict in the previous round, if there was one. */
  earlier?: StepReview;
  error?: ReviewErrorCode;
}

export function ReviewVerdict({ section, draft, onChange, earlier, error }: Props) {
  const { t } = useSubjectTranslation();
  const text = useAnswerText();
  const title = text(section.title);
  const headingId = `peer-review-${section.stepId}-heading`;
  const errorId = `${commentId(section.stepId)}-error`;
  return (
    <section className="peer-review-step" aria-labelledby={headingId}>
      <h2 id={headingId}>{title}</h2>
      <details className="peer-review-step__answers">
        <summary>{t('peerReview.reviewer.showAnswers', { step: title })}</summary>
        <ReviewRows rows={section.rows} />
      </details>
      {earlier && (
        <div className="peer-review-step__earlier">
          <h3>{t('peerReview.reviewer.earlier')}</h3>
          <ReviewEntry entry={earlier} />
        </div>
      )}
      <fieldset className="field choice choice--inline" id={verdictId(section.stepId)} tabIndex={-1}>
        <legend className="label">{t('peerReview.reviewer.verdict', { step: title })}</legend>
        <div className="choice__options">
          {REVIEW_VERDICTS.map((v) => (
            <div className="choice__option" key={v}>
              <input
                type="radio"
                id={`${verdictId(section.stepId)}-${v}`}
                name={verdictId(section.stepId)}
                value={v}
                checked={draft.verdict === v}
                onChange={() => onChange({ ...draft, verdict: v })}
              />
              <label htmlFor={`${verdictId(section.stepId)}-${v}`}>{t(VERDICT_TEXT[v])}</label>
            </div>
          ))}
        </div>
      </fieldset>
      <div className={`field${error ? ' field--error' : ''}`}>
        <label htmlFor={commentId(section.stepId)} className="label">
          {t('peerReview.reviewer.comment')}
          <span className="visually-hidden">: {title}</span>
        </label>
        <p id={`${commentId(section.stepId)}-hint`} className="hint">
          {t('peerReview.reviewer.commentHint')}
        </p>
        {error && (
          <p id={errorId} className="error-message">
            <span className="visually-hidden">{t('errors.prefix')} </span>
            {t(ERROR_TEXT[error], { step: title })}
          </p>
        )}
        <textarea
          id={commentId(section.stepId)}
          rows={3}
          value={draft.comment}
          aria-invalid={error ? true : undefined}
          aria-describedby={[`${commentId(section.stepId)}-hint`, error && errorId].filter(Boolean).join(' ')}
          onChange={(e) => onChange({ ...draft, comment: e.target.value })}
        />
      </div>
    </section>
  );
}
