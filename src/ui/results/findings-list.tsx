/**
 * The findings: concrete problems in the answers, most serious first (the
 * result is already sorted). Each says how serious it is in words and with
 * an icon shape, every recommendation it concerns, what can be done (its own
 * suggestions when it has them), and offers the step that fixes it. The
 * results page gives the list its heading (a folded part, src/ui/results/fold.tsx).
 */
import type { Finding } from '../../assessment/result';
import { FixButton } from './fix-button';
import { useResultText } from './result-text';
import { SeverityBadge } from './status-badge';

interface Props {
  findings: Finding[];
  stepIds: string[];
  onFix: (stepId: string) => void;
}

export function FindingsList({ findings, stepIds, onFix }: Props) {
  const text = useResultText();
  const { t } = text;
  return (
    <>
      {findings.length === 0 ? (
        <p className="notice">{t('results.findingsEmpty')}</p>
      ) : (
        <>
          <p>{t('results.findingsIntro', { count: findings.length })}</p>
          <ol className="result-items">
            {findings.map((f) => {
              const title = text.findingTitle(f);
              const concerns = text.findingConcerns(f);
              const suggestions = text.findingSuggestions(f);
              return (
                <li key={f.id} className={`result-item result-item--${f.severity}`}>
                  <SeverityBadge severity={f.severity} />
                  <h3 className="result-item__title">{title}</h3>
                  {concerns && <p className="result-item__meta">{concerns}</p>}
                  {suggestions.length === 1 ? (
                    <p>{suggestions[0]}</p>
                  ) : (
                    <>
                      <p>{t('results.card.suggestionsLead')}</p>
                      <ul className="result-list">
                        {suggestions.map((s, i) => (
                          <li key={i}>{s}</li>
                        ))}
                      </ul>
                    </>
                  )}
                  {stepIds.includes(f.stepId) && <FixButton stepId={f.stepId} onFix={onFix} context={title} />}
                </li>
              );
            })}
          </ol>
        </>
      )}
    </>
  );
}
