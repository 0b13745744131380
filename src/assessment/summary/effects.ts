/**
 * Who is affected and how: the affected groups, those that may be worse off
 * (on which consequence dimensions), those whose consequence cannot be
 * judged yet, those better off, and children.
 *
 * "Worse off" means a negative effect on a dimension (from the result's heat
 * map) or an overall consequence tagged negative or mixed, even under an
 * overall "positive". Groups worse off on the same dimensions share one
 * sentence; more than two such sets of dimensions are said together in one
 * sentence. Groups whose gaps to others widen are said too, and then no
 * sentence says that no group is worse off.
 */
import type { Ctx } from '../context';
import { firstHas, perGroup } from '../rules/shared';
import type { AssessmentResult } from '../result';
import { candidate, names, type Candidate } from './shared';

interface GroupEffect {
  title: string;
  worseOn: string[];
  worse: boolean;
  unknown: boolean;
  better: boolean;
}

function groupEffects(ctx: Ctx, result: AssessmentResult): GroupEffect[] {
  const ratings = perGroup(ctx, 'consequence-rating');
  return result.heatmap.groups.map((g) => {
    const cells = result.heatmap.cells.filter((c) => c.groupId === g.id);
    const worseOn = result.heatmap.dimensions.filter((d) => cells.some((c) => c.dimension === d && c.value !== null && c.value < 0));
    const rating = ratings.find((r) => r.group.id === g.id);
    const tags = rating?.tags ?? [];
    const worse = worseOn.length > 0 || tags.includes('negative') || tags.includes('mixed');
    const unknown = !worse && tags.includes('unknown');
    const rated = tags.length > 0;
    const better = !worse && !unknown && (tags.includes('positive') || (!rated && cells.some((c) => c.value !== null && c.value > 0)));
    return { title: g.title, worseOn, worse, unknown, better };
  });
}

/** True when any consequence of a group was answered at all. */
function anyAnswered(ctx: Ctx, result: AssessmentResult): boolean {
  return result.heatmap.cells.some((c) => c.option !== undefined) || perGroup(ctx, 'consequence-rating').some((r) => r.tags.length > 0);
}

export function effectSentences(ctx: Ctx, result: AssessmentResult): Candidate[] {
  const out: Candidate[] = [];
  if (ctx.tagged('affected-groups').some((l) => l.question.type === 'group')) {
    const all = ctx.items('affected-groups').map((g) => g.title);
    out.push(all.length ? candidate(1, 'groups', { count: all.length, ...names('groups', all) }) : candidate(2, 'groups-none'));
  }

  const effects = groupEffects(ctx, result);
  const worse = effects.filter((e) => e.worse);
  const bySet = new Map<string, GroupEffect[]>();
  for (const e of worse) bySet.set(e.worseOn.join('\u0000'), [...(bySet.get(e.worseOn.join('\u0000')) ?? []), e]);
  const onDimensions = [...bySet.values()].filter((set) => set[0]!.worseOn.length > 0);
  if (onDimensions.length <= 2) {
    onDimensions.forEach((set, i) =>
      out.push(candidate(i === 0 ? 1 : 2, 'worse', { ...names('groups', set.map((e) => e.title)), worseDimensions: set[0]!.worseOn })),
    );
  } else {
    const groups = onDimensions.flat();
    const dimensions = result.heatmap.dimensions.filter((d) => groups.some((e) => e.worseOn.includes(d)));
    out.push(candidate(1, 'worse-various', { ...names('groups', groups.map((e) => e.title)), worseDimensions: dimensions }));
  }
  const ratedOnly = bySet.get('');
  if (ratedOnly) out.push(candidate(2, 'negative', names('groups', ratedOnly.map((e) => e.title))));

  const unknown = effects.filter((e) => e.unknown);
  if (unknown.length) out.push(candidate(4, 'unknown', names('groups', unknown.map((e) => e.title))));

  // Gaps that widen are a group getting worse off relative to others: then no sentence says "none worse off".
  const widen = [...new Set(result.findings.filter((f) => f.code === 'gaps-widen' && typeof f.params?.group === 'string').map((f) => String(f.params!.group)))];
  if (widen.length) out.push(candidate(3, 'gaps-widen', names('groups', widen)));

  const better = effects.filter((e) => e.better);
  if (effects.length && !worse.length && !unknown.length && !widen.length && anyAnswered(ctx, result)) {
    out.push(better.length === effects.length ? candidate(6, 'better-all') : candidate(6, 'no-worse'));
    if (better.length && better.length < effects.length) out.push(candidate(7, 'better', names('groups', better.map((e) => e.title))));
  } else if (better.length) {
    out.push(candidate(7, 'better', names('groups', better.map((e) => e.title))));
  }

  out.push(...childrenSentences(ctx, result));
  return out;
}

type Handled = 'done' | 'missing' | 'absent';

/**
 * Whether the question tagged `tag` is asked on the branch taken and
 * answered yes; a finding that says it is missing always makes it missing,
 * so this sentence never says more than the check.
 */
function handled(ctx: Ctx, result: AssessmentResult, tag: string, missingCodes: string[]): Handled {
  if (result.findings.some((f) => missingCodes.includes(f.code))) return 'missing';
  if (!ctx.first(tag)) return 'absent';
  return firstHas(ctx, tag, 'yes') ? 'done' : 'missing';
}

const CHILDREN_CODES: Record<`${Handled}/${Handled}`, string> = {
  'done/done': 'children-both',
  'done/missing': 'children-best-interests-only',
  'missing/done': 'children-views-only',
  'missing/missing': 'children-neither',
  'done/absent': 'children-best-interests-assessed',
  'missing/absent': 'children-best-interests-not-assessed',
  'absent/done': 'children-views-sought',
  'absent/missing': 'children-views-not-sought',
  'absent/absent': 'children-affected',
};

/** Children are affected when the screening says so or a group is defined by that factor (as in rule r3). */
function childrenSentences(ctx: Ctx, result: AssessmentResult): Candidate[] {
  const childGroups = ctx.items('affected-groups').filter((g) => {
    const factors = ctx.fieldQuestion(g, 'group-factors');
    return factors !== undefined && ctx.optionTags(factors, g.values[factors.question.id]).includes('children');
  });
  if (firstHas(ctx, 'children-affected', 'yes') || childGroups.length) {
    const best = handled(ctx, result, 'child-best-interests', ['children-rights-missing', 'best-interests-missing']);
    const views = handled(ctx, result, 'children-views', ['children-rights-missing', 'children-views-missing']);
    // A child's right left unmet is one of the facts a committee must read: it is never dropped for length.
    return [candidate(best === 'missing' || views === 'missing' ? 1 : 3, CHILDREN_CODES[`${best}/${views}`])];
  }
  if (firstHas(ctx, 'children-affected', 'no')) return [candidate(7, 'children-not-affected')];
  if (firstHas(ctx, 'children-affected', 'dont-know')) return [candidate(3, 'children-unknown')];
  return [];
}
