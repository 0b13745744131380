/**
 * The check against the five recommendations, the list of all findings and
 * the known serious gaps the assessment was completed with, in the HTML
 * report, worded as in the PDF (sections/check.tsx, sections/findings.tsx)
 * and on the results page.
 */
import type { AssessmentResult, Finding, RecommendationResult } from '../../assessment/result';
import { cappedText, checkNotApplicable, differencesHeading, shareText, differences, findingAdvice, findingKicker, findingLine, findingsOf, knownGapsData, otherReasons, recommendationHeading, suggestions, type SectionCtx } from '../section-data';
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
  const capped = cappedText(ctx, rec);
  const reasons = otherReasons(rec);
  const differ = differences(ctx, rec);
  return (
    <div className="recommendation">
      <h3>{recommendationHeading(ctx, rec)}</h3>
      <p className={`status status--${rec.status}`}>{`${t('results.statusLabel')} ${w.status(rec.status)}`}</p>
      {rec.share !== null && <p className="muted">{shareText(ctx, rec.share)}</p>}
      {capped && <p className="capped">{capped}</p>}
      {reasons.length > 0 && (
        <>
          <h4>{t('results.reasonsHeading')}</h4>
          <Bullets items={reasons.map((r) => w.reason(r))} />
        </>
      )}
      {differ.length > 0 && (
        <>
          <h4>{differencesHeading(ctx, differ.length)}</h4>
          <ul className="differences">
            {differ.map((d) => (
              <li key={d.id}>
                <p className="bold">{d.criterion}</p>
                <p className="muted">{d.claim}</p>
                {d.why.map((line, i) => (
                  <p key={i}>{line}</p>
                ))}
              </li>
            ))}
          </ul>
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
          <Bullets items={findings.map((f) => findingLine(ctx, f))} />
        </>
      )}
    </div>
  );
}

/** What can be done about a finding: one paragraph, or a lead and a list. */
function Advice({ items, lead }: { items: string[]; lead: string }) {
  if (items.length === 1) return <p>{items[0]}</p>;
  return (
    <>
      <p>{lead}</p>
      <Bullets items={items} />
    </>
  );
}

/**
 * The assessment was completed although serious findings were still open:
 * a section that says so, quotes the user's reason and lists those findings.
 * Nothing when it was not.
 */
export function KnownGaps({ ctx, result }: { ctx: SectionCtx; result: AssessmentResult }) {
  const data = knownGapsData(ctx, result);
  if (!data) return null;
  return (
    <Section title={ctx.t('report.sections.knownGaps')}>
      <p>{data.intro}</p>
      <p className="bold">{data.reasonLabel}</p>
      <blockquote>
        <p>{data.reason}</p>
      </blockquote>
      {data.findings.length > 0 && <Bullets items={data.findings} />}
    </Section>
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
                <Advice items={findingAdvice(ctx, f)} lead={t('results.card.suggestionsLead')} />
              </li>
            ))}
          </ul>
        </>
      )}
    </Section>
  );
}
