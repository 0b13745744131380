/**
 * Each workshop group's consequence rating for each affected group, as a
 * compact matrix (rows as on the affected groups part), and in a fold the
 * effects by dimension that stand behind a rating. A row where the groups
 * rated differently is marked in words.
 */
import { useTranslation } from 'react-i18next';
import type { AffectedRow, Comparison, GroupCell } from '../../assessment/comparison';
import { ColumnHeads, DiffersMark, useQuestionLabel } from './cells';

/** A sign beside the effect's word (as on the results page), so the scale reads at a glance. */
const SIGN: Record<string, string> = { 'much-worse': '−−', worse: '−', none: '0', better: '+', 'much-better': '++', 'dont-know': '?' };

/** One column's ratings on a row: one word, or each member's name with its word when a column has merged items. */
function Ratings({ cell }: { cell: GroupCell }) {
  const { t } = useTranslation();
  if (!cell.members.length) return <span className="compare__none">{t('compare.notNamed')}</span>;
  const words = cell.ratingKeys.map((key) => (key ? t(`content:${key}`) : t('compare.unanswered')));
  if (words.length === 1) return <>{words[0]}</>;
  return (
    <ul className="compare__cell-list">
      {cell.members.map((m, i) => (
        <li key={m.key}>
          {m.name}: {words[i]}
        </li>
      ))}
    </ul>
  );
}

/** The effects a column gave on a row, dimension by dimension, leaving out the dimensions it did not answer. */
function Effects({ cell, dimensions }: { cell: GroupCell; dimensions: string[] }) {
  const { t } = useTranslation();
  const label = useQuestionLabel();
  if (!cell.members.length) return <span className="compare__none">{t('compare.notNamed')}</span>;
  const lines = cell.effects.flatMap((effects, m) =>
    effects.flatMap((effect, d) =>
      effect ? [`${cell.members.length > 1 ? `${cell.members[m]!.name}, ` : ''}${label(dimensions[d]!)}: ${SIGN[effect] ?? ''} ${t(`results.effect.${effect}`, { defaultValue: effect })}`] : [],
    ),
  );
  if (!lines.length) return <span className="compare__none">{t('compare.unanswered')}</span>;
  return (
    <ul className="compare__cell-list">
      {lines.map((line, i) => (
        <li key={i}>{line}</li>
      ))}
    </ul>
  );
}

const rowKey = (row: AffectedRow) => row.cells.map((cell) => cell.members.map((m) => m.key).join()).join('|');

export function ConsequencesTable({ comparison: c, labelledBy }: { comparison: Comparison; labelledBy: string }) {
  const { t } = useTranslation();
  const { rows, dimensions } = c.parts.affected;
  return (
    <>
      <table className="result-table compare__table" aria-labelledby={labelledBy} data-testid="compare-consequences">
        <ColumnHeads first={t('compare.affectedGroup')} columns={c.columns} />
        <tbody>
          {rows.map((row) => (
            <tr key={rowKey(row)} className={row.differs ? 'compare__row--differs' : undefined}>
              <th scope="row">
                {row.label}
                {row.differs && <DiffersMark />}
              </th>
              {row.cells.map((cell, i) => (
                <td key={i}>
                  <Ratings cell={cell} />
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
      {dimensions.length > 0 && (
        <details className="compare__fold">
          <summary>{t('compare.effects')}</summary>
          <table className="result-table compare__table compare__table--small" data-testid="compare-effects">
            <caption className="visually-hidden">{t('compare.effects')}</caption>
            <ColumnHeads first={t('compare.affectedGroup')} columns={c.columns} />
            <tbody>
              {rows.map((row) => (
                <tr key={rowKey(row)}>
                  <th scope="row">{row.label}</th>
                  {row.cells.map((cell, i) => (
                    <td key={i}>
                      <Effects cell={cell} dimensions={dimensions} />
                    </td>
                  ))}
                </tr>
              ))}
            </tbody>
          </table>
        </details>
      )}
    </>
  );
}
