/**
 * The body's sections for the lenses (src/report/lens-parts.ts): an audit of
 * a service prints its resources, its norms and its barriers (a table, the
 * most serious first, then the step's other answers) in the body, not only
 * in the appendix; a proposal's consequences name the national public-health
 * target areas they touch, per group, when the user tagged any.
 */
import { numberWord } from '../../i18n/decision-text';
import type { ReportProps } from '../types';
import { rowBlocks } from './rows';
import { barriersTable } from './tables';
import type { Block, ReportSection } from './types';

export function lensSections({ lens, t, lang }: ReportProps): ReportSection[] {
  if (!lens) return [];
  const rows = (title: string) => ({ t, lang, sectionTitle: title, level: 2 as const });
  const out: ReportSection[] = [];
  if (lens.resources) {
    const title = t('report.sections.resources');
    out.push({ id: 'resources', part: 'body', title, blocks: [{ kind: 'paragraph', text: t('report.resources.intro') }, ...rowBlocks(lens.resources.rows, rows(title))], shows: lens.resources.shows });
  }
  if (lens.norms) {
    const title = t('report.sections.norms');
    out.push({ id: 'norms', part: 'body', title, blocks: [{ kind: 'paragraph', text: t('report.norms.intro') }, ...rowBlocks(lens.norms.rows, rows(title))], shows: lens.norms.shows });
  }
  if (lens.barriers) {
    const title = t('report.sections.barriers');
    const { barriers, rows: other, shows } = lens.barriers;
    const blocks: Block[] = [
      barriers.length ? barriersTable(t, barriers) : { kind: 'paragraph', role: 'empty', text: t('report.barriers.empty') },
      ...rowBlocks(other, rows(title)),
    ];
    out.push({ id: 'barriers', part: 'body', title, blocks, shows });
  }
  return out;
}

/** The public-health target areas the consequences touch, each with its groups; nothing when none was tagged. */
export function healthBlocks({ lens, t, lang }: ReportProps): Block[] {
  if (!lens?.health.length) return [];
  return [
    { kind: 'heading', level: 2, text: t('report.health.heading') },
    { kind: 'paragraph', text: t('report.health.intro', { count: lens.health.length, countText: numberWord(lang, lens.health.length) }) },
    { kind: 'list', items: lens.health.map((h) => t('report.health.area', { area: h.area, groups: h.groups.join(', ') })) },
  ];
}
