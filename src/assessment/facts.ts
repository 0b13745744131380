/**
 * Facts the answers establish, read by tag and shared by the backing checks
 * (src/assessment/backing) and the rules (src/assessment/rules), so that a
 * criterion's evidence and a finding can never read the same answers in two
 * different ways: which groups get worse and on which dimensions, which
 * measures address and compensate a group, whether children are affected,
 * which groups a factor defines.
 */
import type { Scalar } from '../questionnaire/answers';
import { perItem, valueText, type Ctx, type Item } from './context';
import type { AnswerRef } from './result';

/** Dimension tags are `dimension-<name>`; the ones about getting to the service at all. */
export const ACCESS_DIMENSIONS = ['dimension-physical', 'dimension-digital', 'dimension-language', 'dimension-cost', 'dimension-time', 'dimension-information', 'dimension-channel'];

/** Group factors (option tags) about a person's own income and work: recommendation 4. */
export const SELF_SUPPORT_FACTORS = ['low-income', 'income-support', 'far-from-labour-market'];

const dimensionTags = (tags: readonly string[] | undefined) => (tags ?? []).filter((t) => t.startsWith('dimension-'));

/** One answer that says a group gets worse, and on which dimension (if the answer names one). */
export interface Worse {
  dimension?: string;
  ref: AnswerRef;
  /** When the answer is a barrier (an audit): the barrier item and its severity score, if rated. */
  barrier?: { item: Item; score: number | null };
}

/** What the answers say about one affected group. */
export interface GroupFacts {
  group: Item;
  /** Option tags of the group's factors (children, low-income …), and the factor option ids. */
  factorTags: string[];
  factorIds: string[];
  /** Each answer that says the group gets worse. */
  worse: Worse[];
  /** The distinct dimension tags it gets worse on, in questionnaire order. */
  worseDimensions: string[];
  /** Dimension questions answered "don't know" or left empty for the group. */
  unrated: Array<{ dimension?: string; ref: AnswerRef }>;
  /** The overall consequence rating's option tags and its reference, when asked. */
  rating?: { tags: string[]; ref: AnswerRef; answered: boolean };
  /** Measures whose "addresses" answer names the group, and those marked as compensating. */
  measures: Item[];
  compensating: Item[];
}

/** Measures whose "addresses" answer names the group item. */
export function measuresFor(ctx: Ctx, groupId: string): Item[] {
  return ctx.items('measures').filter((m) => {
    const addresses = ctx.field(m, 'measure-addresses');
    return Array.isArray(addresses) && addresses.includes(groupId);
  });
}

/** True when the measure is marked as compensating (its `measure-compensates` answer is tagged yes). */
export function compensates(ctx: Ctx, measure: Item): boolean {
  const q = ctx.fieldQuestion(measure, 'measure-compensates');
  return q !== undefined && ctx.optionTags(q, measure.values[q.question.id]).includes('yes');
}

