/**
 * The model's blocks drawn with react-pdf. Nothing here words anything: it
 * only picks a style for each kind of block.
 *
 * Page breaks: titles, headings and labels are emitted as siblings of what
 * follows them, never as the first child of a wrapper, so that their
 * `minPresenceAhead` (keep with next, see keep.ts) applies within the flow.
 * A framed box is kept whole unless it is too long to move (estimate.ts).
 */
import { StyleSheet, Text, View } from '@react-pdf/renderer';
import { Fragment } from 'react';
import { KEEP_HEADING, KEEP_LABEL, KEEP_TITLE } from '../keep';
import type { Block, ReportSection, Tone } from '../model/types';
import { ACCENT, LINE, MUTED, PAPER_ALT, styles, toneColour } from '../styles';
import { Table } from './table';
import { blockLines } from './estimate';

const s = StyleSheet.create({
  verdict: { marginTop: 6, padding: 6, paddingLeft: 8, backgroundColor: PAPER_ALT, borderLeftWidth: 3, borderLeftColor: ACCENT },
  verdictLabel: { fontSize: 9, lineHeight: 1.3, color: MUTED, fontWeight: 700 },
  verdictValue: { fontSize: 13, lineHeight: 1.3, fontWeight: 700, color: ACCENT },
  // The summary's headings are smaller than elsewhere, so that it fits on its page.
  summaryHeading: { fontSize: 12, lineHeight: 1.3, fontWeight: 700, color: ACCENT, marginTop: 10, marginBottom: 1 },
  summaryText: { fontSize: 10, lineHeight: 1.4, marginTop: 2 },
  box: { marginTop: 8, paddingLeft: 8, borderLeftWidth: 3 },
  boxTitle: { fontSize: 12, lineHeight: 1.35, fontWeight: 700, marginTop: 10, paddingLeft: 8, borderLeftWidth: 3 },
  quote: { marginTop: 2, marginBottom: 4, paddingLeft: 8, borderLeftWidth: 3, borderLeftColor: ACCENT },
  entry: { flexDirection: 'row', marginTop: 3 },
  // The same line height in points as the text beside it, so the baselines meet.
  entryLabel: { width: 92, fontSize: 9, lineHeight: 14 / 9, paddingTop: 0.5, fontWeight: 700 },
  entryText: { flex: 1, fontSize: 10, lineHeight: 1.4 },
  entryPlain: { marginTop: 4, paddingLeft: 8, borderLeftWidth: 2, borderLeftColor: LINE, fontSize: 10, lineHeight: 1.4 },
  entryDetail: { fontSize: 9, lineHeight: 1.4, color: MUTED },
  fact: { flexDirection: 'row', paddingVertical: 5, borderTopWidth: 0.5, borderTopColor: LINE },
  factLabel: { width: 150, fontWeight: 700, paddingRight: 8 },
  factValue: { flex: 1 },
  statuses: { marginTop: 4 },
  statusRow: { flexDirection: 'row', alignItems: 'center', paddingVertical: 2 },
  statusName: { width: '40%', fontSize: 10, lineHeight: 1.3, paddingRight: 6 },
  track: { width: '32%', height: 10, backgroundColor: '#e6e9ee', borderWidth: 0.5, borderColor: LINE },
  status: { width: '28%', fontSize: 10, lineHeight: 1.3, fontWeight: 700, paddingLeft: 8 },
  decisionHeading: { fontSize: 11, lineHeight: 1.35, fontWeight: 700, marginTop: 6 },
});

/** Characters beyond which a bullet may break across pages (about a third of a page). */
const LONG_BULLET = 900;
/** Lines beyond which a framed box may break across pages. */
const LONG_BOX = 24;

export interface BlockCtx {
  section: ReportSection['id'];
  /** The tone of the box the block stands in (its lead line takes the colour). */
  tone?: Tone;
}

const colourOf = (tone: Tone | undefined) => (tone ? toneColour(tone) : ACCENT);

function Heading({ block, ctx }: { block: Block & { kind: 'heading' }; ctx: BlockCtx }) {
  if (ctx.section === 'summary') {
    return (
      <Text style={s.summaryHeading} minPresenceAhead={KEEP_HEADING}>
        {block.text}
      </Text>
    );
  }
  const style = ctx.section === 'appendix' && block.level === 2 ? styles.stepTitle : block.level === 2 ? styles.subheading : styles.minorHeading;
  return (
    <Text style={style} minPresenceAhead={block.level === 2 ? KEEP_HEADING + (ctx.section === 'appendix' ? 12 : 0) : KEEP_LABEL}>
      {block.text}
    </Text>
  );
}

function Paragraph({ block, ctx }: { block: Block & { kind: 'paragraph' }; ctx: BlockCtx }) {
  const summary = ctx.section === 'summary' ? s.summaryText : undefined;
  switch (block.role) {
    case 'lead':
      return <Text style={[styles.emphasis, { color: colourOf(ctx.tone) }]}>{block.text}</Text>;
    case 'note':
      return <Text style={[styles.small, { marginTop: 2 }]}>{block.text}</Text>;
    case 'quote':
      return <Text style={s.quote}>{block.text}</Text>;
    case 'empty':
      return <Text style={styles.empty}>{block.text}</Text>;
    default:
      return <Text style={[styles.paragraph, ...(summary ? [summary] : [])]}>{block.text}</Text>;
  }
}

