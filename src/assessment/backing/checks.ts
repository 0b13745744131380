/**
 * The named checks a criterion's backing (and its `relevantWhen`) declares
 * in questionnaires/framework.json. Each is a small pure predicate over the
 * answers, read by tag: it says whether the answers show the fact
 * (`holds`), or `null` when nothing on the branch taken can show it (the
 * questionnaire does not ask, or the fact does not apply), and gives its
 * reasons, each citing the answers (text `results.evidence.<code>`).
 */
import type { Check, CheckName } from '../../questionnaire/schema';
import { valueText, type Ctx } from '../context';
import { childrenAffected, groupFacts, single, type GroupFacts } from '../facts';
import type { Reason } from '../result';

export interface CheckOutcome {
  holds: boolean | null;
  reasons: Reason[];
}

const shown = (code: string, reason: Omit<Reason, 'code'> = { refs: [] }): CheckOutcome => ({ holds: true, reasons: [{ code, ...reason }] });
const notShown = (code: string, reason: Omit<Reason, 'code'> = { refs: [] }): CheckOutcome => ({ holds: false, reasons: [{ code, ...reason }] });
const unchecked: CheckOutcome = { holds: null, reasons: [] };
const names = (facts: GroupFacts[]) => facts.map((f) => f.group.title);

/**
 * The user's own word that no dialogue has been held (the question tagged
 * `dialogue-status`, an option tagged `none`): the list is then not asked, so
 * the outcome says so in place of an empty list, and whether one is planned.
 */
function dialogueDeclaredNone(ctx: Ctx): CheckOutcome | undefined {
  const status = ctx.first('dialogue-status');
  if (!status) return undefined;
  const tags = ctx.optionTags(status.located, status.value);
  if (!tags.includes('none')) return undefined;
  const ref = ctx.ref(status.located.question.id, { value: valueText(status.value) });
  return notShown(tags.includes('planned') ? 'dialogue-planned' : 'dialogue-not-held', { refs: [ref] });
}

/** At least one dialogue is recorded (an item in the list tagged `dialogue`), unless the user says none was held. */
function dialogueRecorded(ctx: Ctx): CheckOutcome {
  const declared = dialogueDeclaredNone(ctx);
  if (declared) return declared;
  const list = ctx.tagged('dialogue').find((l) => l.question.type === 'group');
  if (!list) return unchecked;
  const dialogues = ctx.itemsOf(list.question.id);
  if (!dialogues.length) return notShown('dialogue-none', { refs: [ctx.ref(list.question.id)] });
  return shown('dialogue-recorded', { params: { count: dialogues.length, dialogues: dialogues.map((d) => d.title) }, refs: dialogues.map((d) => ctx.ref(list.question.id, { itemId: d.id })) });
}

/** Some statistics are broken down (sex, age, area …), not "none". */
function disaggregatedEvidence(ctx: Ctx): CheckOutcome {
  const breakdowns = ctx.tagged('evidence-breakdown');
  if (!breakdowns.length) return unchecked;
  const broken: Reason['refs'] = [];
  for (const b of breakdowns) {
    const values = b.group ? ctx.itemsOf(b.group.id).map((i) => ({ v: i.values[b.question.id], itemId: i.id as string | undefined })) : [{ v: ctx.answers[b.question.id], itemId: undefined }];
    for (const { v, itemId } of values) {
      if (Array.isArray(v) && v.length > 0 && !ctx.optionTags(b, v).includes('none')) {
        broken.push(ctx.ref(b.group?.id ?? b.question.id, { ...(itemId ? { itemId } : {}), value: valueText(v) }));
      }
    }
  }
  const first = breakdowns[0]!;
  if (!broken.length) return notShown('evidence-not-broken-down', { refs: [ctx.ref(first.group?.id ?? first.question.id)] });
  return shown('evidence-broken-down', { params: { count: broken.length }, refs: broken });
}

/**
 * The groups say who is affected (at least one is defined by a ground or
 * factor), and every affected group has an overall consequence that is not
 * "unknown" (or, without one, every dimension rated).
 */
