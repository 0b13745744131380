/**
 * The building blocks of the HTML report: a heading at a given level, a
 * table with a caption and `<th scope>` headers, a list, answers as a
 * description list, and the one line that says why a section is empty.
 * Plain markup for renderToStaticMarkup: React escapes every text, the
 * user's words included.
 */
import { createElement, useId, type ReactNode } from 'react';
import { cellLines, type Cell, type TableData } from '../tables';
import type { Answer } from '../types';

/** A heading; levels past six stay at six. */
export function H({ level, children }: { level: number; children: ReactNode }) {
  return createElement(`h${Math.min(6, Math.max(1, level))}`, null, children);
}

/** A section of the report with its heading, labelled by it. */
export function Section({ title, children }: { title: string; children: ReactNode }) {
  const id = useId();
  return (
    <section aria-labelledby={id}>
      <h2 id={id}>{title}</h2>
      {children}
    </section>
  );
}

export function Empty({ children }: { children: string }) {
  return <p className="empty">{children}</p>;
}

export function Bullets({ items }: { items: string[] }) {
  return (
    <ul>
      {items.map((item, i) => (
        <li key={i}>{item}</li>
      ))}
    </ul>
  );
}

/** An answer's value: a list when there are several (more than two in the PDF), else one paragraph. */
export function Value({ value, list = value.length > 2 }: { value: string[]; list?: boolean }) {
  return list ? <Bullets items={value} /> : <p className="value">{value.join(', ')}</p>;
}

/** Questions and answers as a description list. */
export function Answers({ answers }: { answers: Answer[] }) {
  return (
    <dl className="answers">
      {answers.map((a, i) => (
        <div key={i}>
          <dt>{a.label}</dt>
          <dd>
            <Value value={a.value} />
          </dd>
        </div>
      ))}
    </dl>
  );
}

function CellContent({ cell }: { cell: Cell }) {
  return (
    <>
      {cellLines(cell).map((line, i) =>
        typeof line === 'string' ? (
          <span key={i} className="line">
            {line}
          </span>
        ) : (
          <span key={i} className={`line ${line.tone}`}>
            {line.text}
          </span>
        ),
      )}
    </>
  );
}

/**
 * A table with its caption: column headers `scope="col"`, the first cell of
 * each row a row header. A wide table scrolls inside its own focusable
 * region, so the page itself reflows on a narrow screen.
 */
export function Table({ caption, data }: { caption: string; data: TableData }) {
  const id = useId();
  return (
    // A named <section> is a region landmark; tabIndex lets a keyboard scroll it (WCAG 2.1.1).
    <section className="table-scroll" aria-labelledby={id} tabIndex={0}>
      <table>
        <caption id={id}>{caption}</caption>
        <thead>
          <tr>
            {data.columns.map((c, i) => (
              <th key={i} scope="col">
                {c.header}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {data.rows.map((row) => (
            <tr key={row.key}>
              {row.cells.map((cell, i) => {
                const own = typeof cell === 'object' && !Array.isArray(cell) ? cell : undefined;
                const className = [own?.bold ? 'bold' : '', own?.effect ? `effect effect--${own.effect}` : ''].filter(Boolean).join(' ') || undefined;
                return i === 0 ? (
                  <th key={i} scope="row" className={className}>
                    <CellContent cell={cell} />
                  </th>
                ) : (
                  <td key={i} className={className}>
                    <CellContent cell={cell} />
                  </td>
                );
              })}
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}
