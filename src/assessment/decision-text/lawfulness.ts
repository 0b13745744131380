/**
 * The lawfulness block: per affected group, the three tests as the user
 * answered them (compatible with the law, a legitimate aim, appropriate and
 * necessary means), each said exactly (`tests`: `<test tag>.<answer>`),
 * with the findings that repeat a "no" or an open answer. Groups that may
 * be worse off but whose lawfulness was not answered are said too.
 */
import type { Ctx } from '../context';
import { groupFacts } from '../facts';
import type { AssessmentResult } from '../result';
import { LAWFULNESS_TESTS } from '../rules/lawfulness';
import { itemSource, ownWords, perGroupAnswer, sentence } from './shared';
import type { AnswerSource, DecisionSentence } from './types';

/** The answer's role, from its option tags (the option id `partly` too, as the rule reads it). */
function role(tags: string[], value: string): string | undefined {
  if (tags.includes('yes')) return 'yes';
  if (tags.includes('no')) return 'no';
  if (tags.includes('partly') || value === 'partly') return 'partly';
  if (tags.includes('dont-know')) return 'unknown';
  if (tags.includes('not-relevant')) return 'not-relevant';
  return undefined;
}

export function lawfulnessBlock(ctx: Ctx, result: AssessmentResult): DecisionSentence[] {
  const tests = LAWFULNESS_TESTS.flatMap((tag) => ctx.tagged(tag).filter((l) => l.step.kind === 'per-item').map((l) => ({ tag, l })));
  if (!tests.length) return [];
  // Groups with the same answers share one sentence, so three identical verdicts read as one.
  const same = new Map<string, { names: string[]; sources: AnswerSource[]; findings: string[]; tests: string[] }>();
  const unanswered: { names: string[]; sources: AnswerSource[] } = { names: [], sources: [] };
  for (const facts of groupFacts(ctx)) {
    const group = facts.group;
    const name = itemSource(ctx, group);
    if (!ownWords(group.values[name.question])) continue;
    const said: string[] = [];
    const sources: AnswerSource[] = [name];
    for (const { tag, l } of tests) {
      const answer = perGroupAnswer(ctx, l, group.id);
      const r = answer && role(answer.tags, answer.value);
      if (!answer || !r) continue;
      said.push(`${tag}.${r}`);
      sources.push(answer.source);
    }
    const title = group.title.replace(/\s+/g, ' ').trim();
    if (said.length) {
      const findings = result.findings.filter((f) => f.id === `lawfulness-failed:${group.id}` || f.id === `lawfulness-uncertain:${group.id}`).map((f) => f.id);
      const key = said.join(' ');
      const entry = same.get(key) ?? { names: [], sources: [], findings: [], tests: said };
      entry.names.push(title);
      entry.sources.push(...sources);
      entry.findings.push(...findings);
      same.set(key, entry);
    } else if (facts.worse.length) {
      unanswered.names.push(title);
      unanswered.sources.push(name, ...facts.worse.map((w) => ({ question: w.ref.questionId, ...(w.ref.itemId ? { item: w.ref.itemId } : {}) })));
    }
  }
  const out: DecisionSentence[] = [...same.values()].map((e) => {
    // Three "not applicable" answers say one thing: the group is not worse off, so there is nothing to test.
    const notRelevant = e.tests.every((t) => t.endsWith('.not-relevant'));
    if (e.names.length === 1) {
      return notRelevant ? sentence('lawfulness-not-relevant', { group: e.names[0]! }, e.sources, e.findings) : sentence('lawfulness-group', { group: e.names[0]!, tests: e.tests }, e.sources, e.findings);
    }
    const many = { count: e.names.length, groups: e.names };
    return notRelevant ? sentence('lawfulness-not-relevant-groups', many, e.sources, e.findings) : sentence('lawfulness-groups', { ...many, tests: e.tests }, e.sources, e.findings);
  });
  if (unanswered.names.length) out.push(sentence('lawfulness-not-assessed', { count: unanswered.names.length, groups: unanswered.names }, unanswered.sources));
  return out;
}
