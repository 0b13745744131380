/**
 * The model's blocks as HTML for renderToStaticMarkup: headings at the
 * level the model gives them (a section's title is an h2, so a block's
 * level n is an h(n+1)), tables with a caption, `<th scope="col">` headers
 * and a row header in every row, questions and answers as description
 * lists. React escapes every text, the user's words included. Nothing here
 * words anything.
 */
import { createElement, useId, type ReactNode } from 'react';
import { EMPTY_CELL } from '../model/tables';
import type { Block, Cell, ReportSection, Tone } from '../model/types';

/** A heading; levels past six stay at six. */
export function H({ level, children }: { level: number; children: ReactNode }) {
  return createElement(`h${Math.min(6, Math.max(1, level))}`, null, children);
}

/** A class name for a tone: `status--met`, `severity--high`, `effect effect--worse`, `muted`. */
function toneClass(tone: Tone | undefined, prefix = ''): string | undefined {
  if (!tone) return undefined;
  if ('status' in tone) return `${prefix}status--${tone.status}`;
  if ('severity' in tone) return `${prefix}severity--${tone.severity}`;
  if ('effect' in tone) return `effect effect--${tone.effect}`;
  return tone.plain;
}

function CellContent({ cell }: { cell: Cell }) {
  return (
    <>
      {cell.text.split('\n').map((line, i) => (
        <span key={i} className="line">
          {line}
        </span>
      ))}
    </>
  );
}

/**
 * A table with its caption. A wide table scrolls inside its own focusable
 * region, so the page itself reflows on a narrow screen.
 */
function Table({ block }: { block: Block & { kind: 'table' } }) {
  const id = useId();
  return (
    // A named <section> is a region landmark; tabIndex lets a keyboard scroll it (WCAG 2.1.1).
    <section className="table-scroll" aria-labelledby={id} tabIndex={0}>
      <table>
        <caption id={id}>{block.caption}</caption>
        <thead>
          <tr>
            {block.columns.map((c, i) => (
              <th key={i} scope="col">
                {c.header}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {block.rows.map((row, r) => (
            <tr key={r}>
              {row.map((cell, i) => {
                const className = [i === 0 && block.rowHeaders ? 'bold' : '', toneClass(cell.tone) ?? ''].filter(Boolean).join(' ') || undefined;
                // Every row has a header cell: the first, whether or not it is set in bold.
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

function Paragraph({ block, tone }: { block: Block & { kind: 'paragraph' }; tone?: Tone }) {
  switch (block.role) {
    case 'lead':
      return <p className={['lead', toneClass(tone)].filter(Boolean).join(' ')}>{block.text}</p>;
    case 'note':
      return <p className="muted">{block.text}</p>;
    case 'quote':
      return (
        <blockquote>
          <p>{block.text}</p>
        </blockquote>
      );
    case 'empty':
      return <p className="empty">{block.text}</p>;
    default:
      return <p>{block.text}</p>;
  }
}

function Box({ block, level }: { block: Block & { kind: 'box' }; level: number }) {
  const kind = block.tone && 'severity' in block.tone ? 'finding' : block.tone && 'status' in block.tone ? 'recommendation' : block.title ? 'item' : 'verdict';
  return (
    <div className={[kind, toneClass(block.tone, `${kind}--`)].filter(Boolean).join(' ')}>
      {block.title && (block.level ? <H level={block.level + 1}>{block.title}</H> : <p className="bold">{block.title}</p>)}
      <Blocks blocks={block.blocks} level={block.level ? block.level + 1 : level} tone={block.tone} />
    </div>
  );
}

function BlockView({ block, level, tone }: { block: Block; level: number; tone?: Tone }) {
  switch (block.kind) {
    case 'heading':
      return <H level={block.level + 1}>{block.text}</H>;
    case 'paragraph':
      return <Paragraph block={block} tone={tone} />;
    case 'list':
      return createElement(
        block.ordered ? 'ol' : 'ul',
        null,
        block.items.map((item, i) => <li key={i}>{item}</li>),
      );
    case 'answers':
      return (
        <dl className="answers">
          {block.rows.map((row, i) => (
            <div key={i}>
              <dt>{row.label}</dt>
              <dd>
                {row.values.length > 1 ? (
                  <ul>
                    {row.values.map((v, j) => (
                      <li key={j}>{v}</li>
                    ))}
                  </ul>
                ) : (
                  <p className="value">{row.values[0] ?? ''}</p>
                )}
              </dd>
            </div>
          ))}
        </dl>
      );
    case 'table':
      return <Table block={block} />;
    case 'facts':
      return (
        <dl className="facts">
          {block.rows.map((row, i) => (
            <div key={i}>
              <dt>{row.label}</dt>
              <dd>{row.value}</dd>
            </div>
          ))}
        </dl>
      );
    case 'statuses':
      // A table, not a chart: each status in words (the bar on paper only helps the eye).
      if (block.table) {
        const table: Block & { kind: 'table' } = {
          kind: 'table',
          caption: block.table.caption,
          rowHeaders: false,
          columns: block.table.columns.map((header) => ({ header, width: 1 })),
          rows: block.items.map((item) => [{ text: item.label }, { text: item.statusText, tone: { status: item.status } }, { text: item.shareText || EMPTY_CELL, tone: item.shareText ? undefined : { plain: 'muted' } }]),
        };
        return <Table block={table} />;
      }
      return (
        <ul className="statuses">
          {block.items.map((item, i) => (
            <li key={i}>
              {`${item.label}: `}
              <strong className={`status status--${item.status}`}>{item.statusText}</strong>
              {item.shareText && <span className="muted">{` · ${item.shareText}`}</span>}
            </li>
          ))}
        </ul>
      );
    case 'box':
      return <Box block={block} level={level} />;
    case 'decision':
      return (
        <div className="decision">
          <H level={level + 1}>{block.heading}</H>
          {block.paragraphs.map((p, i) => (
            <p key={i}>{p}</p>
          ))}
        </div>
      );
    case 'entries':
      return (
        <ul className="entries">
          {block.items.map((item, i) => (
            <li key={i}>
              {item.label && <strong className={toneClass(item.tone)}>{`${item.label}: `}</strong>}
              {item.text}
              {item.detail && <span className="muted">{` · ${item.detail}`}</span>}
            </li>
          ))}
        </ul>
      );
  }
}

/**
 * Blocks in order. `level` is the HTML level of the heading they stand
 * under (2 for a section's title); a block whose heading has no level of
 * its own (a decision text's) goes one below the last heading before it.
 */
export function Blocks({ blocks, level, tone }: { blocks: Block[]; level: number; tone?: Tone }) {
  // The level each block stands under: the last heading before it, else `level`.
  const under = blocks.map((_, i) => {
    const heading = blocks.slice(0, i).findLast((b) => b.kind === 'heading');
    return heading?.kind === 'heading' ? heading.level + 1 : level;
  });
  return (
    <>
      {blocks.map((b, i) => (
        <BlockView key={i} block={b} level={under[i]!} tone={tone} />
      ))}
    </>
  );
}

/** A section of the report with its heading, labelled by it. */
export function SectionView({ section }: { section: ReportSection }) {
  const id = useId();
  return (
    <section aria-labelledby={id}>
      <h2 id={id}>{section.title}</h2>
      <Blocks blocks={section.blocks} level={2} />
    </section>
  );
}
