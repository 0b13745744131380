/**
 * What a follow-up shows that should be acted on, in words: each finding of
 * `followUpResult` as a sentence with the names and figures the user
 * entered (breakdowns by their names, figures in the reader's number
 * format, trends in words). Marked with a word as well as a heading, so
 * nothing rests on colour.
 */
import { useTranslation } from 'react-i18next';
import type { FindingItem, FollowUpFinding, FollowUpFindingCode } from '../../assessment/after/findings';
import type { GapTrend } from '../../assessment/after/follow-up';
import { formatNumber } from '../../i18n/result-params';
import { breakdownLabel, languageOf } from './follow-up-texts';

const FINDING_TEXT: Record<FollowUpFindingCode, string> = {
  'gap-widened': 'followUpFindings.gap-widened',
  'judgement-differs': 'followUpFindings.judgement-differs',
  'measure-not-done': 'followUpFindings.measure-not-done',
  'measure-partly': 'followUpFindings.measure-partly',
  'measure-unanswered': 'followUpFindings.measure-unanswered',
  'indicator-not-measured': 'followUpFindings.indicator-not-measured',
  'breakdown-missing': 'followUpFindings.breakdown-missing',
};

const FINDING_TREND: Record<GapTrend, string> = {
  narrowed: 'followUpFindings.trend.narrowed',
  stayed: 'followUpFindings.trend.stayed',
  widened: 'followUpFindings.trend.widened',
};

/** Words for a row without a name, or no longer in the assessment, by kind (written out for the content tests). */
const ITEM_TEXT = {
  indicator: { unnamed: 'followUpFindings.item.indicatorNumber', removed: 'followUpFindings.item.indicatorRemoved' },
  measure: { unnamed: 'followUpFindings.item.measureNumber', removed: 'followUpFindings.item.measureRemoved' },
} as const;

/** The sentence of one finding. */
export function useFindingText() {
  const { t, i18n } = useTranslation();
  const lang = languageOf(i18n.language);
  const itemName = (item: FindingItem, kind: 'indicator' | 'measure') =>
    item.kind === 'named' ? item.name : item.kind === 'unnamed' ? t(ITEM_TEXT[kind].unnamed, { number: item.number }) : t(ITEM_TEXT[kind].removed);
  return (finding: FollowUpFinding): string => {
    const p = finding.params;
    const trend = (v: string | number | undefined) => (typeof v === 'string' && v in FINDING_TREND ? t(FINDING_TREND[v as GapTrend]) : String(v ?? ''));
    // The name as the user gave it; a row without one by its place in the list, never an empty name.
    const kind = finding.code.startsWith('measure-') ? 'measure' : 'indicator';
    const name = itemName(finding.item, kind);
    const params = {
      ...p,
      [kind]: name,
      ...(p.breakdown !== undefined ? { breakdown: breakdownLabel(t, (k) => i18n.exists(k), String(p.breakdown)).toLocaleLowerCase(lang) } : {}),
      ...(typeof p.gapBefore === 'number' ? { gapBefore: formatNumber(lang, p.gapBefore) } : {}),
      ...(typeof p.gapNow === 'number' ? { gapNow: formatNumber(lang, p.gapNow) } : {}),
      ...(p.judged !== undefined ? { judged: trend(p.judged) } : {}),
      ...(p.computed !== undefined ? { computed: trend(p.computed) } : {}),
    };
    if (finding.code === 'gap-widened' && String(p.unit ?? '').trim()) return t('followUpFindings.gap-widened-unit', params);
    return t(FINDING_TEXT[finding.code], params);
  };
}

export function FollowUpFindings({ findings }: { findings: FollowUpFinding[] }) {
  const { t } = useTranslation();
  const text = useFindingText();
  return (
    <section className="follow-up-findings" aria-labelledby="follow-up-findings-title">
      <h2 id="follow-up-findings-title">{t('followUp.result.findings')}</h2>
      {findings.length === 0 ? (
        <p>{t('followUp.result.noFindings')}</p>
      ) : (
        <ul>
          {findings.map((f, i) => (
            // The same code may recur for the same item (one per breakdown): the position keeps keys apart.
            <li key={`${f.code}-${f.itemId}-${i}`} data-finding={f.code}>
              {text(f)}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
