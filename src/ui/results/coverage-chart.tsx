/**
 * Coverage per recommendation as a horizontal bar chart in plain SVG, with a
 * real table as its text alternative. The bars' x positions are percentages
 * of the SVG's width, and the SVG has no viewBox, so the bars follow the
 * page's width while the text keeps its size (readable at 320 px, and it
 * grows with the user's font size instead of shrinking with the picture).
 *
 * Two empty-looking bars mean different things and are drawn differently,
 * as the legend under the heading says: 0 % (criteria were counted, none
 * met) is a thin mark at the start with "0 %" beside it; nothing counted
 * (every criterion not relevant, or nothing answered) is a dashed, hatched
 * track with the words "nothing to count" in it.
 */
import type { RecommendationResult } from '../../assessment/result';
import { useResultText } from './result-text';
import './coverage-chart.css';

const ROW = 56;
const BAR = 20;
/** The bar track's share of the width; the rest holds the value. */
const TRACK = 78;

/** How a bar is drawn: a share (0 included) or nothing counted. */
export type BarKind = 'share' | 'zero' | 'none';
export const barKind = (share: number | null): BarKind => (share === null ? 'none' : share <= 0 ? 'zero' : 'share');

export function CoverageChart({ recommendations }: { recommendations: RecommendationResult[] }) {
  const text = useResultText();
  const { t } = text;
  const rows = recommendations.map((rec) => ({
    rec,
    kind: barKind(rec.share),
    name: `${Number(rec.id.slice(1))}. ${t(`content:recommendations.${rec.id}.short`)}`,
    value: rec.share === null ? `${t(`results.status.${rec.status}`)}: ${t('results.coverage.nothingCounted')}` : text.percent(rec.share),
  }));
  const caption = t('results.coverage.caption');
  const patternId = 'coverage-none';

  return (
    <section className="result-section" aria-labelledby="result-coverage">
      <h2 id="result-coverage">{t('results.coverage.heading')}</h2>
      <p>{t('results.coverage.intro')}</p>
      {/* An SVG with role="img" and a name is the accessible pattern for a chart; an <img> could not be styled by the page. */}
      {/* oxlint-disable-next-line jsx-a11y/prefer-tag-over-role */}
      <svg role="img"
        className="coverage"
        aria-label={t('results.coverage.chartLabel', { list: rows.map((r) => `${r.name}: ${r.value}`).join('; ') })}
        width="100%"
        height={rows.length * ROW}
      >
        <defs>
          <pattern id={patternId} width="8" height="8" patternUnits="userSpaceOnUse" patternTransform="rotate(45)">
            <line x1="0" y1="0" x2="0" y2="8" className="coverage__hatch" />
          </pattern>
        </defs>
        {rows.map(({ rec, kind, name, value }, i) => {
          const top = i * ROW;
          const barY = top + 24;
          return (
            <g key={rec.id} data-bar={kind}>
              <text x="0" y={top + 16} className="coverage__label">
                {name}
              </text>
              {kind === 'none' ? (
                // Nothing counted: a dashed, hatched track that says so in words, never a bar of zero.
                <>
                  <rect x="0" y={barY} width={`${TRACK}%`} height={BAR} className="coverage__none" fill={`url(#${patternId})`} />
                  <text x="8" y={barY + 15} className="coverage__empty">
                    {value}
                  </text>
                </>
              ) : (
                <>
                  <rect x="0" y={barY} width={`${TRACK}%`} height={BAR} className="coverage__track" />
                  {kind === 'zero' ? (
                    // 0 %: counted, none met. A thin mark at the start, so the bar does not look like "nothing counted".
                    <rect x="0" y={barY - 3} width="3" height={BAR + 6} className="coverage__zero" />
                  ) : (
                    <rect x="0" y={barY} width={`${(TRACK * Math.min(1, Math.max(0, rec.share!))).toFixed(2)}%`} height={BAR} className="coverage__bar" />
                  )}
                  <text x={`${TRACK + 2}%`} y={barY + 15} className="coverage__value">
                    {value}
                  </text>
                </>
              )}
            </g>
          );
        })}
      </svg>
      <details className="result-table-toggle">
        <summary>{t('results.coverage.showTable')}</summary>
        <section className="table-scroll" aria-label={caption} tabIndex={0}>
          <table className="result-table">
            <caption>{caption}</caption>
            <thead>
              <tr>
                <th scope="col">{t('results.coverage.recommendationColumn')}</th>
                <th scope="col">{t('results.coverage.statusColumn')}</th>
                <th scope="col">{t('results.coverage.shareColumn')}</th>
              </tr>
            </thead>
            <tbody>
              {rows.map(({ rec, name }) => (
                <tr key={rec.id}>
                  <th scope="row">{name}</th>
                  <td>{t(`results.status.${rec.status}`)}</td>
                  <td>{rec.share === null ? t('results.coverage.noShare') : text.percent(rec.share)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </section>
      </details>
    </section>
  );
}
