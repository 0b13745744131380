/**
 * Effects per group: affected groups (rows) × consequence questions
 * (columns). Column headings are the questions' short labels from the
 * content files; the full question is in the legend under the table and
 * appears beside a heading when it is focused or hovered (Escape hides it).
 * Every cell says the effect in words beside a sign (−−, −, 0, +, ++, ?), so
 * the colour only helps the eye, and each colour keeps 4.5:1 with its text.
 *
 * The table fits its column at 1280 px (headings and cells wrap instead of
 * setting a minimum width); where the results column is too narrow for it
 * (a phone, a zoomed page), a container query shows the same content as
 * one card per group with "label: value" lines instead.
 */
import { useId, useState } from 'react';
import type { AssessmentResult, HeatmapCell } from '../../assessment/result';
import { useResultText } from './result-text';
import './heatmap.css';

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
  const id = useId();
  const caption = t('results.heatmap.caption');
  const cells = new Map(heatmap.cells.map((c) => [`${c.groupId}\u0000${c.dimension}`, c]));
  // Groups, but no consequences asked per group on the branch taken (a self-audit, a light analysis): no matrix, and no "no groups" either.
  if (heatmap.groups.length > 0 && heatmap.dimensions.length === 0) return null;
  const columns = heatmap.dimensions.map((d, i) => {
    const label = t(`content:questions.${d}.label`);
    return { id: d, label, short: t(`content:questions.${d}.short`, { defaultValue: label }), legendId: `${id}-q${i}` };
  });
  const effect = (groupId: string, dimension: string) => effectOf(cells.get(`${groupId}\u0000${dimension}`));

  return (
    <section className="result-section effects" aria-labelledby="result-heatmap">
      <h2 id="result-heatmap">{t('results.heatmap.heading')}</h2>
      {heatmap.groups.length === 0 || heatmap.dimensions.length === 0 ? (
        <p>{t('results.heatmap.empty')}</p>
      ) : (
        <>
          <p>{t('results.heatmap.intro')}</p>
          <div className="effects__wide">
            <table className="result-table effects__table">
              <caption>{caption}</caption>
              <thead>
                <tr>
                  <th scope="col">{t('results.heatmap.groupColumn')}</th>
                  {columns.map((c) => (
                    <th key={c.id} scope="col">
                      <ColumnHeading short={c.short} full={c.label} legendId={c.legendId} />
                    </th>
                  ))}
                </tr>
              </thead>
              <tbody>
                {heatmap.groups.map((g) => (
                  <tr key={g.id}>
                    <th scope="row">{g.title}</th>
                    {columns.map((c) => (
                      <EffectCell key={c.id} effect={effect(g.id, c.id)} as="td" />
                    ))}
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
          {/* The same matrix for a narrow column: one card per group, one line per question. */}
          <ul className="effects__cards" aria-label={caption}>
            {heatmap.groups.map((g) => (
              <li key={g.id} className="effects__card">
                <p className="effects__card-title">{g.title}</p>
                <dl>
                  {columns.map((c) => (
                    <div key={c.id} className="effects__line">
                      <dt>{c.short}:</dt>
                      <EffectCell effect={effect(g.id, c.id)} as="dd" />
                    </div>
                  ))}
                </dl>
              </li>
            ))}
          </ul>
          <h3 className="effects__legend-heading">{t('results.heatmap.legendHeading')}</h3>
          <dl className="effects__legend">
            {columns.map((c) => (
              <div key={c.id} id={c.legendId}>
                <dt>{c.short}</dt>
                <dd>{c.label}</dd>
              </div>
            ))}
          </dl>
        </>
      )}
    </section>
  );
}

function EffectCell({ effect, as: Tag }: { effect: Effect; as: 'td' | 'dd' }) {
  const { t } = useResultText();
  return (
    <Tag className={`heat heat--${effect}`}>
      {SIGN[effect] && <span aria-hidden="true">{SIGN[effect]} </span>}
      {t(`results.effect.${effect}`)}
    </Tag>
  );
}

/**
 * A short column heading that shows its whole question while focused or
 * hovered (a button, so keyboard users reach it; pressing it or Escape hides
 * the question again). The question is also its description, read with the
 * heading, and stands in the legend, so the pop-up is a convenience, never
 * the only way to the words.
 */
function ColumnHeading({ short, full, legendId }: { short: string; full: string; legendId: string }) {
  const [dismissed, setDismissed] = useState(false);
  return (
    <button
      type="button"
      className={`effects__head${dismissed ? ' effects__head--dismissed' : ''}`}
      aria-describedby={legendId}
      onClick={() => setDismissed(!dismissed)}
      onKeyDown={(e) => {
        if (e.key === 'Escape') setDismissed(true);
      }}
      onBlur={() => setDismissed(false)}
      onMouseLeave={() => setDismissed(false)}
    >
      {short}
      <span className="effects__tip" aria-hidden="true">
        {full}
      </span>
    </button>
  );
}
