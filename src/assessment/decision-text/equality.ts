/**
 * The equality block: the proposal in the user's own words, why it is made
 * and its goal (where the user's figures usually stand), the
 * alternatives (the proposal, the zero alternative, the others) and the
 * reasons for the judgement, then per affected group what it gains or loses
 * and on which dimensions, whether gaps widen, and what remains uncertain.
 * Gains and losses come from the result's heat map and the groups' facts;
 * nothing is recomputed.
 */
import { perItem, type Ctx, type Item } from '../context';
import { groupFacts, type GroupFacts } from '../facts';
import type { AssessmentResult } from '../result';
import { barrierSentences, representationSentences, resourceSentences, serviceSentences } from './audit';
import { fieldSource, itemSource, ownWords, perGroupAnswer, sentence, textOf } from './shared';
import { minoritySentences } from './minorities';
import { code, type DecisionCode } from './codes';
import type { AnswerSource, DecisionSentence } from './types';

function proposalSentences(ctx: Ctx, result: AssessmentResult): DecisionSentence[] {
  const out: DecisionSentence[] = [];
  const description = textOf(ctx, 'proposal-description');
  const title = textOf(ctx, 'meta-title');
  // An audit names the service it is about; the assessment's title only when it does not.
  const service = serviceSentences(ctx);
  if (description) out.push(sentence('proposal', { description: description.text }, [description.source]));
  else if (service.length) out.push(...service);
  else if (title) out.push(sentence('proposal-title', { title: title.text }, [title.source]));
  const problem = textOf(ctx, 'proposal-problem');
  if (problem) out.push(sentence('problem', { problem: problem.text }, [problem.source]));
  const goal = textOf(ctx, 'proposal-goal');
  if (goal) out.push(sentence('goal', { goal: goal.text }, [goal.source]));
  if (result.depth === 'no-analysis') {
    const outcome = ctx.first('screening-outcome');
    const why = textOf(ctx, 'screening-justification');
    if (why) out.push(sentence('screening-no-analysis', { justification: why.text }, [why.source]));
    else if (outcome) out.push(sentence('screening-no-analysis-unjustified', undefined, [{ question: outcome.located.question.id }]));
  }
  return out;
}

/** An item whose label the user wrote (an item with a blank label is named by nothing the user said). */
const named = (ctx: Ctx, item: Item) => {
  const src = itemSource(ctx, item);
  return ownWords(item.values[src.question]) ? src : undefined;
};

function alternativeSentences(ctx: Ctx): DecisionSentence[] {
  const out: DecisionSentence[] = [];
  const others: DecisionSentence[] = [];
  for (const item of ctx.items('alternatives')) {
    const kindQ = ctx.fieldQuestion(item, 'alternative-kind');
    const kind = kindQ ? ctx.optionTags(kindQ, item.values[kindQ.question.id]) : [];
    const equityQ = ctx.fieldQuestion(item, 'alternative-equity');
    const equity = equityQ ? ownWords(item.values[equityQ.question.id]) : '';
    const equitySrc = fieldSource(ctx, item, 'alternative-equity');
    const name = named(ctx, item);
    const kindSrc = fieldSource(ctx, item, 'alternative-kind');
    if (kind.includes('the-proposal')) {
      if (equity && equitySrc) out.unshift(sentence('alternative-proposal', { equity }, [equitySrc, ...(kindSrc ? [kindSrc] : [])]));
      continue;
    }
    if (!name) continue;
    // The second and later other alternatives are introduced differently, so the paragraph does not repeat itself.
    const kindCode = kind.includes('zero-alternative') ? 'alternative-zero' : others.length ? 'alternative-more' : 'alternative-other';
    const srcs: AnswerSource[] = [name, ...(kindSrc ? [kindSrc] : [])];
    const params = { alternative: item.title.replace(/\s+/g, ' ').trim() };
    const s = equity && equitySrc ? sentence(code(`${kindCode}-equity`), { ...params, equity }, [...srcs, equitySrc]) : sentence(kindCode, params, srcs);
    if (kindCode === 'alternative-zero') out.push(s);
    else others.push(s);
  }
  out.push(...others);
  const reasons = textOf(ctx, 'judgement-reasons');
  if (reasons) out.push(sentence('reasons', { reasons: reasons.text }, [reasons.source]));
  return out;
}