function consequencesAssessed(ctx: Ctx): CheckOutcome {
  const facts = groupFacts(ctx);
  const list = ctx.tagged('affected-groups')[0];
  if (!list) return unchecked;
  if (!facts.length) return notShown('no-groups', { refs: [ctx.ref(list.question.id)] });
  // A catch-all group ("everyone", defined by no ground or factor) says nothing about who is affected.
  const factors = ctx.tagged('group-factors')[0];
  const specific = (f: GroupFacts) => !factors || f.factorIds.some((id) => !(ctx.option(factors, id)?.tags ?? []).includes('unspecific'));
  if (!facts.some(specific)) return notShown('groups-not-specific', { params: { groups: names(facts) }, refs: facts.map((f) => ctx.ref(f.group.groupId, { itemId: f.group.id })) });
  const hasRating = facts.some((f) => f.rating);
  const hasDimensions = ctx.tagged('consequence-dimension').some((l) => l.step.kind === 'per-item');
  if (!hasRating && !hasDimensions) return unchecked;
  const open = facts.filter((f) => (f.rating ? !f.rating.answered || f.rating.tags.includes('unknown') : f.unrated.length > 0));
  if (open.length) return notShown('consequences-not-assessed', { params: { groups: names(open), assessed: facts.length - open.length, total: facts.length }, refs: open.map((f) => f.rating?.ref ?? ctx.ref(f.group.groupId, { itemId: f.group.id })) });
  return shown('consequences-assessed', { params: { count: facts.length }, refs: facts.flatMap((f) => (f.rating ? [f.rating.ref] : [])) });
}

/** Alternatives include the zero alternative, and each alternative other than the proposal says what it means for equity. */
function alternativesCompared(ctx: Ctx): CheckOutcome {
  const list = ctx.tagged('alternatives').find((l) => l.question.type === 'group');
  if (!list) return unchecked;
  const kind = ctx.tagged('alternative-kind').find((l) => l.group?.id === list.question.id);
  const equity = ctx.tagged('alternative-equity').find((l) => l.group?.id === list.question.id);
  const items = ctx.itemsOf(list.question.id);
  const kindTags = (id: string) => (kind ? ctx.optionTags(kind, items.find((i) => i.id === id)?.values[kind.question.id]) : []);
  const others = items.filter((i) => !kindTags(i.id).includes('the-proposal'));
  if (!others.length) return notShown('alternatives-none', { refs: [ctx.ref(list.question.id)] });
  if (kind && !others.some((i) => kindTags(i.id).includes('zero-alternative'))) return notShown('zero-alternative-missing', { refs: others.map((i) => ctx.ref(list.question.id, { itemId: i.id })) });
  const silent = equity ? others.filter((i) => !valueText(i.values[equity.question.id]).trim()) : [];
  if (silent.length) return notShown('alternatives-without-equity', { params: { alternatives: silent.map((i) => i.title) }, refs: silent.map((i) => ctx.ref(list.question.id, { itemId: i.id, value: equity!.question.id })) });
  return shown('alternatives-compared', { params: { count: others.length, alternatives: others.map((i) => i.title) }, refs: others.map((i) => ctx.ref(list.question.id, { itemId: i.id })) });
}

/** At least one indicator, and every indicator has a baseline and a breakdown by group. */
function indicatorsComplete(ctx: Ctx): CheckOutcome {
  const breakdown = ctx.tagged('indicator-breakdown')[0];
  const baseline = ctx.tagged('indicator-baseline')[0];
  const list = breakdown?.group ?? baseline?.group;
  if (!list) return unchecked;
  const items = ctx.itemsOf(list.id);
  if (!items.length) return notShown('indicators-none', { refs: [ctx.ref(list.id)] });
  const noBaseline = baseline ? items.filter((i) => !valueText(i.values[baseline.question.id]).trim()) : [];
  const noBreakdown = breakdown
    ? items.filter((i) => {
        const v = i.values[breakdown.question.id];
        return !Array.isArray(v) || v.length === 0 || ctx.optionTags(breakdown, v).includes('none');
      })
    : [];
  const reasons: Reason[] = [];
  if (noBaseline.length) reasons.push({ code: 'indicator-no-baseline', params: { indicators: noBaseline.map((i) => i.title), total: items.length }, refs: noBaseline.map((i) => ctx.ref(list.id, { itemId: i.id, value: baseline!.question.id })) });
  if (noBreakdown.length) reasons.push({ code: 'indicator-no-breakdown', params: { indicators: noBreakdown.map((i) => i.title), total: items.length }, refs: noBreakdown.map((i) => ctx.ref(list.id, { itemId: i.id, value: breakdown!.question.id })) });
  if (reasons.length) return { holds: false, reasons };
  return shown('indicators-complete', { params: { count: items.length, indicators: items.map((i) => i.title) }, refs: items.map((i) => ctx.ref(list.id, { itemId: i.id })) });
}

