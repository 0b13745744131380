/**
 * The other parts of the konsekvensbeskrivning: what it concerns and the
 * screening (opening); the measures, the groups with no measure at all and
 * those whose measures do not compensate, the other open serious problems
 * and the serious gaps the assessment was completed with (actions); the
 * check against the recommendations, the follow-up, the overall judgement
 * and the remaining uncertainty (closing). "No serious problems" is said
 * only when the result has none open.
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

/** Serious findings that say a group gets worse and no measure addresses it at all. */
const UNADDRESSED = ['group-worse-unaddressed', 'group-negative-unaddressed'];
/** Serious findings that say measures address a group that gets worse, but none compensates. */
const UNCOMPENSATED = ['group-worse-uncompensated'];
/** Serious findings that say a lawfulness test was answered "no" for a group. */
const UNLAWFUL = ['lawfulness-failed'];
/** Serious findings another sentence already says (children; gaps; the screening; the judgement). */
const SAID_ELSEWHERE = ['children-rights-missing', 'best-interests-missing', 'children-views-missing', 'gaps-widen', 'screening-contradiction', 'judgement-contradicts-findings'];

/** The open serious findings, as the result lists them (`openSerious`). */
export function openSerious(result: AssessmentResult) {
  const open = new Set(result.openSerious);
  return result.findings.filter((f) => open.has(f.id));
}

/** The groups named by the findings with one of `codes`, each once, in the result's order. */
export function groupsOf(findings: AssessmentResult['findings'], codes: string[]): string[] {
  return [...new Set(findings.filter((f) => codes.includes(f.code) && typeof f.params?.group === 'string').map((f) => String(f.params!.group)))];
}

export function actionSentences(ctx: Ctx, result: AssessmentResult): Candidate[] {
  const out: Candidate[] = [];
  const measuresAsked = ctx.tagged('measures').some((l) => l.question.type === 'group');
  const measures = titles(ctx.items('measures'));
  if (measures.length) out.push(candidate(1, 'measures', { count: measures.length, ...names('measures', measures) }));
  else if (measuresAsked) out.push(candidate(result.heatmap.groups.length ? 1 : 6, 'measures-none'));

  // "No measure at all" and "no measure that compensates" are different facts, said apart.
  const serious = openSerious(result);
  const said: string[] = [];
  const sentence = (drop: number, code: string, codes: string[]) => {
    const groups = groupsOf(serious, codes);
    if (!groups.length) return;
    out.push(candidate(drop, code, names('groups', groups)));
    said.push(...codes);
  };
  sentence(1, 'unaddressed', UNADDRESSED);
  sentence(1, 'uncompensated', UNCOMPENSATED);
  sentence(2, 'unjustified', UNLAWFUL);
  const other = serious.filter((f) => !said.includes(f.code) && !SAID_ELSEWHERE.includes(f.code));
  if (other.length) out.push(candidate(4, said.length ? 'open-high-more' : 'open-high', { count: other.length }));
  if (!serious.length && measuresAsked && result.heatmap.groups.length) out.push(candidate(7, 'all-addressed'));

  if (result.knownGaps) {
    const reason = ownWords(result.knownGaps.reason);
    const count = result.knownGaps.findings.length;
    if (count) out.push(candidate(0, reason ? 'known-gaps' : 'known-gaps-no-reason', reason ? { count, reason } : { count }));
  }
  return out;
}

export function closingSentences(ctx: Ctx, result: AssessmentResult): Candidate[] {
  return [
    ...recommendationSentences(result),
    ...followUpSentences(ctx),
    ...judgementSentences(ctx, result),
    ...uncertaintySentences(ctx, result),
  ];
}

/**
 * Counts by status, as the result gives them; then how many statuses an open
 * serious finding holds at "partly met", and how many answers of the check
 * the other answers do not back. Nothing when the check was not made (a
 * light analysis, or no criteria answered).
 */
function recommendationSentences(result: AssessmentResult): Candidate[] {
  const count = (...statuses: Status[]) => result.recommendations.filter((r) => statuses.includes(r.status)).length;
  const scored = { met: count('met'), partly: count('partly'), notMet: count('not-met') };
  if (scored.met + scored.partly + scored.notMet === 0) return [];
  const notRelevant = count('not-relevant');
  const notChecked = count('not-answered');
  const out = [
    notChecked
      ? candidate(5, 'recommendations-not-checked', { ...scored, count: notChecked + notRelevant })
      : notRelevant
        ? candidate(5, 'recommendations-not-relevant', { ...scored, count: notRelevant })
        : candidate(5, 'recommendations', scored),
  ];
  const capped = result.recommendations.filter((r) => r.capped).length;
  if (capped) out.push(candidate(5, 'recommendations-capped', { count: capped }));
  const notShown = result.recommendations.flatMap((r) => r.criteria).filter((c) => c.note === 'claimed-not-shown').length;
  if (notShown) out.push(candidate(6, 'claims-not-shown', { count: notShown }));
  return out;
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

/** Judgements that let the proposal go ahead: said with the open serious problems when there are any. */
const GOES_AHEAD = ['proceed', 'adjust'];

/**
 * A judgement whose option carries a known tag has its own sentence; any
 * other is quoted by its option text. A judgement that lets the proposal go
 * ahead while serious problems are open says so in the same sentence.
 */
function judgementSentences(ctx: Ctx, result: AssessmentResult): Candidate[] {
  const q = ctx.first('overall-judgement');
  if (!q || typeof q.value !== 'string' || !q.value) return [];
  const tag = JUDGEMENTS.find((j) => ctx.optionTags(q.located, q.value).includes(j));
  if (tag) return [candidate(1, `judgement-${tag}${GOES_AHEAD.includes(tag) && result.openSerious.length ? '-open' : ''}`)];
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
