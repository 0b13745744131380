/**
 * The affected groups the workshop groups named, similar names on one row
 * (as the comparison suggests them), each group's own words in its column.
 * The trainer corrects the suggestion in front of the room: "Split" puts
 * each name of a row on a row of its own, "Merge with…" joins two rows.
 * The caller applies a change at once and announces it.
 */
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { AffectedRow, Comparison } from '../../assessment/comparison';
import { ColumnHeads, DiffersMark } from './cells';
import { notNamedByAll } from './debrief-parts';

interface Props {
  comparison: Comparison;
  labelledBy: string;
  describedBy: string;
  onMerge: (a: number, b: number) => void;
  onSplit: (row: number) => void;
}

const distinctNames = (row: AffectedRow) => new Set(row.cells.flatMap((c) => c.members.map((m) => m.name.toLocaleLowerCase('sv')))).size;

function RowActions({ row, rows, onMerge, onSplit }: { row: AffectedRow; rows: AffectedRow[]; onMerge: Props['onMerge']; onSplit: Props['onSplit'] }) {
  const { t } = useTranslation();
  const id = useId();
  const others = rows.filter((r) => r.index !== row.index);
  const [target, setTarget] = useState('');
  const chosen = others.find((r) => String(r.index) === target) ?? others[0];
  return (
    <div className="compare__actions">
      {distinctNames(row) > 1 && (
        // The visible word first in the name (WCAG 2.5.3), then which row it acts on.
        <button type="button" className="button--secondary" aria-label={`${t('compare.split')} ${row.label}`} onClick={() => onSplit(row.index)}>
          {t('compare.split')}
        </button>
      )}
      {others.length > 0 && (
        <span className="compare__merge">
          <label htmlFor={id} className="visually-hidden">
            {t('compare.mergeLabel', { name: row.label })}
          </label>
          <select id={id} value={chosen ? String(chosen.index) : ''} onChange={(e) => setTarget(e.target.value)}>
            {others.map((r) => (
              <option key={r.index} value={r.index}>
                {r.label}
              </option>
            ))}
          </select>
          <button
            type="button"
            className="button--secondary"
            aria-label={`${t('compare.merge')} ${t('compare.mergeWhat', { name: row.label, other: chosen?.label ?? '' })}`}
            disabled={!chosen}
            onClick={() => chosen && onMerge(row.index, chosen.index)}
          >
            {t('compare.merge')}
          </button>
        </span>
      )}
    </div>
  );
}

export function AffectedTable({ comparison: c, labelledBy, describedBy, onMerge, onSplit }: Props) {
  const { t } = useTranslation();
  const rows = c.parts.affected.rows;
  // The buttons to split and merge take a column and a line per row: shown only while the trainer changes the rows, so the part fits one projected screen.
  const [editing, setEditing] = useState(false);
  return (
    <>
    <button type="button" className="button--secondary compare__edit" aria-pressed={editing} onClick={() => setEditing(!editing)}>
      {t('compare.change')}
    </button>
    <table className={`result-table compare__table${editing ? ' compare__table--actions' : ''}`} aria-labelledby={labelledBy} aria-describedby={describedBy} data-testid="compare-groups">
      <ColumnHeads first={t('compare.affectedGroup')} columns={c.columns} {...(editing ? { last: t('compare.actions') } : {})} />
      <tbody>
        {rows.map((row) => {
          const differs = notNamedByAll(row.foundBy);
          return (
            <tr key={row.cells.map((cell) => cell.members.map((m) => m.key).join()).join('|')} className={differs ? 'compare__row--differs' : undefined}>
              <th scope="row">
                {row.label}
                {differs && <DiffersMark />}
              </th>
              {row.cells.map((cell, i) => (
                <td key={i}>{cell.members.length ? cell.members.map((m) => m.name).join('; ') : <span className="compare__none">{t('compare.notNamed')}</span>}</td>
              ))}
              {editing && (
                <td>
                  <RowActions row={row} rows={rows} onMerge={onMerge} onSplit={onSplit} />
                </td>
              )}
            </tr>
          );
        })}
      </tbody>
    </table>
    </>
  );
}
