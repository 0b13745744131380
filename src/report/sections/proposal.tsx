/**
 * The proposal and its alternatives (the group tagged `alternatives`, with
 * the other answers of its step), then the screening: the chosen depth of
 * analysis, its justification and the answers it rests on.
 */
import { Text } from '@react-pdf/renderer';
import { Rows } from '../rows';
import { styles } from '../styles';
import type { ReportParts } from '../types';
import { Answers, PartSection, type SectionCtx } from './common';
import { KEEP_LABEL } from '../keep';

export function Proposal({ ctx, part }: { ctx: SectionCtx; part: ReportParts['proposal'] }) {
  const title = ctx.t('report.sections.proposal');
  const rowCtx = { t: ctx.t, lang: ctx.lang, sectionTitle: title };
  return (
    <PartSection ctx={ctx} title={title} part={part}>
      {({ rows, alternatives }) => (
        <>
          <Rows rows={rows} ctx={rowCtx} />
          {alternatives && <Rows rows={[{ kind: 'group', id: 'alternatives', label: { text: alternatives.label }, items: alternatives.items }]} ctx={rowCtx} />}
        </>
      )}
    </PartSection>
  );
}

export function Screening({ ctx, part }: { ctx: SectionCtx; part: ReportParts['screening'] }) {
  const title = ctx.t('report.sections.screening');
  return (
    <PartSection ctx={ctx} title={title} part={part}>
      {({ outcome, justification, rows }) => (
        <>
          {outcome && (
            <>
              <Text style={styles.label} minPresenceAhead={KEEP_LABEL}>
                {outcome.label}
              </Text>
              <Text style={styles.emphasis}>{outcome.value.join(', ')}</Text>
            </>
          )}
          {justification && <Answers answers={[justification]} />}
          <Rows rows={rows} ctx={{ t: ctx.t, lang: ctx.lang, sectionTitle: title }} />
        </>
      )}
    </PartSection>
  );
}