function Bullets({ items, ordered }: { items: string[]; ordered?: boolean }) {
  return (
    <>
      {items.map((item, i) => (
        // Whole, unless too long to move: a split row would leave its bullet alone at the foot of a page.
        <View key={i} style={styles.bullet} wrap={item.length > LONG_BULLET}>
          <Text style={styles.bulletMark}>{ordered ? `${i + 1}.` : '•'}</Text>
          <Text style={styles.bulletText}>{item}</Text>
        </View>
      ))}
    </>
  );
}

/** Questions and answers: the label in bold, then one line per value (bulleted when there are several). */
function Answers({ rows }: { rows: Array<{ label: string; values: string[] }> }) {
  return (
    <>
      {rows.flatMap((row, i) => [
        <Text key={`l${i}`} style={styles.label} minPresenceAhead={KEEP_LABEL}>
          {row.label}
        </Text>,
        ...(row.values.length > 1 ? row.values.map((v, j) => <Text key={`v${i}:${j}`}>{`• ${v}`}</Text>) : [<Text key={`v${i}`}>{row.values[0] ?? ''}</Text>]),
      ])}
    </>
  );
}

function Box({ block, ctx }: { block: Block & { kind: 'box' }; ctx: BlockCtx }) {
  const colour = colourOf(block.tone);
  const inner: BlockCtx = { ...ctx, tone: block.tone };
  // The verdict: a shaded panel.
  if (!block.title) {
    return (
      <View style={s.verdict} wrap={false}>
        {block.blocks.map((b, i) =>
          b.kind === 'paragraph' ? (
            <Text key={i} style={b.role === 'lead' ? s.verdictValue : s.verdictLabel}>
              {b.text}
            </Text>
          ) : (
            <BlockView key={i} block={b} ctx={inner} />
          ),
        )}
      </View>
    );
  }
  // The title sits outside the framed block so that it can keep with it (see above).
  const big = block.level === 2 && ctx.section === 'check';
  return (
    <>
      <Text style={[big ? styles.subheading : s.boxTitle, { borderLeftColor: colour, borderLeftWidth: 3, paddingLeft: 8 }]} minPresenceAhead={KEEP_HEADING + (big ? 40 : 0)}>
        {block.title}
      </Text>
      <View style={[s.box, { marginTop: 0, borderLeftColor: colour }]} wrap={blockLines(block) > LONG_BOX}>
        <Blocks blocks={block.blocks} ctx={inner} />
      </View>
    </>
  );
}

function Entries({ block }: { block: Block & { kind: 'entries' } }) {
  return (
    <>
      {block.items.map((item, i) =>
        item.label ? (
          <View key={i} style={s.entry} wrap={false}>
            <Text style={[s.entryLabel, { color: colourOf(item.tone) }]}>{item.label}</Text>
            <Text style={s.entryText}>{item.text}</Text>
          </View>
        ) : (
          <View key={i} style={{ marginTop: 0 }} wrap={item.text.length > 400}>
            <Text style={s.entryPlain}>
              {item.text}
              {item.detail ? <Text style={s.entryDetail}>{`  ·  ${item.detail}`}</Text> : null}
            </Text>
          </View>
        ),
      )}
    </>
  );
}

export function BlockView({ block, ctx }: { block: Block; ctx: BlockCtx }) {
  switch (block.kind) {
    case 'heading':
      return <Heading block={block} ctx={ctx} />;
    case 'paragraph':
      return <Paragraph block={block} ctx={ctx} />;
    case 'list':
      return <Bullets items={block.items} ordered={block.ordered} />;
    case 'answers':
      return <Answers rows={block.rows} />;
    case 'table':
      return <Table {...block} />;
    case 'facts':
      return (
        <>
          {block.rows.map((row, i) => (
            <View key={i} style={s.fact} wrap={false}>
              <Text style={s.factLabel}>{row.label}</Text>
              <Text style={s.factValue}>{row.value}</Text>
            </View>
          ))}
        </>
      );
    case 'statuses':
      return (
        <View style={s.statuses} wrap={false}>
          {block.items.map((item, i) => {
            const colour = toneColour({ status: item.status });
            return (
              <View key={i} style={s.statusRow}>
                <Text style={s.statusName}>{item.label}</Text>
                <View style={s.track}>{item.share !== null && <View style={{ width: `${(item.share * 100).toFixed(1)}%`, height: '100%', backgroundColor: colour }} />}</View>
                <Text style={[s.status, { color: colour }]}>{item.shareText ? `${item.statusText} · ${item.shareText}` : item.statusText}</Text>
              </View>
            );
          })}
        </View>
      );
    case 'box':
      return <Box block={block} ctx={ctx} />;
    case 'decision':
      return (
        <>
          <Text style={s.decisionHeading} minPresenceAhead={KEEP_LABEL}>
            {block.heading}
          </Text>
          {block.paragraphs.map((p, i) => (
            <Text key={i} style={s.summaryText}>
              {p}
            </Text>
          ))}
        </>
      );
    case 'entries':
      return <Entries block={block} />;
  }
}

export function Blocks({ blocks, ctx }: { blocks: Block[]; ctx: BlockCtx }) {
  return (
    <>
      {blocks.map((b, i) => (
        <Fragment key={i}>
          <BlockView block={b} ctx={ctx} />
        </Fragment>
      ))}
    </>
  );
}

/** A section's title, then its blocks; `newPage` starts it on a new sheet. */
export function SectionView({ section, newPage = false }: { section: ReportSection; newPage?: boolean }) {
  return (
    <>
      <Text style={styles.sectionTitle} minPresenceAhead={KEEP_TITLE} break={newPage}>
        {section.title}
      </Text>
      <Blocks blocks={section.blocks} ctx={{ section: section.id }} />
    </>
  );
}
