/**
 * Coverage per recommendation as a horizontal bar chart (HTML labels, each
 * bar a small SVG), with a real table as its text alternative. The bars' x
 * positions are percentages of the SVG's width, and the SVG has no viewBox,
 * so the bars follow the page's width while the text keeps its size
 * (readable at 320 px, and it grows with the user's font size instead of
 * shrinking with the picture).
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

const BAR = 20;
/** The bar's top inside its SVG: room for the 0 % mark, which stands out above and below. */
const BAR_Y = 4;
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
      {/* One picture with a name is the accessible pattern for a chart. Its labels are HTML, so a long name wraps
          at 320 px and in presenter view's large type (SVG text cannot wrap); each bar is a small SVG. */}
      {/* oxlint-disable-next-line jsx-a11y/prefer-tag-over-role */}
      <div role="img" className="coverage" aria-label={t('results.coverage.chartLabel', { list: rows.map((r) => `${r.name}: ${r.value}`).join('; ') })}>
        {rows.map(({ rec, kind, name, value }) => (
          <div key={rec.id} className="coverage__row" data-bar={kind}>
            <p className="coverage__label">{name}</p>
            <svg className="coverage__bars" width="100%" height={BAR + 8} aria-hidden="true" focusable="false">
              {kind === 'none' ? (
                // Nothing counted: a dashed, hatched track that says so in words, never a bar of zero.
                <>
                  <defs>
                    <pattern id={`${patternId}-${rec.id}`} width="8" height="8" patternUnits="userSpaceOnUse" patternTransform="rotate(45)">
                      <line x1="0" y1="0" x2="0" y2="8" className="coverage__hatch" />
                    </pattern>
                  </defs>
                  <rect x="0" y={BAR_Y} width={`${TRACK}%`} height={BAR} className="coverage__none" fill={`url(#${patternId}-${rec.id})`} />
                  <text x="8" y={BAR_Y + 15} className="coverage__empty">
                    {value}
                  </text>
                </>
              ) : (
                <>
                  <rect x="0" y={BAR_Y} width={`${TRACK}%`} height={BAR} className="coverage__track" />
                  {kind === 'zero' ? (
                    // 0 %: counted, none met. A thin mark at the start, so the bar does not look like "nothing counted".
                    <rect x="0" y={BAR_Y - 3} width="3" height={BAR + 6} className="coverage__zero" />
                  ) : (
                    <rect x="0" y={BAR_Y} width={`${(TRACK * Math.min(1, Math.max(0, rec.share!))).toFixed(2)}%`} height={BAR} className="coverage__bar" />
                  )}
                  <text x={`${TRACK + 2}%`} y={BAR_Y + 15} className="coverage__value">
                    {value}
                  </text>
                </>
              )}
            </svg>
          </div>
        ))}
      </div>
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