/** A follow-up date, someone who follows up, and at least one indicator. */
function followUpPlanned(ctx: Ctx): CheckOutcome {
  const date = single(ctx, 'follow-up-date');
  if (!date) return unchecked;
  const owner = single(ctx, 'follow-up-owner');
  const indicators = (ctx.tagged('indicator-baseline')[0] ?? ctx.tagged('indicator-breakdown')[0])?.group;
  const reasons: Reason[] = [];
  if (!date.text) reasons.push({ code: 'follow-up-no-date', refs: [date.ref] });
  if (owner && !owner.text) reasons.push({ code: 'follow-up-no-owner', refs: [owner.ref] });
  if (indicators && !ctx.itemsOf(indicators.id).length) reasons.push({ code: 'indicators-none', refs: [ctx.ref(indicators.id)] });
  if (reasons.length) return { holds: false, reasons };
  // The owner's name is said beside the date (empty where the questionnaire does not ask who follows up).
  const planned = { date: date.text, owner: owner?.text ?? '' };
  return shown('follow-up-planned', { params: planned, refs: [date.ref, ...(owner ? [owner.ref] : [])] });
}

function childrenAffectedCheck(ctx: Ctx): CheckOutcome {
  const children = childrenAffected(ctx);
  if (children.affected) return shown('children-affected', { refs: children.refs });
  return { holds: false, reasons: children.screeningNo ? [{ code: 'children-not-affected', refs: [children.screeningNo] }] : [] };
}

/** When children are affected: a yes-question (best interests, heard) answered yes. */
function childrenQuestion(ctx: Ctx, tag: string, yes: string, no: string): CheckOutcome {
  const children = childrenAffected(ctx);
  if (!children.affected) return unchecked;
  const q = single(ctx, tag);
  if (!q) return unchecked;
  return q.tags.includes('yes') ? shown(yes, { refs: [q.ref] }) : notShown(no, { refs: [...children.refs, q.ref] });
}

/** When children are affected: children in vulnerable situations are described. */
function vulnerableChildren(ctx: Ctx): CheckOutcome {
  const children = childrenAffected(ctx);
  if (!children.affected) return unchecked;
  const q = single(ctx, 'vulnerable-children');
  if (!q) return unchecked;
  return q.text ? shown('vulnerable-children-described', { refs: [q.ref] }) : notShown('vulnerable-children-not-described', { refs: [...children.refs, q.ref] });
}

const withFactors = (ctx: Ctx, factors: readonly string[]) => groupFacts(ctx).filter((f) => f.factorTags.some((t) => factors.includes(t)));

function factorGroupPresent(ctx: Ctx, check: Check): CheckOutcome {
  const factors = check.factors ?? [];
  const groups = withFactors(ctx, factors);
  if (groups.length) return shown('factor-group-present', { params: { groups: names(groups) }, refs: groups.map((f) => ctx.ref(f.group.groupId, { itemId: f.group.id })) });
  return { holds: false, reasons: [] };
}

/** A group defined by one of the factors is named, and its consequences are assessed (not "unknown"). */
function factorGroupAssessed(ctx: Ctx, check: Check): CheckOutcome {
  const list = ctx.tagged('affected-groups')[0];
  if (!list) return unchecked;
  const factors = check.factors ?? [];
  const groups = withFactors(ctx, factors);
  if (!groups.length) return notShown('factor-group-absent', { params: { factors }, refs: [ctx.ref(list.question.id)] });
  const open = groups.filter((f) => (f.rating ? !f.rating.answered || f.rating.tags.includes('unknown') : false));
  if (open.length) return notShown('factor-group-not-assessed', { params: { groups: names(open) }, refs: open.map((f) => f.rating!.ref) });
  return shown('factor-group-assessed', { params: { groups: names(groups) }, refs: groups.map((f) => f.rating?.ref ?? ctx.ref(f.group.groupId, { itemId: f.group.id })) });
}

