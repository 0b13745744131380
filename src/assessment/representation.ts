/**
 * Representation in numbers, the quantitative heart of the 3R method
 * (representation, resources, norms) from gender-equality work: for each
 * group the user names, its share among the service's users against its
 * share among those who need the service (or the population). The ratio
 * users ÷ need is 1 when the group is represented as its need predicts;
 * below the framework's `thresholds.underRepresented` it counts as
 * under-represented (the rules raise the finding, readers show the table).
 *
 * Shares are read by tag (`share-users`, `share-need`, `representation-basis`
 * on the fields of the affected-groups list), so any questionnaire can ask
 * them. Number answers are stored as decimal strings ("12.5").
 */
import { valueText, type Ctx } from './context';
import type { AnswerRef } from './result';

export interface RepresentationRow {
  /** The affected-group item. */
  groupId: string;
  title: string;
  /** Per cent (0–100), or null when not given. */
  usersShare: number | null;
  needShare: number | null;
  /** The option id of the basis field (need, population …), when answered. */
  basis?: string;
  /** usersShare ÷ needShare, or null when either is missing or the need share is 0. */
  ratio: number | null;
  /** True when the ratio is below the framework's threshold. */
  under: boolean;
  refs: AnswerRef[];
}

/** A stored number answer as a number (accepts a decimal comma, as typed in Swedish); null when blank or not a number. */
export function numberValue(value: unknown): number | null {
  const text = valueText(value).trim().replace(',', '.');
  if (!text) return null;
  const n = Number(text);
  return Number.isFinite(n) ? n : null;
}

/** One row per affected group when the questionnaire asks for shares; empty otherwise. */
export function representationRows(ctx: Ctx): RepresentationRow[] {
  const groups = ctx.items('affected-groups');
  const list = ctx.tagged('affected-groups').find((l) => l.question.type === 'group');
  if (!list) return [];
  const fieldIn = (tag: string) => ctx.tagged(tag).find((l) => l.group?.id === list.question.id);
  const users = fieldIn('share-users');
  const need = fieldIn('share-need');
  if (!users || !need) return [];
  const basis = fieldIn('representation-basis');
  const threshold = ctx.framework.thresholds.underRepresented;
  return groups.map((group): RepresentationRow => {
    const usersShare = numberValue(group.values[users.question.id]);
    const needShare = numberValue(group.values[need.question.id]);
    const ratio = usersShare !== null && needShare !== null && needShare > 0 ? usersShare / needShare : null;
    const basisValue = basis ? valueText(group.values[basis.question.id]) : '';
    // A group field is cited as its item with the field's question id (as the other rules do).
    const ref = (questionId: string) => ctx.ref(list.question.id, { itemId: group.id, value: questionId });
    return {
      groupId: group.id,
      title: group.title,
      usersShare,
      needShare,
      ...(basisValue ? { basis: basisValue } : {}),
      ratio,
      under: ratio !== null && threshold !== undefined && ratio < threshold,
      refs: [ref(users.question.id), ref(need.question.id)],
    };
  });
}
