/**
 * One follow-up's result: what it shows that should be acted on, then per
 * indicator and breakdown the figures before and now (a chart and a table
 * of the same data) with the change of the difference between the groups in
 * words, then each measure as the user reported it, and their summary.
 * Every sentence is built from figures and names the user entered; where the
 * figures do not allow a computation, it says whose judgement is shown.
 */
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { GapChange, IndicatorOutcome } from '../../assessment/after/compute';
import { findingItem, type FindingItem, type FollowUpResult as Result } from '../../assessment/after/findings';
import type { FollowUp, GapTrend } from '../../assessment/after/follow-up';
import type { IndicatorRef, MeasureRef } from '../../assessment/after/refs';
import { longDate } from '../../i18n/dates';
import { formatNumber } from '../../i18n/result-params';
import { BeforeAfterChart } from './before-after-chart';
import { BeforeAfterTable } from './before-after-table';
import { FollowUpFindings } from './follow-up-findings';
import { breakdownLabel, languageOf, STATUS_TEXT } from './follow-up-texts';

interface Props {
  followUp: FollowUp;
  result: Result;
  indicators: IndicatorRef[];
  measures: MeasureRef[];
  /** What follows the summary: the addendum's download buttons. */
  children?: ReactNode;
}

const GAP_SENTENCE: Record<GapTrend, string> = {
  narrowed: 'followUp.result.gap.narrowed',
  stayed: 'followUp.result.gap.stayed',
  widened: 'followUp.result.gap.widened',
};

const JUDGED_SENTENCE: Record<GapTrend, string> = {
  narrowed: 'followUp.result.judged.narrowed',
  stayed: 'followUp.result.judged.stayed',
  widened: 'followUp.result.judged.widened',
};

/**
 * An indicator or a measure by what the user gave: its name; else its place in the assessment's list
 * ("Indikator 2", as the wizard numbers it); else that it is no longer in the assessment.
 */
function itemLabel(t: (key: string, options?: Record<string, unknown>) => string, kind: 'indicator' | 'measure', item: FindingItem): string {
  if (item.kind === 'named') return item.name;
  const keys = kind === 'indicator' ? (['followUpReport.unnamedIndicator', 'followUpReport.removedIndicator'] as const) : (['followUpReport.unnamedMeasure', 'followUpReport.removedMeasure'] as const);
  return item.kind === 'unnamed' ? t(keys[0], { number: item.number }) : t(keys[1]);
}

function Indicator({ outcome, entry, indicators }: { outcome: IndicatorOutcome; entry: FollowUp['indicators'][number]; indicators: IndicatorRef[] }) {
  const { t, i18n } = useTranslation();
  const lang = languageOf(i18n.language);
  const name = itemLabel(t, 'indicator', findingItem(indicators, entry.itemId, (r) => r.name));
  const label = (b: string) => breakdownLabel(t, (k) => i18n.exists(k), b);
  const withUnit = (n: number) => (entry.unit ? `${formatNumber(lang, n)} ${entry.unit}` : formatNumber(lang, n));
  const gapSentence = (c: GapChange) =>
    c.computed && c.gapBefore !== null && c.gapNow !== null
      ? t(GAP_SENTENCE[c.computed], { breakdown: label(c.breakdown).toLocaleLowerCase(lang), before: formatNumber(lang, c.gapBefore), now: withUnit(c.gapNow) })
      : t('followUp.result.gap.notComputed', { breakdown: label(c.breakdown).toLocaleLowerCase(lang) });
  return (
    <section className="follow-up-result__indicator" aria-labelledby={`fu-ind-${outcome.itemId}`}>
      <h3 id={`fu-ind-${outcome.itemId}`}>{name}</h3>
      {!outcome.measured ? (
        <p>{t('followUp.result.notMeasured')}</p>
      ) : (
        <>
          {entry.source && <p>{t('followUp.result.source', { source: entry.source })}</p>}
          {outcome.changes.map((c) => (
            <div className="follow-up-result__breakdown" key={c.breakdown}>
              <h4>{t('followUp.result.breakdown', { breakdown: label(c.breakdown) })}</h4>
              <p>{gapSentence(c)}</p>
              <BeforeAfterChart change={c} breakdown={label(c.breakdown).toLocaleLowerCase(lang)} unit={entry.unit} />
              <BeforeAfterTable
                change={c}
                caption={entry.unit ? t('followUp.table.captionUnit', { indicator: name, breakdown: label(c.breakdown).toLocaleLowerCase(lang), unit: entry.unit }) : t('followUp.table.caption', { indicator: name, breakdown: label(c.breakdown).toLocaleLowerCase(lang) })}
              />
            </div>
          ))}
        </>
      )}
      {outcome.judged && <p>{t(JUDGED_SENTENCE[outcome.judged])}</p>}
      {outcome.measured && outcome.basis === 'none' && <p>{t('followUp.result.noBasis')}</p>}
      {entry.note && <p className="follow-up-result__note">{t('followUp.result.note', { note: entry.note })}</p>}
    </section>
  );
}

export function FollowUpResultView({ followUp, result, indicators, measures, children }: Props) {
  const { t, i18n } = useTranslation();
  const lang = languageOf(i18n.language);
  return (
    <article className="follow-up-result" aria-labelledby="follow-up-result-title">
      <h2 id="follow-up-result-title">{t('followUp.result.heading', { date: longDate(followUp.date, lang) })}</h2>
      {followUp.summary && <p className="follow-up-result__summary">{followUp.summary}</p>}
      <FollowUpFindings findings={result.findings} />
      {result.indicators.length > 0 && <h2>{t('followUp.result.indicators')}</h2>}
      {result.indicators.map((outcome) => {
        const entry = followUp.indicators.find((e) => e.itemId === outcome.itemId);
        return entry && <Indicator key={outcome.itemId} outcome={outcome} entry={entry} indicators={indicators} />;
      })}
      {followUp.measures.length > 0 && (
        <>
          <h2>{t('followUp.result.measures')}</h2>
          <ul className="follow-up-result__measures">
            {followUp.measures.map((m) => (
              <li key={m.itemId}>
                <strong>{itemLabel(t, 'measure', findingItem(measures, m.itemId, (r) => r.what))}</strong>
                {': '}
                {m.status ? t(STATUS_TEXT[m.status]) : t('followUp.form.statusUnknown')}
                {m.cost && `. ${t('followUp.result.cost', { cost: m.cost })}`}
                {m.note && `. ${m.note}`}
              </li>
            ))}
          </ul>
        </>
      )}
      {children}
    </article>
  );
}
