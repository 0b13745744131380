/**
 * The check against the five recommendations and the list of all findings,
 * in the HTML report, worded as in the PDF (sections/check.tsx,
 * sections/findings.tsx) and on the results page.
 */
import type { AssessmentResult, Finding, RecommendationResult } from '../../assessment/result';
import { checkNotApplicable, findingKicker, findingsOf, recommendationHeading, suggestions, type SectionCtx } from '../section-data';
import { criteriaTable } from '../tables';
import { Bullets, Empty, Section, Table } from './parts';

export function Check({ ctx, result }: { ctx: SectionCtx; result: AssessmentResult }) {
  const { t } = ctx;
  const notApplicable = checkNotApplicable(result);
  return (
    <Section title={t('report.sections.check')}>
      {notApplicable ? (
        <Empty>{ctx.w.reason(notApplicable)}</Empty>
      ) : (
        <>
          <p className="muted">{t('results.provenance')}</p>
          {result.recommendations.map((rec) => (
            <Recommendation key={rec.id} ctx={ctx} rec={rec} findings={findingsOf(result, rec)} />
          ))}
        </>
      )}
    </Section>
  );
}

function Recommendation({ ctx, rec, findings }: { ctx: SectionCtx; rec: RecommendationResult; findings: Finding[] }) {
  const { t, w } = ctx;
  const todo = suggestions(ctx, rec, findings);
  return (
    <div className="recommendation">
      <h3>{recommendationHeading(ctx, rec)}</h3>
      <p className={`status status--${rec.status}`}>{`${t('results.statusLabel')} ${w.status(rec.status)}`}</p>
      {rec.share !== null && <p className="muted">{t('results.share', { percent: w.percent(rec.share) })}</p>}
      {rec.reasons.length > 0 && (
        <>
          <h4>{t('results.reasonsHeading')}</h4>
          <Bullets items={rec.reasons.map((r) => w.reason(r))} />
        </>
      )}
      {rec.criteria.length > 0 && <Table caption={t('htmlReport.caption.criteria', { number: Number(rec.id.slice(1)) })} data={criteriaTable(ctx, rec)} />}
      {todo.length > 0 && (
        <>
          <h4>{t('results.suggestionsHeading')}</h4>
          <Bullets items={todo} />
        </>
      )}
      {findings.length > 0 && (
        <>
          <h4>{t('report.check.findings')}</h4>
          <Bullets items={findings.map((f) => `${w.severity(f.severity)}: ${w.findingTitle(f)}`)} />
        </>
      )}
    </div>
  );
}

/** Every finding, most serious first: how serious and what it concerns, what, what can be done. */
export function Findings({ ctx, findings }: { ctx: SectionCtx; findings: Finding[] }) {
  const { t, w } = ctx;
  return (
    <Section title={t('results.findingsHeading')}>
      {findings.length === 0 ? (
        <Empty>{t('results.findingsEmpty')}</Empty>
      ) : (
        <>
          <p>{t('results.findingsIntro', { count: findings.length })}</p>
          <ul className="findings">
            {findings.map((f) => (
              <li key={f.id} className={`finding finding--${f.severity}`}>
                <p className={`severity severity--${f.severity}`}>{findingKicker(ctx, f)}</p>
                <p className="bold">{w.findingTitle(f)}</p>
                <p>{w.findingSuggestion(f)}</p>
              </li>
            ))}
          </ul>
        </>
      )}
    </Section>
  );
}
