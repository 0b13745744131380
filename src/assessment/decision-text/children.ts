/**
 * The children block: whether children are affected, how the child's best
 * interests were assessed, whether and how children were heard, and how
 * their interests were weighed, quoting the children step's own answers.
 * A missing part is said as the author would ("Barnen har inte fått säga
 * sin mening"), and carries the finding that says it is missing.
 */
import type { Ctx } from '../context';
import { childrenAffected } from '../facts';
import type { AssessmentResult } from '../result';
import { sentence, source, textOf } from './shared';
import { code } from './codes';
import type { AnswerSource, DecisionSentence } from './types';

const findingIds = (result: AssessmentResult, codes: string[]) => result.findings.filter((f) => codes.includes(f.code)).map((f) => f.id);

/**
 * One of the two rights (best interests, being heard): `<prefix>-yes(-how)`,
 * `-no(-how)`, `-unknown(-how)`, or `-not-shown` when the question was not answered.
 */
function right(ctx: Ctx, result: AssessmentResult, prefix: string, tag: string, howTag: string, affected: AnswerSource[], missing: string[]): DecisionSentence[] {
  const q = ctx.first(tag);
  const how = textOf(ctx, howTag);
  const tags = q ? ctx.optionTags(q.located, q.value) : [];
  const role = tags.includes('yes') ? 'yes' : tags.includes('no') ? 'no' : tags.includes('dont-know') ? 'unknown' : undefined;
  const findings = role === 'yes' ? [] : findingIds(result, missing);
  if (!role || !q) {
    if (how) return [sentence(code(`${prefix}-how`), { how: how.text }, [how.source], findings)];
    return [sentence(code(`${prefix}-not-shown`), undefined, affected, findings)];
  }
  const answered = source(q.located);
  return how
    ? [sentence(code(`${prefix}-${role}-how`), { how: how.text }, [answered, how.source], findings)]
    : [sentence(code(`${prefix}-${role}`), undefined, [answered], findings)];
}

export function childrenBlock(ctx: Ctx, result: AssessmentResult): DecisionSentence[] {
  const children = childrenAffected(ctx);
  const screening = ctx.first('children-affected');
  if (!children.affected) {
    if (!screening) return [];
    const tags = ctx.optionTags(screening.located, screening.value);
    if (tags.includes('no')) return [sentence('children-not-affected', undefined, [source(screening.located)], findingIds(result, ['children-rights-missing']))];
    if (tags.includes('dont-know')) return [sentence('children-unknown', undefined, [source(screening.located)])];
    return [];
  }
  const affected: AnswerSource[] = children.refs.map((r) => ({ question: r.questionId, ...(r.itemId ? { item: r.itemId } : {}) }));
  const out: DecisionSentence[] = [sentence('children-affected', undefined, affected)];
  out.push(...right(ctx, result, 'best-interests', 'child-best-interests', 'child-best-interests-how', affected, ['children-rights-missing', 'best-interests-missing']));
  out.push(...right(ctx, result, 'views', 'children-views', 'children-views-how', affected, ['children-rights-missing', 'children-views-missing']));
  const weighing = textOf(ctx, 'children-weighing');
  if (weighing) out.push(sentence('weighing', { weighing: weighing.text }, [weighing.source]));
  else out.push(sentence('weighing-not-shown', undefined, affected, findingIds(result, ['children-weighing-missing'])));
  const vulnerable = textOf(ctx, 'vulnerable-children');
  if (vulnerable) out.push(sentence('vulnerable-children', { children: vulnerable.text }, [vulnerable.source]));
  return out;
}
