/**
 * The result's sections: the serious gaps the assessment was completed
 * with (if it was), the check against the five recommendations (one framed
 * card each: status and share, why it was held at "partly met", why, where
 * the answers and what the assessment shows differ, the criteria, what can
 * be done), and the gaps found in the assessment, most serious first.
 *
 * Each thing is said once: a card names the criteria's own suggestions;
 * what can be done about a gap stands under the gap, which names every
 * recommendation it concerns.
 */
import type { Row } from '../../assessment/answer-list';
import type { AssessmentResult, Finding, Reason, RecommendationResult } from '../../assessment/result';
import { cappedText, checkNotApplicable, differences, differencesHeading, findingAdvice, findingKicker, knownGapsData, otherReasons, recommendationHeading, shareText, type SectionCtx } from '../section-data';
import { numberWord } from '../../i18n/decision-text';
import type { ReportProps } from '../types';
import { rowBlocks } from './rows';
import { criteriaTable } from './tables';
import type { AnswerRef, Block, ReportSection } from './types';

export function knownGaps(ctx: SectionCtx, result: AssessmentResult): ReportSection[] {
  const data = knownGapsData(ctx, result);
  if (!data) return [];
  return [
    {
      id: 'known-gaps',
      part: 'body',
      title: ctx.t('report.sections.knownGaps'),
      blocks: [
        { kind: 'paragraph', text: data.intro },
        { kind: 'paragraph', role: 'lead', text: data.reasonLabel },
        { kind: 'paragraph', role: 'quote', text: data.reason },
        ...(data.findings.length ? [{ kind: 'list' as const, items: data.findings }] : []),
      ],
    },
  ];
}

export function check(props: ReportProps, ctx: SectionCtx): ReportSection {
  const { result, t } = props;
  const notApplicable = checkNotApplicable(result);
  const title = t('report.sections.check');
  if (notApplicable) return { id: 'check', part: 'body', title, blocks: [{ kind: 'paragraph', role: 'empty', text: ctx.w.reason(notApplicable) }] };
  // The criteria table prints every criterion's answer and its justification.
  const shows: AnswerRef[] = result.recommendations.flatMap((rec) => rec.criteria.flatMap((c) => [{ question: c.id }, ...(c.justification ? [{ question: `${c.id}.why` }] : [])]));
  // A question pack's answers are printed in their own step's section of the appendix, as the model's are: not listed here.
  return { id: 'check', part: 'body', title, blocks: result.recommendations.map((rec) => card(ctx, rec, props.packAnswers?.[rec.id] ?? [])), shows };
}

/** Answers to question-pack questions linked to the recommendation, with the note that they are shown, not counted. */
function packBlocks(ctx: SectionCtx, rows: Row[]): Block[] {
  if (!rows.length) return [];
  const { t } = ctx;
  return [
    { kind: 'heading', level: 3, text: t('results.packAnswers.heading') },
    { kind: 'paragraph', role: 'note', text: t('results.packAnswers.note') },
    ...rowBlocks(rows, { t, lang: ctx.lang, sectionTitle: t('results.packAnswers.heading'), level: 4 }),
  ];
}

function card(ctx: SectionCtx, rec: RecommendationResult, packAnswers: Row[]): Block {
  const { t, w } = ctx;
  const capped = cappedText(ctx, rec);
  const reasons = otherReasons(rec);
  const differ = differences(ctx, rec);
  const todo = [...new Set(rec.suggestions.map((id) => t(`content:criteria.${id}.suggestion`)))];
  const blocks: Block[] = [
    { kind: 'paragraph', role: 'lead', text: `${t('report.check.status')} ${w.status(rec.status)}` },
    ...(rec.share !== null ? [{ kind: 'paragraph' as const, role: 'note' as const, text: shareText(ctx, rec.share) }] : []),
    ...(capped ? [{ kind: 'paragraph' as const, text: capped }] : []),
    ...(reasons.length ? [{ kind: 'heading' as const, level: 3 as const, text: t('report.check.reasons') }, { kind: 'list' as const, items: reasons.map((r) => reasonText(ctx, r)) }] : []),
    ...(differ.length
      ? [{ kind: 'heading' as const, level: 3 as const, text: differencesHeading(ctx, differ.length) }, { kind: 'answers' as const, rows: differ.map((d) => ({ label: d.criterion, values: [d.claim, ...d.why] })) }]
      : []),
    ...(rec.criteria.length ? [criteriaTable(ctx, rec)] : []),
    ...(todo.length ? [{ kind: 'heading' as const, level: 3 as const, text: t('report.check.suggestions') }, { kind: 'list' as const, items: todo }] : []),
    ...packBlocks(ctx, packAnswers),
  ];
  return { kind: 'box', tone: { status: rec.status }, title: recommendationHeading(ctx, rec), level: 2, blocks };
}

/**
 * A reason in the check's words; the open gaps point at the report's own
 * section (the results page's line names the results page's heading).
 */
function reasonText(ctx: SectionCtx, reason: Reason): string {
  const count = reason.params?.count;
  if (reason.code !== 'open-findings' || typeof count !== 'number') return ctx.w.reason(reason);
  return ctx.t('report.check.openFindings', { count, countText: numberWord(ctx.lang, count), section: ctx.t('report.sections.findings') });
}

/** Every gap found, most serious first: what, how serious and what it concerns, what could be done. */
export function findings(ctx: SectionCtx, all: Finding[]): ReportSection {
  const { t, w } = ctx;
  const title = t('report.sections.findings');
  if (!all.length) return { id: 'findings', part: 'body', title, blocks: [{ kind: 'paragraph', role: 'empty', text: t('report.findings.empty') }] };
  return {
    id: 'findings',
    part: 'body',
    title,
    blocks: [
      { kind: 'paragraph', text: t('report.findings.intro', { count: all.length, countText: numberWord(ctx.lang, all.length) }) },
      ...all.map((f): Block => {
        const advice = findingAdvice(ctx, f);
        return {
          kind: 'box',
          tone: { severity: f.severity },
          title: w.findingTitle(f),
          level: 2,
          blocks: [
            { kind: 'paragraph', role: 'note', text: findingKicker(ctx, f) },
            ...(advice.length === 1 ? [{ kind: 'paragraph' as const, text: advice[0]! }] : [{ kind: 'paragraph' as const, text: t('report.findings.advice') }, { kind: 'list' as const, items: advice }]),
          ],
        };
      }),
    ],
  };
}
