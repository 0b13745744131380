/**
 * Knowledge gaps, one card per task: per affected group (or measure,
 * indicator … named by its noun and place, "Åtgärd 2: Utökade öppettider"),
 * then per step for the questions asked once. Each card lists its unknown
 * questions by their short labels and offers ONE action: find out, and go to
 * the step where the answers are filled in. Not knowing is a legitimate
 * answer, but it must be visible in the decision documents.
 */
import { groupGaps, type GapGroup } from '../../assessment/knowledge-gaps';
import type { KnowledgeGap } from '../../assessment/result';
import { FixButton } from './fix-button';
import { isCriterionId, useResultText, type ResultText } from './result-text';
import './gaps-list.css';

interface Props {
  gaps: KnowledgeGap[];
  stepIds: string[];
  onFix: (stepId: string) => void;
}

export function GapsList({ gaps, stepIds, onFix }: Props) {
  const { t } = useResultText();
  const groups = groupGaps(gaps);
  return (
    <section className="result-section" aria-labelledby="result-gaps">
      <h2 id="result-gaps">{t('results.gapsHeading')}</h2>
      {gaps.length === 0 ? (
        <p className="notice">{t('results.gapsEmpty')}</p>
      ) : (
        <>
          <p>{t('results.gapsIntro')}</p>
          <ul className="result-gaps result-gaps--grouped">
            {groups.map((group) => (
              <GapCard key={group.key} group={group} stepIds={stepIds} onFix={onFix} />
            ))}
          </ul>
        </>
      )}
    </section>
  );
}

function GapCard({ group, stepIds, onFix }: { group: GapGroup; stepIds: string[]; onFix: (stepId: string) => void }) {
  const text = useResultText();
  const { t } = text;
  const title = group.item ? itemName(t, group.item) : text.stepTitle(group.stepId);
  // A criterion has no short label; a question's short label stands in a list this short, its label otherwise.
  const label = (gap: KnowledgeGap) =>
    isCriterionId(gap.ref.questionId) ? text.refLabel(gap.ref) : t(`content:questions.${gap.ref.questionId}.short`, { defaultValue: text.refLabel(gap.ref) });
  return (
    <li className="result-gap">
      <p className="result-gap__title">{title}</p>
      {group.item && <p className="result-gap__meta">{t('results.gapStep', { step: text.stepTitle(group.stepId) })}</p>}
      <p className="result-gap__lead">{t('results.gapCount', { count: group.gaps.length })}</p>
      <ul className="result-gap__list">
        {group.gaps.map((gap, i) => (
          <li key={`${gap.ref.questionId}:${i}`}>{label(gap)}</li>
        ))}
      </ul>
      <p className="result-gap__action">{group.item ? t('results.gapAction', { item: title }) : t('results.gapActionStep')}</p>
      {stepIds.includes(group.stepId) && <FixButton stepId={group.stepId} onFix={onFix} context={title} />}
    </li>
  );
}

/** "Åtgärd 2: Utökade öppettider"; the noun and number alone when the item has no name. */
function itemName(t: ResultText['t'], item: NonNullable<GapGroup['item']>): string {
  const noun = t(`content:questions.${item.groupId}.itemTitle`, { number: item.index + 1 });
  return item.title ? t('results.gapItemName', { item: noun, title: item.title }) : noun;
}