/**
 * On the given dimensions, every group is rated (not "don't know"), and a
 * group that gets worse has a measure marked as compensating.
 */
function noUncompensatedWorse(ctx: Ctx, check: Check): CheckOutcome {
  const dims = check.dimensions ?? [];
  const asked = ctx.tagged('consequence-dimension').some((l) => l.question.tags?.some((t) => dims.includes(t))) || ctx.tagged('barrier-dimension').length > 0;
  if (!asked) return unchecked;
  const facts = groupFacts(ctx);
  const list = ctx.tagged('affected-groups')[0];
  if (!facts.length) return list ? notShown('no-groups', { refs: [ctx.ref(list.question.id)] }) : unchecked;
  const reasons: Reason[] = [];
  const worse = facts.filter((f) => f.worse.some((w) => w.dimension && dims.includes(w.dimension)) && !f.compensating.length);
  for (const f of worse) {
    const rows = f.worse.filter((w) => w.dimension && dims.includes(w.dimension));
    reasons.push({ code: 'worse-uncompensated', params: { group: f.group.title, dimensions: [...new Set(rows.map((w) => w.dimension!))] }, refs: rows.map((w) => w.ref) });
  }
  const unrated = facts.filter((f) => f.unrated.some((u) => u.dimension && dims.includes(u.dimension)));
  if (unrated.length) {
    const rows = unrated.flatMap((f) => f.unrated.filter((u) => u.dimension && dims.includes(u.dimension)));
    reasons.push({ code: 'dimension-not-rated', params: { groups: names(unrated), dimensions: [...new Set(rows.map((u) => u.dimension!))] }, refs: rows.map((u) => u.ref) });
  }
  if (reasons.length) return { holds: false, reasons };
  return shown('no-uncompensated-worse', { params: { dimensions: dims.filter((d) => ctx.tagged(d).length > 0), count: facts.length }, refs: [] });
}

/** Every group's gap effect is answered, and none widens. */
function gapsNotWidening(ctx: Ctx): CheckOutcome {
  const gap = ctx.tagged('gap-effect').find((l) => l.step.kind === 'per-item');
  if (!gap) return unchecked;
  const facts = groupFacts(ctx);
  if (!facts.length) return unchecked;
  const value = (f: GroupFacts) => {
    const map = ctx.answers[gap.question.id];
    return map && typeof map === 'object' && !Array.isArray(map) ? map[f.group.id] : undefined;
  };
  const ref = (f: GroupFacts) => ctx.ref(gap.question.id, { itemId: f.group.id, value: valueText(value(f)) });
  const widen = facts.filter((f) => ctx.optionTags(gap, value(f)).includes('widens'));
  if (widen.length) return notShown('gaps-widen', { params: { groups: names(widen) }, refs: widen.map(ref) });
  const open = facts.filter((f) => !value(f) || ctx.optionTags(gap, value(f)).includes('dont-know'));
  if (open.length) return notShown('gaps-not-assessed', { params: { groups: names(open), answered: facts.length - open.length, total: facts.length }, refs: open.map(ref) });
  return shown('gaps-not-widening', { params: { count: facts.length }, refs: facts.map(ref) });
}

export const CHECKS: Record<CheckName, (ctx: Ctx, check: Check) => CheckOutcome> = {
  'dialogue-recorded': dialogueRecorded,
  'disaggregated-evidence': disaggregatedEvidence,
  'consequences-assessed': consequencesAssessed,
  'alternatives-compared': alternativesCompared,
  'indicators-complete': indicatorsComplete,
  'follow-up-planned': followUpPlanned,
  'children-affected': childrenAffectedCheck,
  'child-best-interests-assessed': (ctx) => childrenQuestion(ctx, 'child-best-interests', 'best-interests-assessed', 'best-interests-not-assessed'),
  'children-heard': (ctx) => childrenQuestion(ctx, 'children-views', 'children-heard', 'children-not-heard'),
  'vulnerable-children-considered': vulnerableChildren,
  'factor-group-present': factorGroupPresent,
  'factor-group-assessed': factorGroupAssessed,
  'no-uncompensated-worse': noUncompensatedWorse,
  'gaps-not-widening': gapsNotWidening,
};

/** Runs one declared check. */
export function runCheck(ctx: Ctx, check: Check): CheckOutcome {
  return CHECKS[check.check](ctx, check);
}
