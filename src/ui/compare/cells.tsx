/**
 * The pieces every debrief table shares: column headers named by the
 * workshop groups (long names wrap, see compare.css), the "groups differ"
 * mark in words beside a row's name, and one column's answer in words.
 */
import { useTranslation } from 'react-i18next';
import type { Cell, ColumnSource } from '../../assessment/comparison';
import { StatusBadge } from '../results/status-badge';

export function ColumnHeads({ first, columns, last }: { first: string; columns: string[]; last?: string }) {
  return (
    <thead>
      <tr>
        <th scope="col">{first}</th>
        {columns.map((name, i) => (
          <th scope="col" key={i}>
            {name}
          </th>
        ))}
        {last !== undefined && <th scope="col">{last}</th>}
      </tr>
    </thead>
  );
}

/** Said in the row header, so a screen reader hears it with the row's name and it never rests on colour. */
export function DiffersMark() {
  const { t } = useTranslation();
  return <span className="compare__differs">{t('compare.differs')}</span>;
}

/** A question's short label where it has one (a projected table has little room), else its label. */
export function useQuestionLabel() {
  const { t, i18n } = useTranslation();
  // exists() first: a missing short label is normal, and t() would report it as a missing text.
  return (questionId: string) => t(i18n.exists(`content:questions.${questionId}.short`) ? `content:questions.${questionId}.short` : `content:questions.${questionId}.label`);
}

export function CellView({ cell, source }: { cell: Cell; source: ColumnSource | undefined }) {
  const { t } = useTranslation();
  switch (cell.kind) {
    case 'choice':
      return <>{cell.keys.map((key) => t(`content:${key}`)).join(', ')}</>;
    case 'text':
      return <span className="compare__text">{cell.text}</span>;
    case 'unanswered':
      return <span className="compare__none">{t('compare.unanswered')}</span>;
    case 'not-asked':
      return <span className="compare__none">{t('compare.notAsked')}</span>;
    case 'not-in-analysis':
      return <span className="compare__none">{t(source?.depth === 'light' ? 'compare.notInLight' : 'compare.notInAnalysis')}</span>;
    case 'status':
      return <StatusBadge status={cell.status} />;
  }
}
