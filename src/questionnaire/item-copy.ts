/**
 * Starting one item of a per-item step from another item's answers. Many
 * affected groups are rated alike (the same scales, often the same ratings),
 * so an item not yet begun can take the choices of one already answered and
 * the user changes only what differs. Only choices carry over (single,
 * multiple, scale: the kinds read from the question's type); text, numbers
 * and dates describe one item alone and are never copied. Pure: the form
 * decides what is on screen and writes the values.
 */
import { isAnswered } from './visibility';
import type { Answers, Scalar } from './answers';
import type { FieldQuestion, Question } from './schema';

type Asked = Pick<Question | FieldQuestion, 'id' | 'type'>;

const CHOICE_TYPES: ReadonlySet<Asked['type']> = new Set(['single', 'multi', 'scale']);

/** True for a question answered by choosing among options. */
export const isChoice = (q: Asked): boolean => CHOICE_TYPES.has(q.type);

/** A per-item answer's value for one item ('' or [] count as no answer). */
function itemValue(answers: Answers, questionId: string, itemId: string): Scalar | undefined {
  const map = answers[questionId];
  if (map === undefined || typeof map !== 'object' || Array.isArray(map)) return undefined;
  const value = map[itemId];
  return value !== undefined && isAnswered(value) ? value : undefined;
}

/** True when any choice of the step is answered for this item. */
export function hasChoices(questions: readonly Asked[], answers: Answers, itemId: string): boolean {
  return questions.some((q) => isChoice(q) && itemValue(answers, q.id, itemId) !== undefined);
}

/**
 * The choices to copy from item `from` to item `to`: question id → value,
 * in the questions' order, for every choice answered for `from`. A copied
 * list is a new array, so the two items never share one.
 */
export function choicesToCopy(questions: readonly Asked[], answers: Answers, from: string): Array<{ questionId: string; value: Scalar }> {
  return questions.flatMap((q) => {
    const value = isChoice(q) ? itemValue(answers, q.id, from) : undefined;
    return value === undefined ? [] : [{ questionId: q.id, value: Array.isArray(value) ? [...value] : value }];
  });
}

/** How many earlier items are offered at most: the nearest ones, so the row stays one line. */
export const MAX_SOURCES = 3;

/**
 * The items `itemId` may start from: those before it in `itemIds` with a
 * choice answered, the last MAX_SOURCES of them in their order. None when
 * the item has a choice of its own already (copying would overwrite it).
 */
export function copySources(questions: readonly Asked[], answers: Answers, itemIds: readonly string[], itemId: string): string[] {
  const index = itemIds.indexOf(itemId);
  if (index <= 0 || hasChoices(questions, answers, itemId)) return [];
  return itemIds
    .slice(0, index)
    .filter((id) => hasChoices(questions, answers, id))
    .slice(-MAX_SOURCES);
}