/** Tags and ids of the factors chosen for a group. */
function factorsOf(ctx: Ctx, group: Item): { tags: string[]; ids: string[] } {
  const q = ctx.fieldQuestion(group, 'group-factors');
  if (!q) return { tags: [], ids: [] };
  const value = group.values[q.question.id];
  return { tags: ctx.optionTags(q, value), ids: Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string') : [] };
}

/** One barrier of an audit: its dimension tag, the group ids it concerns, its severity score and the answer. */
export interface Barrier {
  item: Item;
  dimension?: string;
  groups: string[];
  /** The severity option's score (1 minor … 4 excludes), or null when not rated or "don't know". */
  score: number | null;
  ref: AnswerRef;
}

/** The audit's barriers (a list with a dimension, the groups concerned and a scored severity), in order. */
export function barrierList(ctx: Ctx): Barrier[] {
  const dimension = ctx.tagged('barrier-dimension')[0];
  const groupsField = ctx.tagged('barrier-groups')[0];
  if (!dimension?.group || !groupsField) return [];
  const severity = ctx.tagged('barrier-severity').find((l) => l.group?.id === dimension.group!.id);
  return ctx.itemsOf(dimension.group.id).map((item): Barrier => {
    const groups = item.values[groupsField.question.id];
    const dims = dimensionTags(ctx.optionTags(dimension, item.values[dimension.question.id]));
    const level = severity ? item.values[severity.question.id] : undefined;
    const score = severity && typeof level === 'string' && level ? (ctx.option(severity, level)?.score ?? null) : null;
    return {
      item,
      ...(dims[0] ? { dimension: dims[0] } : {}),
      groups: Array.isArray(groups) ? groups.filter((g): g is string => typeof g === 'string') : [],
      score,
      ref: ctx.ref(dimension.group!.id, { itemId: item.id, value: valueText(item.values[dimension.question.id]) }),
    };
  });
}

/** Barriers per group id, as answers that say the group meets something worse. */
function barriers(ctx: Ctx): Map<string, Worse[]> {
  const out = new Map<string, Worse[]>();
  for (const b of barrierList(ctx)) {
    const worse: Worse = { ...(b.dimension ? { dimension: b.dimension } : {}), ref: b.ref, barrier: { item: b.item, score: b.score } };
    for (const g of b.groups) out.set(g, [...(out.get(g) ?? []), worse]);
  }
  return out;
}

/** The facts of every affected group, in the order the user listed them. */
export function groupFacts(ctx: Ctx): GroupFacts[] {
  const dimensions = ctx.tagged('consequence-dimension').filter((l) => l.step.kind === 'per-item');
  const rating = ctx.tagged('consequence-rating').find((l) => l.step.kind === 'per-item');
  const barrierMap = barriers(ctx);
  return ctx.items('affected-groups').map((group): GroupFacts => {
    const worse: Worse[] = [];
    const unrated: GroupFacts['unrated'] = [];
    for (const d of dimensions) {
      const value = perItem(ctx.answers, d.question.id, group.id);
      const option = typeof value === 'string' && value ? ctx.option(d, value) : undefined;
      const dimension = dimensionTags(d.question.tags)[0];
      const ref = ctx.ref(d.question.id, { itemId: group.id, value: valueText(value) });
      if (option?.score !== undefined && option.score < 0) worse.push({ ...(dimension ? { dimension } : {}), ref });
      else if (option?.score === undefined) unrated.push({ ...(dimension ? { dimension } : {}), ref });
    }
    worse.push(...(barrierMap.get(group.id) ?? []));
    const factors = factorsOf(ctx, group);
    const measures = measuresFor(ctx, group.id);
    const ratingValue = rating ? perItem(ctx.answers, rating.question.id, group.id) : undefined;
    return {
      group,
      factorTags: factors.tags,
      factorIds: factors.ids,
      worse,
      worseDimensions: [...new Set(worse.flatMap((w) => (w.dimension ? [w.dimension] : [])))],
      unrated,
      ...(rating
        ? {
            rating: {
              tags: ctx.optionTags(rating, ratingValue),
              ref: ctx.ref(rating.question.id, { itemId: group.id, value: valueText(ratingValue) }),
              answered: typeof ratingValue === 'string' && ratingValue !== '',
            },
          }
        : {}),
      measures,
      compensating: measures.filter((m) => compensates(ctx, m)),
    };
  });
}

/** The group factor ids chosen for a group that carry one of `tags`. */
export function factorIdsWith(ctx: Ctx, facts: GroupFacts, tags: readonly string[]): string[] {
  const q = ctx.fieldQuestion(facts.group, 'group-factors');
  if (!q) return [];
  return facts.factorIds.filter((id) => (ctx.option(q, id)?.tags ?? []).some((t) => tags.includes(t)));
}

/** Whether children or young people are affected, and the answers that say so. */
export function childrenAffected(ctx: Ctx): { affected: boolean; refs: AnswerRef[]; screeningNo: AnswerRef | undefined } {
  const screening = ctx.first('children-affected');
  const says = (tag: string) => screening !== undefined && ctx.optionTags(screening.located, screening.value).includes(tag);
  const groups = groupFacts(ctx).filter((g) => g.factorTags.includes('children'));
  const refs = [
    ...(screening && says('yes') ? [ctx.ref(screening.located.question.id, { value: valueText(screening.value) })] : []),
    ...groups.map((g) => ctx.ref(g.group.groupId, { itemId: g.group.id })),
  ];
  // "Not relevant" (a service without child users, with its reason) says no children are affected, as "no" does.
  const screeningNo = screening && (says('no') || says('not-relevant')) ? ctx.ref(screening.located.question.id, { value: valueText(screening.value) }) : undefined;
  return { affected: refs.length > 0, refs, screeningNo };
}

/** The first visible question tagged `tag` outside groups and per-item steps, its value and tags. */
export function single(ctx: Ctx, tag: string): { ref: AnswerRef; value: Scalar | undefined; tags: string[]; text: string } | undefined {
  const q = ctx.first(tag);
  if (!q) return undefined;
  const value = typeof q.value === 'string' ? q.value : undefined;
  return { ref: ctx.ref(q.located.question.id, { value: valueText(q.value) }), value, tags: ctx.optionTags(q.located, q.value), text: valueText(q.value).trim() };
}
