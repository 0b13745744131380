/**
 * The appendix: every question and answer of the branch taken, step by
 * step, as the answer list gives them.
 *
 * It is the longest part of a report, so the document gives it several
 * `<Page>`s (see document.tsx for why): `appendixChunks` groups consecutive
 * steps into runs of about ten pages, each starting on a new page, and cuts
 * a longer step between the items of its groups (40 affected groups).
 */
import { Text } from '@react-pdf/renderer';
import { Fragment } from 'react';
import type { Row, Section } from '../../assessment/answer-list';
import { chunkBy, CHUNK_LINES, rowLines } from '../estimate';
import { Rows } from '../rows';
import { styles } from '../styles';
import { resolveText } from '../text';
import { SectionTitle, type SectionCtx } from './common';

/** A step, or a run of the items of a long step ("continued" after its first run). */
export interface AppendixPart {
  section: Section;
  continued: boolean;
}

/** A long step cut between the items of its groups, into runs of about CHUNK_LINES. */
function cut(section: Section): AppendixPart[] {
  const parts: AppendixPart[] = [];
  let rows: Row[] = [];
  let size = 0;
  const flush = () => {
    if (rows.length) parts.push({ section: { ...section, rows }, continued: parts.length > 0 });
    rows = [];
    size = 0;
  };
  for (const row of section.rows) {
    if (row.kind !== 'group') {
      const n = rowLines([row]);
      if (size + n > CHUNK_LINES) flush();
      rows.push(row);
      size += n;
      continue;
    }
    let items: typeof row.items = [];
    for (const item of row.items) {
      const n = 2 + rowLines(item.rows);
      if (size + n > CHUNK_LINES && (items.length || rows.length)) {
        if (items.length) rows.push({ ...row, items });
        flush();
        items = [];
      }
      items.push(item);
      size += n;
    }
    if (items.length || !row.items.length) rows.push({ ...row, items });
  }
  flush();
  return parts.length ? parts : [{ section, continued: false }];
}

/**
 * The steps in runs of about ten pages: short consecutive steps share a run,
 * a long step is cut between its items.
 */
export function appendixChunks(sections: Section[]): AppendixPart[][] {
  return chunkBy(sections.flatMap(cut), (part) => 2 + rowLines(part.section.rows));
}

/** One run of steps; the first run carries the appendix's title. */
export function Appendix({ ctx, parts, first }: { ctx: SectionCtx; parts: AppendixPart[]; first: boolean }) {
  const { t, lang } = ctx;
  return (
    <>
      {first && (
        <>
          <SectionTitle title={t('report.sections.appendix')} />
          <Text style={styles.muted}>{t('report.appendix.intro')}</Text>
        </>
      )}
      {parts.map(({ section, continued }, i) => {
        const heading = resolveText(t, section.title);
        // A Fragment, not a View: the title must be a sibling of the rows to keep with them (see rows.tsx).
        return (
          <Fragment key={`${section.stepId}:${i}`}>
            <Text style={styles.stepTitle} minPresenceAhead={60}>
              {continued ? t('report.appendix.continued', { step: heading }) : heading}
            </Text>
            {section.rows.length ? <Rows rows={section.rows} ctx={{ t, lang, sectionTitle: heading }} /> : <Text style={styles.empty}>{t('report.emptySection')}</Text>}
          </Fragment>
        );
      })}
    </>
  );
}
