/**
 * The register as a table: a real `<table>` with a caption and column
 * headers, each header a button that sorts by its column. The sorted column
 * carries `aria-sort`, and its button says the direction in words too, so
 * the state is announced when the button is pressed, not only shown by an
 * arrow.
 */
import type { RegisterLine } from '../../sync/register';
import { COLUMNS, dueState, type Column, type Sort } from './register-model';
import { cellText, COLUMN_KEYS, type LineTexts } from './register-texts';

interface Props {
  lines: readonly RegisterLine[];
  sort: Sort;
  onSort: (column: Column) => void;
  ctx: LineTexts;
}

export function RegisterTable({ lines, sort, onSort, ctx }: Props) {
  const { t } = ctx;
  return (
    <div className="register-table__scroll">
      <table className="register-table">
        <caption>{t('register.caption')}</caption>
        <thead>
          <tr>
            {COLUMNS.map((column) => {
              const sorted = sort.column === column;
              return (
                <th key={column} scope="col" aria-sort={sorted ? sort.direction : undefined}>
                  <button type="button" className="register-table__sort" onClick={() => onSort(column)}>
                    {t(COLUMN_KEYS[column])}
                    {sorted && (
                      <>
                        {' '}
                        <span aria-hidden="true">{sort.direction === 'ascending' ? '▲' : '▼'}</span>
                        <span className="visually-hidden">
                          ({sort.direction === 'ascending' ? t('register.sortedAscending') : t('register.sortedDescending')})
                        </span>
                      </>
                    )}
                  </button>
                </th>
              );
            })}
          </tr>
        </thead>
        <tbody>
          {lines.map((line) => (
            <tr key={line.id}>
              {COLUMNS.map((column) =>
                column === 'title' ? (
                  <th key={column} scope="row" className={line.title ? undefined : 'register-table__untitled'}>
                    {cellText(ctx, line, column)}
                  </th>
                ) : (
                  <td key={column} className={column === 'next' && dueState(line, ctx.today) === 'overdue' ? 'register-table__overdue' : undefined}>
                    {cellText(ctx, line, column)}
                  </td>
                ),
              )}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
