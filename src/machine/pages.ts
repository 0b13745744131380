/**
 * Pages within a step. A step that repeats its questions (per affected
 * group) or gathers many criteria (the recommendation check) is worked
 * through one part at a time: one page per item of the group it is asked
 * for, or one per recommendation, and then an overview of them all. Any
 * other step is a single page. The step's kind and the answers decide the
 * pages, so no step needs code of its own; the machine keeps the page on
 * screen, the step keeps one form.
 */
import type { Answers } from '../questionnaire/answers';
import { groupItems } from '../questionnaire/answers';
import type { Step } from '../questionnaire/schema';
import type { PageScope } from '../questionnaire/step-schema';
import type { Model } from './navigation';

export type Page =
  /** A step shown whole. */
  | { kind: 'all'; id: 'all' }
  /** One item of the group a per-item step is asked for. */
  | { kind: 'item'; id: string; itemId: string }
  /** One recommendation of the check. */
  | { kind: 'recommendation'; id: string; recommendationId: string }
  /** Every item (or recommendation) of the step at a glance; submitting it submits the step. */
  | { kind: 'overview'; id: 'overview' };

export const ALL: Page = { kind: 'all', id: 'all' };
export const OVERVIEW: Page = { kind: 'overview', id: 'overview' };

/** The pages of `step` for these answers, in order; the overview (when there is one) last. */
export function stepPages(model: Model, answers: Answers, step: Step): Page[] {
  if (step.kind === 'per-item') {
    const items = groupItems(answers[step.of]).map((i): Page => ({ kind: 'item', id: `item-${i.id}`, itemId: i.id }));
    return [...items, OVERVIEW];
  }
  if (step.kind === 'recommendation-check') {
    const recs = model.framework.recommendations.map(
      (r): Page => ({ kind: 'recommendation', id: `rec-${r.id}`, recommendationId: r.id }),
    );
    return [...recs, OVERVIEW];
  }
  return [ALL];
}

/** True when the step is worked through in more than one page. */
export function isPaged(step: Step): boolean {
  return step.kind === 'per-item' || step.kind === 'recommendation-check';
}

/** The page with this id in the step, if it has one. */
export function findPage(model: Model, answers: Answers, step: Step, pageId: string | null): Page | undefined {
  return pageId === null ? undefined : stepPages(model, answers, step).find((p) => p.id === pageId);
}

/** The page after `pageId` in the step, if any. */
export function nextPage(model: Model, answers: Answers, step: Step, pageId: string | null): Page | undefined {
  const pages = stepPages(model, answers, step);
  const index = pages.findIndex((p) => p.id === pageId);
  return index < 0 ? undefined : pages[index + 1];
}

/** The page before `pageId` in the step, if any. */
export function previousPage(model: Model, answers: Answers, step: Step, pageId: string | null): Page | undefined {
  const pages = stepPages(model, answers, step);
  const index = pages.findIndex((p) => p.id === pageId);
  return index <= 0 ? undefined : pages[index - 1];
}

/** What a page checks; the overview and a whole step check everything. */
export function pageScope(page: Page | undefined): PageScope | undefined {
  if (page?.kind === 'item') return { itemId: page.itemId };
  if (page?.kind === 'recommendation') return { recommendationId: page.recommendationId };
  return undefined;
}
