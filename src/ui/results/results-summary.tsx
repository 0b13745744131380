/**
 * The top of the results page, meant to fit one screen: the user's own
 * overall judgement (and, where the answers stand against it, the tool's
 * view in words), how many serious problems are open, the five statuses, and
 * the three things to do first, each with the step that does it. Everything
 * here is read from the result; nothing is worked out again.
 */
import type { AssessmentResult } from '../../assessment/result';
import { FixButton } from './fix-button';
import { useResultText } from './result-text';
import { StatusBadge } from './status-badge';
import { SeverityIcon } from './status-icon';
import { topActions } from './top-actions';
import './results-summary.css';

interface Props {
  result: AssessmentResult;
  stepIds: string[];
  onFix: (stepId: string) => void;
}

export function ResultsSummary({ result, stepIds, onFix }: Props) {
  const text = useResultText();
  const { t } = text;
  const serious = result.openSerious.length;
  const actions = topActions(result.findings, text.findingSuggestions);

  return (
    <section className="results-summary" aria-labelledby="result-summary">
      <h2 id="result-summary" className="visually-hidden">
        {t('results.summary.heading')}
      </h2>
      <div className="results-summary__top">
        {result.judgement && <Judgement result={result} stepIds={stepIds} onFix={onFix} />}
        <div className="results-summary__box">
          <h3>{t('results.summary.seriousHeading')}</h3>
          <p className={`results-summary__serious${serious ? ' results-summary__serious--open' : ''}`}>
            {serious > 0 && <SeverityIcon severity="high" />}
            <span>{serious ? t('results.summary.serious', { count: serious }) : t('results.summary.noSerious')}</span>
          </p>
        </div>
      </div>

      <h3>{t('results.summary.statusesHeading')}</h3>
      <ol className="results-summary__statuses">
        {result.recommendations.map((rec) => (
          <li key={rec.id}>
            <span className="results-summary__rec">
              {Number(rec.id.slice(1))}. {t(`content:recommendations.${rec.id}.short`)}
            </span>
            <StatusBadge status={rec.status} />
          </li>
        ))}
      </ol>

      <h3>{t('results.summary.actionsHeading')}</h3>
      {actions.length === 0 ? (
        <p>{t('results.summary.actionsNone')}</p>
      ) : (
        <ol className="results-summary__actions">
          {actions.map(({ finding, text: action }) => (
            <li key={finding.id}>
              <p>{action}</p>
              {stepIds.includes(finding.stepId) && <FixButton stepId={finding.stepId} onFix={onFix} context={text.findingTitle(finding)} />}
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}

/** The user's judgement in their own option's words, and the tool's view when the answers stand against it. */
function Judgement({ result, stepIds, onFix }: Props) {
  const { t } = useResultText();
  const judgement = result.judgement!;
  const { ref, against } = judgement;
  const heading = t('results.summary.judgementHeading');
  return (
    <div className="results-summary__box results-summary__judgement">
      <h3>{heading}</h3>
      {ref.value ? (
        <p className="results-summary__value">{t(`content:options.${ref.questionId}.${ref.value}`)}</p>
      ) : (
        <>
          <p className="results-summary__value">{t('results.summary.noJudgement')}</p>
          {stepIds.includes(ref.stepId) && <FixButton stepId={ref.stepId} onFix={onFix} context={heading} />}
        </>
      )}
      {against.length > 0 && (
        <p className="results-summary__differs">
          <SeverityIcon severity="high" />
          <span>{t('results.summary.against', { count: against.length })}</span>
        </p>
      )}
    </div>
  );
}