/** The per-group answers of the dimension questions whose score is below (`sign` -1) or above (1) zero. */
function dimensionsWhere(result: AssessmentResult, groupId: string, sign: 1 | -1): string[] {
  return result.heatmap.dimensions.filter((d) =>
    result.heatmap.cells.some((c) => c.groupId === groupId && c.dimension === d && c.value !== null && Math.sign(c.value) === sign),
  );
}

const RATING_CODES: Record<string, DecisionCode> = {
  negative: 'group-negative',
  mixed: 'group-mixed-rating',
  positive: 'group-positive',
  neutral: 'group-neutral',
  unknown: 'group-unknown',
};

const gapAnswer = (ctx: Ctx, groupId: string) => {
  const gap = ctx.tagged('gap-effect').find((l) => l.step.kind === 'per-item');
  return gap ? perGroupAnswer(ctx, gap, groupId) : undefined;
};

function groupSentences(ctx: Ctx, result: AssessmentResult, facts: GroupFacts, sameGaps: boolean): DecisionSentence[] {
  const group = facts.group;
  const name = named(ctx, group);
  if (!name) return [];
  const params = { group: group.title.replace(/\s+/g, ' ').trim() };
  const worse = dimensionsWhere(result, group.id, -1);
  const better = dimensionsWhere(result, group.id, 1);
  const cellSources = (dims: string[]): AnswerSource[] => dims.map((d) => ({ question: d, item: group.id }));
  const out: DecisionSentence[] = [];
  if (worse.length && better.length) {
    out.push(sentence('group-gains-losses', { ...params, betterDimensions: better, worseDimensions: worse }, [name, ...cellSources([...better, ...worse])]));
  } else if (worse.length) {
    out.push(sentence('group-loses', { ...params, worseDimensions: worse }, [name, ...cellSources(worse)]));
  } else if (better.length) {
    out.push(sentence('group-gains', { ...params, betterDimensions: better }, [name, ...cellSources(better)]));
  } else if (facts.worse.length) {
    // Barriers (a service audit) say a group is worse off without a dimension question of the heat map.
    const areas = [...new Set(facts.worseDimensions)];
    const srcs = facts.worse.map((w) => ({ question: w.ref.questionId, ...(w.ref.itemId ? { item: w.ref.itemId } : {}) }));
    out.push(areas.length ? sentence('group-barriers', { ...params, areas }, [name, ...srcs]) : sentence('group-barriers-unplaced', params, [name, ...srcs]));
  }
  const rating = facts.rating;
  const ratingTag = rating?.answered ? Object.keys(RATING_CODES).find((t) => rating.tags.includes(t)) : undefined;
  const ratingSrc: AnswerSource | undefined = rating?.answered ? { question: rating.ref.questionId, item: group.id } : undefined;
  if (ratingTag && ratingSrc) {
    // The overall rating is said when the dimensions did not already say it, or when it says more (mixed, negative under gains).
    const saidBy = out.length > 0;
    const adds = (ratingTag === 'negative' || ratingTag === 'mixed') && !worse.length && !facts.worse.length;
    if (!saidBy) out.push(sentence(RATING_CODES[ratingTag]!, params, [name, ratingSrc]));
    else if (adds) out.push(sentence(code(`${RATING_CODES[ratingTag]!}-overall`), undefined, [ratingSrc]));
  }
  // A service audit reads groups through its barriers: a group with none has no barrier named, not an unassessed effect.
  const byBarriers = ctx.tagged('barrier-groups').length > 0 && !ctx.tagged('consequence-dimension').some((l) => l.step.kind === 'per-item');
  if (!out.length) out.push(sentence(byBarriers ? 'group-no-barriers' : 'group-not-assessed', params, [name]));

  const answer = gapAnswer(ctx, group.id);
  if (answer && !sameGaps) {
    const widen = result.findings.filter((f) => f.id === `gaps-widen:${group.id}`).map((f) => f.id);
    out.push(sentence(code(`gaps-${gapRole(answer.tags)}`), undefined, [answer.source], widen));
  }
  out.push(...cumulativeSentences(ctx, result, group.id));
  return out;
}

