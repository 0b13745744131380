/**
 * Before and now per category of one breakdown as a bar chart: two bars a
 * category, "before" hatched and outlined, "now" solid, each with its figure
 * written at its end, and a legend in words, so nothing rests on colour. The
 * picture is one image (role="img") named by a sentence that says every
 * figure; the table beside it (before-after-table.tsx) is the same data to
 * read and navigate.
 */
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { GapChange } from '../../assessment/after/compute';
import { formatNumber } from '../../i18n/result-params';
import { languageOf } from './follow-up-texts';
import './before-after-chart.css';

interface Props {
  change: GapChange;
  /** The breakdown's name (Kön, Område …). */
  breakdown: string;
  unit: string;
}

const WIDTH = 640;
const LABEL = 170;
const BAR = 16;
const GAP = 4;
const ROW = BAR * 2 + GAP + 18;
const TOP = 34;
const VALUE_ROOM = 70;

export function BeforeAfterChart({ change, breakdown, unit }: Props) {
  const { t, i18n } = useTranslation();
  const lang = languageOf(i18n.language);
  // useId gives characters that url(#…) would need escaped.
  const pattern = `hatch-${useId().replace(/[^a-zA-Z0-9]/g, '')}`;
  const values = change.rows.flatMap((r) => [r.baseline, r.now]).filter((v): v is number => v !== null);
  const max = Math.max(0, ...values) || 1;
  const scale = (v: number) => (Math.max(0, v) / max) * (WIDTH - LABEL - VALUE_ROOM);
  const figure = (v: number | null) => (v === null ? t('followUp.result.noFigure') : formatNumber(lang, v));
  const height = TOP + change.rows.length * ROW;
  const label = t('followUp.chart.label', {
    breakdown,
    unit: unit || t('followUp.chart.noUnit'),
    rows: change.rows.map((r) => t('followUp.chart.row', { category: r.category, before: figure(r.baseline), now: figure(r.now) })).join('; '),
  });
  const bar = (v: number | null, y: number, kind: 'before' | 'now') => (
    <g>
      {v !== null && (
        <rect
          x={LABEL}
          y={y}
          width={Math.max(scale(v), 1)}
          height={BAR}
          className={`before-after__bar before-after__bar--${kind}`}
          fill={kind === 'before' ? `url(#${pattern})` : undefined}
        />
      )}
      <text x={LABEL + (v === null ? 0 : scale(v)) + 6} y={y + BAR - 3} className="before-after__value">
        {`${kind === 'before' ? t('followUp.chart.before') : t('followUp.chart.now')} ${figure(v)}`}
      </text>
    </g>
  );
  return (
    // An SVG is the image here; an <img> could not hold the figures' text and pattern.
    // oxlint-disable-next-line jsx-a11y/prefer-tag-over-role
    <svg className="before-after" role="img" aria-label={label} viewBox={`0 0 ${WIDTH} ${height}`} width="100%" preserveAspectRatio="xMinYMin meet">
      <defs>
        <pattern id={pattern} width="6" height="6" patternUnits="userSpaceOnUse" patternTransform="rotate(45)">
          <rect width="6" height="6" className="before-after__hatch-ground" />
          <line x1="0" y1="0" x2="0" y2="6" className="before-after__hatch" />
        </pattern>
      </defs>
      <g className="before-after__legend">
        <rect x={0} y={6} width={BAR} height={BAR} fill={`url(#${pattern})`} className="before-after__bar before-after__bar--before" />
        <text x={BAR + 6} y={6 + BAR - 3}>
          {t('followUp.chart.legendBefore')}
        </text>
        <rect x={180} y={6} width={BAR} height={BAR} className="before-after__bar before-after__bar--now" />
        <text x={180 + BAR + 6} y={6 + BAR - 3}>
          {t('followUp.chart.legendNow')}
        </text>
      </g>
      {change.rows.map((r, i) => {
        const y = TOP + i * ROW;
        return (
          <g key={`${r.category}-${i}`}>
            <text x={0} y={y + BAR + GAP / 2 + 4} className="before-after__category">
              {r.category.length > 24 ? `${r.category.slice(0, 23)}…` : r.category}
            </text>
            {bar(r.baseline, y, 'before')}
            {bar(r.now, y + BAR + GAP, 'now')}
          </g>
        );
      })}
    </svg>
  );
}
