/**
 * One step's verdict in a peer review as text: the verdict in words (never
 * colour alone), the reviewer's comment and the assessor's reply, each with
 * when it was written. Shared by the reviewer's page, the step screens and
 * the review list.
 */
import { useTranslation } from 'react-i18next';
import type { StepReview } from '../../assessment/after/review';
import { dateTime } from '../../i18n/dates';
import { isLanguage } from '../../i18n/languages';
import { VERDICT_TEXT } from './review-texts';

export function ReviewEntry({ entry, showReply = true }: { entry: StepReview; showReply?: boolean }) {
  const { t, i18n } = useTranslation();
  const lang = isLanguage(i18n.language) ? i18n.language : 'sv';
  return (
    <dl className="peer-review-entry">
      <div>
        <dt>{t('peerReview.entry.verdict')}</dt>
        <dd>
          <span className={`peer-review-verdict peer-review-verdict--${entry.verdict}`}>{t(VERDICT_TEXT[entry.verdict])}</span>
        </dd>
      </div>
      <div>
        <dt>{t('peerReview.entry.comment')}</dt>
        <dd>{entry.comment ? <span className="peer-review-entry__text">{entry.comment}</span> : <span className="answers__empty">{t('peerReview.entry.noComment')}</span>}</dd>
      </div>
      {showReply && entry.reply && (
        <div>
          <dt>{t('peerReview.entry.reply')}</dt>
          <dd>
            <span className="peer-review-entry__text">{entry.reply.text}</span> <span className="peer-review-entry__when">({dateTime(entry.reply.at, lang)})</span>
          </dd>
        </div>
      )}
    </dl>
  );
}
