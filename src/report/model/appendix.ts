/**
 * The appendix: the answers of the branch taken, step by step, then those
 * set aside from earlier versions of the questionnaire, then the peer
 * review's comments and replies, if any. In `unique` mode
 * (the default) it leaves out every answer the body already prints, so the
 * report says each thing once; a group's item keeps its title when some of
 * its answers are left, and a step with nothing left is not named. In `all`
 * mode it lists every answer ("med alla svar").
 */
import type { Row, Section } from '../../assessment/answer-list';
import { answerRefs, refOf } from '../report-parts';
import { resolveText } from '../text';
import type { ReportProps } from '../types';
import { reviewAppendixBlocks } from './peer-review';
import { rowBlocks } from './rows';
import type { AnswerRef, Block, ReportSection } from './types';

export type AppendixMode = 'unique' | 'all';

export const refKey = (ref: AnswerRef) => `${ref.question}#${ref.item ?? ''}`;

/** The rows without the answers in `shown`; headings and groups left empty go too. */
function without(rows: Row[], shown: Set<string>): Row[] {
  const kept = rows.flatMap((row): Row[] => {
    if (row.kind === 'answer') return shown.has(refKey(refOf(row.id))) ? [] : [row];
    if (row.kind === 'heading') return [row];
    const items = row.items.map((item) => ({ ...item, rows: without(item.rows, shown) })).filter((item) => item.rows.length > 0);
    return items.length ? [{ ...row, items }] : [];
  });
  // A heading (a recommendation's) with no answer after it before the next heading says nothing.
  return kept.filter((row, i) => row.kind !== 'heading' || (kept[i + 1] !== undefined && kept[i + 1]!.kind !== 'heading'));
}

export function appendix(props: ReportProps, mode: AppendixMode, body: ReportSection[]): ReportSection {
  const { t, lang } = props;
  const shown = new Set(body.flatMap((s) => s.shows ?? []).map(refKey));
  const steps: Section[] = props.sections.map((s) => (mode === 'all' || s.stepId.startsWith('earlier-') ? s : { ...s, rows: without(s.rows, shown) }));
  // A step with no answers at all says so; one whose answers the body all shows is left out.
  const kept = mode === 'all' ? steps : steps.filter((s, i) => s.rows.length > 0 || props.sections[i]!.rows.length === 0);
  const blocks: Block[] = [{ kind: 'paragraph', role: 'note', text: t(mode === 'all' ? 'report.appendix.introAll' : 'report.appendix.intro') }];
  for (const step of kept) {
    const heading = resolveText(t, step.title);
    blocks.push({ kind: 'heading', level: 2, text: heading });
    blocks.push(...(step.rows.length ? rowBlocks(step.rows, { t, lang, sectionTitle: heading, level: 3 }) : [{ kind: 'paragraph' as const, role: 'empty' as const, text: t('report.emptySection') }]));
  }
  if (kept.length === 0) blocks.push({ kind: 'paragraph', role: 'empty', text: t('report.appendix.nothingElse') });
  // The peer review's comments and replies close the appendix, round by round; the title then names them too.
  const review = reviewAppendixBlocks(props);
  blocks.push(...review);
  const title = mode === 'all' ? (review.length ? 'reviewReport.appendix.titleAll' : 'report.sections.appendixAll') : review.length ? 'reviewReport.appendix.title' : 'report.sections.appendix';
  return {
    id: 'appendix',
    part: 'appendix',
    title: t(title),
    blocks,
    shows: kept.flatMap((s) => answerRefs(s.rows)),
  };
}
