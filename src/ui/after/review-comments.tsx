/**
 * The reviewer's comment on the step on screen, for the assessor: the
 * verdict and comment of the latest signed-off round of peer review, and
 * while the assessment is returned ("åter för komplettering") a field for
 * the assessor's reply. Nothing is shown when the step has no verdict.
 */
import { useId, useState } from 'react';
import { useSubjectTranslation } from '../subject';
import { peerReviewStatus } from '../../assessment/after/review-state';
import { usePeerReview } from './review-context';
import { ReviewEntry } from './review-entry';
import './review.css';

export function ReviewComments({ stepId }: { stepId: string }) {
  const review = usePeerReview();
  const round = review?.rounds.findLast((r) => r.signOff);
  const entry = round?.steps[stepId];
  if (!review || !round || !entry) return null;
  // Replies belong to a returned round that has not been sent back yet.
  const open = peerReviewStatus({ review: review.rounds }) === 'returned' && round === review.rounds.at(-1) && !review.readOnly;
  return <Comment key={`${stepId}@${round.startedAt}`} stepId={stepId} entry={entry} reviewer={round.signOff!.name} open={open} onReply={review.onReply} />;
}

interface CommentProps {
  stepId: string;
  entry: NonNullable<ReturnType<typeof usePeerReview>>['rounds'][number]['steps'][string];
  reviewer: string;
  open: boolean;
  onReply: (stepId: string, text: string) => void;
}

function Comment({ stepId, entry, reviewer, open, onReply }: CommentProps) {
  const { t } = useSubjectTranslation();
  const id = useId();
  const [text, setText] = useState(entry.reply?.text ?? '');
  const [saved, setSaved] = useState(false);
  const headingId = `${id}-heading`;
  const needsReply = entry.verdict === 'needs-improvement';
  return (
    <section className={`peer-review-comment peer-review-comment--${entry.verdict}`} aria-labelledby={headingId}>
      <h2 id={headingId}>{t('peerReview.comments.heading', { name: reviewer })}</h2>
      <ReviewEntry entry={entry} showReply={!open} />
      {open && needsReply && (
        <form
          className="peer-review-comment__reply"
          onSubmit={(e) => {
            e.preventDefault();
            onReply(stepId, text);
            setSaved(true);
          }}
        >
          <div className="field">
            <label htmlFor={`${id}-reply`} className="label">
              {t('peerReview.comments.reply')}
            </label>
            <p id={`${id}-hint`} className="hint">
              {t('peerReview.comments.replyHint')}
            </p>
            <textarea
              id={`${id}-reply`}
              rows={3}
              value={text}
              aria-describedby={`${id}-hint`}
              onChange={(e) => {
                setText(e.target.value);
                setSaved(false);
              }}
            />
          </div>
          <button type="submit" className="button--secondary">
            {t('peerReview.comments.saveReply')}
          </button>
          <output className="peer-review-comment__saved">{saved ? t(text.trim() ? 'peerReview.comments.replySaved' : 'peerReview.comments.replyRemoved') : ''}</output>
        </form>
      )}
    </section>
  );
}
