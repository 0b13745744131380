/**
 * Knowledge gaps: every question answered "don't know". Not knowing is a
 * legitimate answer, but it must be visible in the decision documents, so
 * each gap names its question, its step and (for a per-group question) the
 * group, and offers the step where the answer can be filled in.
 */
import type { KnowledgeGap } from '../../assessment/result';
import { FixButton } from './fix-button';
import { useResultText } from './result-text';

interface Props {
  gaps: KnowledgeGap[];
  /** Item titles by id (the affected groups), to say which group a gap concerns. */
  itemTitles: Map<string, string>;
  stepIds: string[];
  onFix: (stepId: string) => void;
}

export function GapsList({ gaps, itemTitles, stepIds, onFix }: Props) {
  const text = useResultText();
  const { t } = text;
  return (
    <section className="result-section" aria-labelledby="result-gaps">
      <h2 id="result-gaps">{t('results.gapsHeading')}</h2>
      {gaps.length === 0 ? (
        <p className="notice">{t('results.gapsEmpty')}</p>
      ) : (
        <>
          <p>{t('results.gapsIntro')}</p>
          <ul className="result-gaps">
            {gaps.map(({ ref }, i) => {
              const label = text.refLabel(ref);
              const item = ref.itemId ? itemTitles.get(ref.itemId) : undefined;
              return (
                <li key={`${ref.questionId}:${ref.itemId ?? ''}:${i}`} className="result-gap">
                  <p className="result-gap__title">{label}</p>
                  <p className="result-gap__meta">
                    {t('results.gapStep', { step: text.stepTitle(ref.stepId) })}
                    {item !== undefined && (
                      <>
                        <br />
                        {t('results.gapItem', { item })}
                      </>
                    )}
                  </p>
                  {stepIds.includes(ref.stepId) && <FixButton stepId={ref.stepId} onFix={onFix} context={item ? `${label} (${item})` : label} />}
                </li>
              );
            })}
          </ul>
        </>
      )}
    </section>
  );
}
