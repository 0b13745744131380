/**
 * The overall judgement with the other answers of its step (the main
 * reasons, remaining uncertainties …).
 */
import { Rows } from '../rows';
import type { ReportParts } from '../types';
import { PartSection, type SectionCtx } from './common';

export function Conclusion({ ctx, part }: { ctx: SectionCtx; part: ReportParts['conclusion'] }) {
  const title = ctx.t('report.sections.conclusion');
  return (
    <PartSection ctx={ctx} title={title} part={part}>
      {({ rows }) => <Rows rows={rows} ctx={{ t: ctx.t, lang: ctx.lang, sectionTitle: title }} />}
    </PartSection>
  );
}
