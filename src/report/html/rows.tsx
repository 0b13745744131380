/**
 * One step's rows in the HTML report, as the PDF prints them (rows.tsx):
 * criteria headings, answers (label, then the value, or a list of the chosen
 * options) and groups (a heading per item). Headings follow the page's
 * outline: `level` is the level of the rows' own headings.
 */
import type { Row } from '../../assessment/answer-list';
import type { Language } from '../../i18n/resources';
import { formatDate, resolveText } from '../text';
import type { Translate } from '../types';
import { H } from './parts';

export interface HtmlRowCtx {
  t: Translate;
  lang: Language;
  /** The step title, which a per-item step's only group would repeat. */
  sectionTitle: string;
  level: number;
}

type AnswerRow = Row & { kind: 'answer' };

function Answers({ rows, ctx }: { rows: AnswerRow[]; ctx: HtmlRowCtx }) {
  return (
    <dl className="answers">
      {rows.map((row) => {
        const values = row.value.map((v) => {
          const s = resolveText(ctx.t, v);
          return row.type === 'date' ? formatDate(s, ctx.lang) : s;
        });
        return (
          <div key={row.id}>
            <dt>{resolveText(ctx.t, row.label)}</dt>
            <dd>
              {row.type === 'multi' ? (
                <ul>
                  {values.map((v, i) => (
                    <li key={i}>{v}</li>
                  ))}
                </ul>
              ) : (
                <p className="value">{values.join(', ')}</p>
              )}
            </dd>
          </div>
        );
      })}
    </dl>
  );
}

function Group({ row, ctx }: { row: Row & { kind: 'group' }; ctx: HtmlRowCtx }) {
  const label = resolveText(ctx.t, row.label);
  const labelled = label !== ctx.sectionTitle;
  const itemLevel = labelled ? ctx.level + 1 : ctx.level;
  return (
    <>
      {labelled && <H level={ctx.level}>{label}</H>}
      {row.items.map((item) => (
        <div key={item.id} className="item">
          <H level={itemLevel}>{item.title.trim() || ctx.t('report.unnamedItem')}</H>
          <HtmlRows rows={item.rows} ctx={{ ...ctx, level: itemLevel + 1 }} />
        </div>
      ))}
    </>
  );
}

/** The rows, consecutive answers gathered into one description list. */
export function HtmlRows({ rows, ctx }: { rows: Row[]; ctx: HtmlRowCtx }) {
  const runs: Array<Row | AnswerRow[]> = [];
  for (const row of rows) {
    const last = runs.at(-1);
    if (row.kind === 'answer' && Array.isArray(last)) last.push(row);
    else runs.push(row.kind === 'answer' ? [row] : row);
  }
  return (
    <>
      {runs.map((run) => {
        if (Array.isArray(run)) return <Answers key={run[0]!.id} rows={run} ctx={ctx} />;
        if (run.kind === 'heading') {
          return (
            <H key={run.id} level={ctx.level}>
              {resolveText(ctx.t, run.label)}
            </H>
          );
        }
        return run.kind === 'group' ? <Group key={run.id} row={run} ctx={ctx} /> : null;
      })}
    </>
  );
}
