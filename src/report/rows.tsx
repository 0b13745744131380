/**
 * One step's rows: criteria headings, answers (label, then the value or one
 * line per chosen option) and groups (a titled block per item).
 *
 * Page breaks: every block is free to wrap, so a long answer continues on
 * the next page. Headings and labels are emitted as siblings of what follows
 * them, never as the first child of a wrapper, so that their
 * `minPresenceAhead` (keep with next, see keep.ts) applies within the flow.
 */
import { Text, View } from '@react-pdf/renderer';
import { Fragment } from 'react';
import type { Row } from '../assessment/answer-list';
import type { Language } from '../i18n/resources';
import { KEEP_HEADING, KEEP_LABEL } from './keep';
import { styles } from './styles';
import { formatDate, resolveText } from './text';
import type { Translate } from './types';

export interface RowCtx {
  t: Translate;
  lang: Language;
  /** The step title, which a per-item step's only group would repeat. */
  sectionTitle: string;
}

function AnswerRow({ row, ctx }: { row: Row & { kind: 'answer' }; ctx: RowCtx }) {
  const values = row.value.map((v) => {
    const s = resolveText(ctx.t, v);
    return row.type === 'date' ? formatDate(s, ctx.lang) : s;
  });
  return (
    <>
      <Text style={styles.label} minPresenceAhead={KEEP_LABEL}>
        {resolveText(ctx.t, row.label)}
      </Text>
      {row.type === 'multi' ? (
        values.map((v, i) => <Text key={i}>{`• ${v}`}</Text>)
      ) : (
        <Text>{values.join(', ')}</Text>
      )}
    </>
  );
}

function GroupRow({ row, ctx }: { row: Row & { kind: 'group' }; ctx: RowCtx }) {
  const label = resolveText(ctx.t, row.label);
  return (
    <>
      {label !== ctx.sectionTitle ? (
        <Text style={styles.subheading} minPresenceAhead={KEEP_HEADING}>
          {label}
        </Text>
      ) : null}
      {row.items.map((item) => (
        <Fragment key={item.id}>
          {/* The title sits outside the bordered block so that it can keep with it (see above). */}
          <Text style={styles.itemTitle} minPresenceAhead={KEEP_HEADING}>
            {item.title.trim() || ctx.t('report.unnamedItem')}
          </Text>
          <View style={styles.item}>
            <Rows rows={item.rows} ctx={ctx} />
          </View>
        </Fragment>
      ))}
    </>
  );
}

export function Rows({ rows, ctx }: { rows: Row[]; ctx: RowCtx }) {
  return (
    <>
      {rows.map((row) => {
        switch (row.kind) {
          case 'heading':
            return (
              <Text key={row.id} style={styles.subheading} minPresenceAhead={KEEP_HEADING}>
                {resolveText(ctx.t, row.label)}
              </Text>
            );
          case 'answer':
            return <AnswerRow key={row.id} row={row} ctx={ctx} />;
          case 'group':
            return <GroupRow key={row.id} row={row} ctx={ctx} />;
        }
      })}
    </>
  );
}
