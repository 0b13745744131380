/**
 * The consequence heat map: affected groups (rows) × consequence dimensions
 * (columns). It is an ordinary table whose every cell says the effect in
 * words ("Worse", "Don't know" …); the background colour only helps the eye,
 * and each colour keeps at least 4.5:1 contrast with the cell text. So the
 * table is its own text alternative.
 */
import type { AssessmentResult, HeatmapCell } from '../../assessment/result';
import { useResultText } from './result-text';

type Effect = 'much-worse' | 'worse' | 'none' | 'better' | 'much-better' | 'dont-know' | 'not-answered';
const BY_SCORE: Effect[] = ['much-worse', 'worse', 'none', 'better', 'much-better'];
/** A sign beside the word, so the scale also reads at a glance without colour. */
const SIGN: Record<Effect, string> = { 'much-worse': '−−', worse: '−', none: '0', better: '+', 'much-better': '++', 'dont-know': '?', 'not-answered': '' };

export function effectOf(cell: HeatmapCell | undefined): Effect {
  if (!cell) return 'not-answered';
  if (cell.value === null) return cell.option ? 'dont-know' : 'not-answered';
  return BY_SCORE[Math.min(4, Math.max(0, Math.round(cell.value) + 2))]!;
}

export function Heatmap({ heatmap }: { heatmap: AssessmentResult['heatmap'] }) {
  const { t } = useResultText();
  const caption = t('results.heatmap.caption');
  const cells = new Map(heatmap.cells.map((c) => [`${c.groupId}\u0000${c.dimension}`, c]));
  // Groups, but no consequences asked per group on the branch taken (a self-audit, a light analysis): no matrix, and no "no groups" either.
  if (heatmap.groups.length > 0 && heatmap.dimensions.length === 0) return null;

  return (
    <section className="result-section" aria-labelledby="result-heatmap">
      <h2 id="result-heatmap">{t('results.heatmap.heading')}</h2>
      {heatmap.groups.length === 0 || heatmap.dimensions.length === 0 ? (
        <p>{t('results.heatmap.empty')}</p>
      ) : (
        <>
          <p>{t('results.heatmap.intro')}</p>
          <section className="table-scroll" aria-label={caption} tabIndex={0}>
            <table className="result-table heatmap">
              <caption>{caption}</caption>
              <thead>
                <tr>
                  <th scope="col">{t('results.heatmap.groupColumn')}</th>
                  {heatmap.dimensions.map((d) => (
                    <th key={d} scope="col">
                      {t(`content:questions.${d}.label`)}
                    </th>
                  ))}
                </tr>
              </thead>
              <tbody>
                {heatmap.groups.map((g) => (
                  <tr key={g.id}>
                    <th scope="row">{g.title}</th>
                    {heatmap.dimensions.map((d) => {
                      const effect = effectOf(cells.get(`${g.id}\u0000${d}`));
                      return (
                        <td key={d} className={`heat heat--${effect}`}>
                          {SIGN[effect] && <span aria-hidden="true">{SIGN[effect]} </span>}
                          {t(`results.effect.${effect}`)}
                        </td>
                      );
                    })}
                  </tr>
                ))}
              </tbody>
            </table>
          </section>
        </>
      )}
    </section>
  );
}
