/**
 * One step on the review page, folded: its heading always stands (so the
 * page's outline and a screen reader's list of headings still show every
 * step), with one line on what it holds ("14 frågor besvarade, 2
 * obesvarade"), the step's change button, and a disclosure button that
 * shows its answers. The same pattern as the results page's folded parts
 * (src/ui/results/fold.tsx), but the open state belongs to the page, so
 * "Visa alla svar" can open every step at once. Folded answers are `hidden`:
 * out of the tab order and the reading order, and shown again in print
 * (review.css).
 */
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { countAnswers, type Row, type Section } from '../../assessment/answer-list';
import { isLanguage, type Language } from '../../i18n/languages';
import { formatNumber, joinList } from '../../i18n/result-params';
import { useItemTitle } from '../fields/item-title';
import './review.css';

interface Props {
  /** A key unique on the page: the heading's and the body's ids are built from it. */
  id: string;
  heading: string;
  summary: string;
  open: boolean;
  onToggle: () => void;
  /** The change button, when the part can be changed. */
  action?: ReactNode;
  /** The disclosure button's words when the part holds something other than answers. */
  showKey?: string;
  hideKey?: string;
  children: ReactNode;
}

/** The id of a part's folded body, for its own button and for "Visa alla svar". */
export const reviewBodyId = (id: string) => `review-${id}-body`;

export function ReviewSection({ id, heading, summary, open, onToggle, action, showKey = 'review.show', hideKey = 'review.hide', children }: Props) {
  const { t } = useTranslation();
  const headingId = `review-${id}`;
  const bodyId = reviewBodyId(id);
  return (
    <section className="review-section" aria-labelledby={headingId}>
      <h2 id={headingId}>{heading}</h2>
      <p className="review-section__summary">{summary}</p>
      <div className="review-section__buttons">
        <button type="button" className="button--secondary disclosure review-section__toggle" aria-expanded={open} aria-controls={bodyId} onClick={onToggle}>
          {t(open ? hideKey : showKey)}
          <span className="visually-hidden">: {heading}</span>
        </button>
        {action}
      </div>
      <div id={bodyId} className="review-section__body" hidden={!open}>
        {children}
      </div>
    </section>
  );
}

/** Names shown in a line before "och 3 till": enough to recognise the step, short enough for one line. */
const NAMES_SHOWN = 4;

/** The items a per-item step covers: its rows are one group, labelled with the step's own title. */
function coveredItems(section: Section): (Row & { kind: 'group' }) | undefined {
  const [only, ...rest] = section.rows;
  const title = section.title;
  if (rest.length || only?.kind !== 'group' || !('key' in only.label) || !('key' in title)) return undefined;
  return only.label.key === title.key ? only : undefined;
}

/**
 * The one line under a step's heading: the items a per-item step covers,
 * how many questions are answered and how many are not, and how many points
 * the results page asks the user to review in the step.
 */
export function useReviewSummary(): (section: Section, gaps: number) => string {
  const { t, i18n } = useTranslation();
  const itemTitle = useItemTitle();
  const lang: Language = isLanguage(i18n.language) ? i18n.language : 'sv';
  const n = (count: number) => ({ count, number: formatNumber(lang, count) });
  return (section, gaps) => {
    const parts: string[] = [];
    const group = coveredItems(section);
    if (group?.items.length) {
      const names = group.items.map((item, i) => itemTitle(group.id, i, item.title));
      const shown = names.length > NAMES_SHOWN + 1 ? [...names.slice(0, NAMES_SHOWN), t('review.summary.more', n(names.length - NAMES_SHOWN))] : names;
      parts.push(t('review.summary.items', { names: joinList(lang, shown) }));
    }
    const { answered, unanswered } = countAnswers(section.rows);
    const answeredText = t('review.summary.answered', n(answered));
    if (unanswered) parts.push(t('review.summary.counts', { answered: answeredText, unanswered: t('review.summary.unanswered', n(unanswered)) }));
    else if (answered) parts.push(t('review.summary.allAnswered', { answered: answeredText }));
    else parts.push(t('review.summary.none'));
    if (gaps > 0) parts.push(t('review.summary.gaps', n(gaps)));
    return parts.join(' ');
  };
}