/** A group that other changes hit in the same period (answered yes), with the user's details when given. */
function cumulativeSentences(ctx: Ctx, result: AssessmentResult, groupId: string): DecisionSentence[] {
  const q = ctx.tagged('cumulative-effects').find((l) => l.step.kind === 'per-item');
  const answer = q ? perGroupAnswer(ctx, q, groupId) : undefined;
  if (!answer?.tags.includes('yes')) return [];
  const findings = result.findings.filter((f) => f.id === `cumulative-effects:${groupId}`).map((f) => f.id);
  const detailsQ = ctx.tagged('cumulative-details').find((l) => l.step.kind === 'per-item');
  const details = detailsQ ? ownWords(perItem(ctx.answers, detailsQ.question.id, groupId)) : '';
  return details && detailsQ
    ? [sentence('cumulative-details', { details }, [answer.source, { question: detailsQ.question.id, item: groupId }], findings)]
    : [sentence('cumulative', undefined, [answer.source], findings)];
}

/** What a gap answer says: widen, narrow, unknown or stay. */
const gapRole = (tags: string[]) => (tags.includes('widens') ? 'widen' : tags.includes('narrows') ? 'narrow' : tags.includes('dont-know') ? 'unknown' : 'stay');

/**
 * Each group's gains and losses, and what happens to its gaps to others.
 * When the gaps go the same way for every group (two or more), that is said
 * once after the groups rather than after each.
 */
function groupEffects(ctx: Ctx, result: AssessmentResult): DecisionSentence[] {
  const facts = groupFacts(ctx).filter((f) => ownWords(f.group.values[itemSource(ctx, f.group).question]));
  const gaps = facts.map((f) => gapAnswer(ctx, f.group.id));
  const roles = new Set(gaps.map((g) => (g ? gapRole(g.tags) : undefined)));
  const role = facts.length > 1 && roles.size === 1 ? [...roles][0] : undefined;
  const out = facts.flatMap((f) => groupSentences(ctx, result, f, role !== undefined));
  if (role) {
    const findings = result.findings.filter((f) => f.code === 'gaps-widen').map((f) => f.id);
    out.push(sentence(code(`gaps-${role}-all`), { count: facts.length }, gaps.flatMap((g) => (g ? [g.source] : [])), findings));
  }
  return out;
}

function uncertaintySentences(ctx: Ctx, result: AssessmentResult): DecisionSentence[] {
  const out: DecisionSentence[] = [];
  const uncertainties = textOf(ctx, 'uncertainties');
  if (uncertainties) out.push(sentence('uncertainties', { uncertainties: uncertainties.text }, [uncertainties.source]));
  const gaps = textOf(ctx, 'evidence-gaps');
  if (gaps) out.push(sentence('evidence-gaps', { gaps: gaps.text }, [gaps.source]));
  const unknown = result.knowledgeGaps.map((g) => ({ question: g.ref.questionId, ...(g.ref.itemId ? { item: g.ref.itemId } : {}) }));
  if (unknown.length) out.push(sentence('knowledge-gaps', { count: unknown.length }, unknown));
  return out;
}

export function equalityBlock(ctx: Ctx, result: AssessmentResult): DecisionSentence[] {
  const alternatives = alternativeSentences(ctx);
  // An audit gives the reasons for its conclusion after what it found; a proposal's follow its alternatives.
  const audit = serviceSentences(ctx).length > 0;
  const reasons = audit ? alternatives.filter((s) => s.code === 'reasons') : [];
  return [
    ...proposalSentences(ctx, result),
    ...alternatives.filter((s) => !reasons.includes(s)),
    ...representationSentences(ctx, result),
    ...groupEffects(ctx, result),
    ...barrierSentences(ctx, result),
    ...resourceSentences(ctx, result),
    ...minoritySentences(ctx, result),
    ...reasons,
    ...uncertaintySentences(ctx, result),
  ];
}
