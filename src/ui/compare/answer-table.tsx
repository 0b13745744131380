/**
 * A part of the debrief made of answer rows (the screening, the children's
 * questions, the recommendations, the overall judgement): a real table with
 * a row header per question and a column per workshop group, each row where
 * the groups differ marked in words.
 */
import { useTranslation } from 'react-i18next';
import type { Comparison, CompareRow } from '../../assessment/comparison';
import { CellView, ColumnHeads, DiffersMark, useQuestionLabel } from './cells';

interface Props {
  comparison: Comparison;
  rows: CompareRow[];
  /** The first column's header ("Question", "Recommendation"). */
  first: string;
  labelledBy: string;
  testId: string;
}

/** A row no group was asked (every screening skipped it) says nothing and takes a projected line: left out. */
const saysSomething = (row: CompareRow) => row.cells.some((cell) => cell.kind !== 'not-asked');

export function AnswerTable({ comparison: c, rows, first, labelledBy, testId }: Props) {
  const { t } = useTranslation();
  const label = useQuestionLabel();
  const rowName = (row: CompareRow) =>
    row.recommendation ? (
      <>
        {t('results.recommendationKicker', { number: Number(row.recommendation.slice(1)) })} <q>{t(`content:recommendations.${row.recommendation}.title`)}</q>
      </>
    ) : (
      label(row.questionId ?? '')
    );
  return (
    <table className="result-table compare__table compare__table--answers" aria-labelledby={labelledBy} data-testid={testId}>
      <ColumnHeads first={first} columns={c.columns} />
      <tbody>
        {rows.filter(saysSomething).map((row) => (
          <tr key={row.key} data-row={row.key} data-recommendation={row.recommendation} className={row.differs ? 'compare__row--differs' : undefined}>
            <th scope="row">
              {rowName(row)}
              {row.differs && <DiffersMark />}
            </th>
            {row.cells.map((cell, i) => (
              <td key={i}>
                <CellView cell={cell} source={c.sources[i]} />
              </td>
            ))}
          </tr>
        ))}
      </tbody>
    </table>
  );
}
