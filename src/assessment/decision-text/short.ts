/**
 * The short variant (about 120 words) for a template with one
 * "Konsekvenser" paragraph: the proposal's first sentence, which groups may
 * be worse off, the children's two rights, what no measure addresses or
 * compensates, a missing consultation of the Sami, the check, the judgement and the attachment. It repeats the
 * blocks' sentences (same codes and sources) except where it condenses.
 */
import type { Ctx } from '../context';
import { groupFacts } from '../facts';
import { firstSentence, itemSource, ownWords, sentence, textOf } from './shared';
import { code } from './codes';
import type { DecisionBlock, DecisionSentence } from './types';

const CHILD_CODES = /^(best-interests|views)-not-shown$/;

export function shortText(ctx: Ctx, blocks: DecisionBlock[]): DecisionSentence[] {
  const out: DecisionSentence[] = [];
  const of = (id: string) => blocks.find((b) => b.id === id)?.sentences ?? [];
  const description = textOf(ctx, 'proposal-description');
  // An audit's service without who runs it: that is in the equality block.
  const service = textOf(ctx, 'meta-service');
  if (description) out.push(sentence('short-proposal', { description: firstSentence(description.text) }, [description.source]));
  else if (service) out.push(sentence('service', { service: service.text }, [service.source]));
  else out.push(...of('equality').filter((s) => s.code === 'proposal-title'));

  // An audit: the groups that use the service less than their need predicts. Said first, and a group
  // said here is not said again among those that meet barriers (the short text stays short).
  const under = of('equality').filter((s) => s.code.startsWith('representation-under'));
  const underNames = under.map((s) => String(s.params?.group ?? ''));
  if (under.length) out.push(sentence('short-under', { count: underNames.length, groups: underNames }, under.flatMap((s) => s.answers), under.flatMap((s) => s.findings ?? [])));

  const named = groupFacts(ctx).filter((g) => g.worse.length && ownWords(g.group.values[itemSource(ctx, g.group).question]));
  const worse = named.filter((g) => !underNames.includes(g.group.title.replace(/\s+/g, ' ').trim()));
  if (worse.length) {
    const sources = worse.flatMap((g) => [itemSource(ctx, g.group), ...g.worse.map((w) => ({ question: w.ref.questionId, ...(w.ref.itemId ? { item: w.ref.itemId } : {}) }))]);
    out.push(sentence('short-worse', { count: worse.length, groups: worse.map((g) => g.group.title.replace(/\s+/g, ' ').trim()) }, sources));
  } else if (!named.length) {
    out.push(...of('equality').filter((s) => s.code === 'screening-no-analysis' || s.code === 'screening-no-analysis-unjustified'));
  }

  // The children's rights without the quoted answers: the short text says only whether, not how.
  // Only what is missing is said: a right that was respected is in the children block.
  for (const s of of('children')) {
    const m = /^(best-interests|views)-(no|unknown)(-how)?$/.exec(s.code);
    if (m) out.push(sentence(code(`${m[1]}-${m[2]}`), undefined, s.answers.slice(0, 1), s.findings ?? []));
    else if (CHILD_CODES.test(s.code) || s.code === 'children-not-affected') out.push(s);
  }
  // A missing consultation of the Sami (a high finding) is said; the national minorities' consultation, held or not, is in
  // the equality block only, so the short text keeps to its length.
  out.push(...of('equality').filter((s) => /^sami-consultation-(no|unknown)$/.test(s.code) && s.findings?.length));
  out.push(...of('measures').filter((s) => s.code === 'unaddressed' || s.code === 'uncompensated' || s.code.startsWith('all-compensated')));
  // The user's reason for completing with open gaps is in the closing block; the short text only says that they are open.
  // A judgement that goes ahead with gaps open already says they are open.
  const closing = of('closing');
  const saysOpen = closing.some((s) => s.code.endsWith('-open'));
  // The check in one sentence; its caps and unbacked claims, and the attachment's title, are in the blocks.
  for (const s of closing) {
    if (s.code === 'known-gaps' || s.code === 'known-gaps-no-reason') {
      if (!saysOpen) out.push(sentence('known-gaps-no-reason', { count: Number(s.params?.count ?? 0) }, [], s.findings ?? []));
    } else if (s.code === 'recommendations') out.push({ ...s, code: 'short-recommendations' });
    else if (s.code === 'attachment' || s.code === 'attachment-service') out.push(sentence('attachment-untitled', undefined, s.answers));
    else if (!['recommendations-capped', 'claims-not-shown', 'claims-unjustified', 'not-relevant-contradicted'].includes(s.code)) out.push(s);
  }
  return out;
}
