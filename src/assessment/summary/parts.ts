/**
 * The other parts of the konsekvensbeskrivning: what it concerns and the
 * screening (opening); the measures and what remains without one (actions);
 * the check against the recommendations, the follow-up, the overall
 * judgement and the remaining uncertainty (closing).
 */
import type { Ctx } from '../context';
import type { AssessmentResult, Status } from '../result';
import { candidate, isIsoDate, names, optionKey, ownWords, titles, type Candidate } from './shared';

export function openingSentences(ctx: Ctx, result: AssessmentResult): Candidate[] {
  const out: Candidate[] = [];
  const title = ownWords(ctx.first('meta-title')?.value);
  if (title) out.push(candidate(0, 'title', { title }));
  if (result.depth === 'no-analysis') {
    const justification = ownWords(ctx.first('screening-justification')?.value);
    out.push(justification ? candidate(1, 'screening-no-analysis', { justification }) : candidate(1, 'screening-no-analysis-unjustified'));
    if (result.findings.some((f) => f.code === 'screening-contradiction')) out.push(candidate(3, 'screening-contradiction'));
  } else if (result.depth) {
    out.push(candidate(9, `screening-${result.depth}`));
  }
  return out;
}

/** High findings that say a group is left without the measure it needs. */
const UNADDRESSED = ['negative-unaddressed', 'access-uncompensated', 'labour-market-unaddressed'];
/** High findings another sentence already says (the children sentence). */
const SAID_ELSEWHERE = ['children-rights-missing'];

export function actionSentences(ctx: Ctx, result: AssessmentResult): Candidate[] {
  const out: Candidate[] = [];
  const measuresAsked = ctx.tagged('measures').some((l) => l.question.type === 'group');
  const measures = titles(ctx.items('measures'));
  if (measures.length) out.push(candidate(1, 'measures', { count: measures.length, ...names('measures', measures) }));
  else if (measuresAsked) out.push(candidate(result.heatmap.groups.length ? 1 : 6, 'measures-none'));

  const high = result.findings.filter((f) => f.severity === 'high');
  const groupsOf = (codes: string[]) => [
    ...new Set(high.filter((f) => codes.includes(f.code) && typeof f.params?.group === 'string').map((f) => String(f.params!.group))),
  ];
  const unaddressed = groupsOf(UNADDRESSED);
  if (unaddressed.length) out.push(candidate(1, 'unaddressed', names('groups', unaddressed)));
  const unjustified = groupsOf(['unjustified-difference']);
  if (unjustified.length) out.push(candidate(2, 'unjustified', names('groups', unjustified)));
  const other = high.filter((f) => ![...UNADDRESSED, 'unjustified-difference', ...SAID_ELSEWHERE].includes(f.code));
  if (other.length) out.push(candidate(4, 'open-high', { count: other.length }));
  if (!high.length && measuresAsked && result.heatmap.groups.length) out.push(candidate(7, 'all-addressed'));
  return out;
}

export function closingSentences(ctx: Ctx, result: AssessmentResult): Candidate[] {
  return [
    ...recommendationSentences(result),
    ...followUpSentences(ctx),
    ...judgementSentences(ctx),
    ...uncertaintySentences(ctx, result),
  ];
}

/** Counts by status; nothing when the check was not made (a light analysis, or no criteria answered). */
function recommendationSentences(result: AssessmentResult): Candidate[] {
  const count = (...statuses: Status[]) => result.recommendations.filter((r) => statuses.includes(r.status)).length;
  const scored = { met: count('met'), partly: count('partly'), notMet: count('not-met') };
  if (scored.met + scored.partly + scored.notMet === 0) return [];
  const notRelevant = count('not-relevant');
  const notChecked = count('not-answered');
  if (notChecked) return [candidate(5, 'recommendations-not-checked', { ...scored, count: notChecked + notRelevant })];
  if (notRelevant) return [candidate(5, 'recommendations-not-relevant', { ...scored, count: notRelevant })];
  return [candidate(5, 'recommendations', scored)];
}

/** Indicators (the group whose fields are tagged as indicator breakdown or baseline) and the follow-up date. */
function followUpSentences(ctx: Ctx): Candidate[] {
  const field = ctx.tagged('indicator-breakdown')[0] ?? ctx.tagged('indicator-baseline')[0];
  const indicators = field?.group ? titles(ctx.itemsOf(field.group.id)) : [];
  const dateQuestion = ctx.first('follow-up-date');
  const date = ownWords(dateQuestion?.value);
  const followUpDate = isIsoDate(date) ? date : '';
  const list = { count: indicators.length, ...names('indicators', indicators) };
  if (indicators.length && followUpDate) return [candidate(1, 'follow-up', { ...list, followUpDate })];
  if (indicators.length) return [candidate(1, 'follow-up-no-date', list)];
  if (followUpDate) return [candidate(1, 'follow-up-date-only', { followUpDate })];
  return field || dateQuestion ? [candidate(1, 'follow-up-none')] : [];
}

const JUDGEMENTS = ['proceed', 'adjust', 'rework', 'reject', 'dont-know'];

/** A judgement whose option carries a known tag has its own sentence; any other is quoted by its option text. */
function judgementSentences(ctx: Ctx): Candidate[] {
  const q = ctx.first('overall-judgement');
  if (!q || typeof q.value !== 'string' || !q.value) return [];
  const tag = JUDGEMENTS.find((j) => ctx.optionTags(q.located, q.value).includes(j));
  if (tag) return [candidate(1, `judgement-${tag}`)];
  const key = ctx.option(q.located, q.value) ? optionKey(q.located, q.value) : undefined;
  return key ? [candidate(1, 'judgement', { judgementOption: key })] : [];
}

function uncertaintySentences(ctx: Ctx, result: AssessmentResult): Candidate[] {
  const out: Candidate[] = [];
  const uncertainties = ownWords(ctx.first('uncertainties')?.value);
  if (uncertainties) out.push(candidate(4, 'uncertainties', { uncertainties }));
  const gaps = result.knowledgeGaps.length;
  if (gaps) out.push(candidate(8, 'knowledge-gaps', { count: gaps }));
  return out;
}
