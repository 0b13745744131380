/**
 * The gender-equality block: what the assessment knows about women and
 * men, girls and boys. Known: groups defined (among other things) by sex,
 * evidence broken down by sex, indicators followed up by sex (all read from
 * options tagged `sex`). When none of these holds it says plainly that
 * nothing is known; each part that is missing is said too. Then, per
 * affected group, what the user said about women and men in it: whether the
 * knowledge is broken down by sex, how they are affected, and what it means
 * for unpaid care (tags gender-data, gender-difference, unpaid-care).
 */
import { perItem, type Ctx, type Item } from '../context';
import type { Located } from '../../questionnaire/walk';
import type { AssessmentResult } from '../result';
import { itemSource, ownWords, perGroupAnswer, sentence } from './shared';
import { code } from './codes';
import type { AnswerSource, DecisionSentence } from './types';

interface Found {
  names: string[];
  sources: AnswerSource[];
}

/** Items of the group holding field `l` whose value of `l` has an option tagged `sex`; and all answered sources. */
function bySex(ctx: Ctx, l: Located | undefined, items: Item[]): { yes: Found; answered: AnswerSource[] } {
  const yes: Found = { names: [], sources: [] };
  const answered: AnswerSource[] = [];
  if (!l) return { yes, answered };
  for (const item of items) {
    const value = item.values[l.question.id];
    const src: AnswerSource = { question: l.question.id, item: item.id };
    if (!Array.isArray(value) || !value.length) continue;
    answered.push(src);
    const label = itemSource(ctx, item);
    if (ctx.optionTags(l, value).includes('sex') && ownWords(item.values[label.question])) {
      yes.names.push(item.title.replace(/\s+/g, ' ').trim());
      yes.sources.push(label, src);
    }
  }
  return { yes, answered };
}

const DATA_ROLES = ['yes', 'partly', 'no'] as const;

/** The user's text of per-group question `tag` for a group, with its source; undefined when blank. */
function perGroupText(ctx: Ctx, tag: string, groupId: string): { text: string; source: AnswerSource } | undefined {
  const l = ctx.tagged(tag).find((q) => q.step.kind === 'per-item');
  const text = l ? ownWords(perItem(ctx.answers, l.question.id, groupId)) : '';
  return l && text ? { text, source: { question: l.question.id, item: groupId } } : undefined;
}

/**
 * Per named group: whether what is known about it is broken down by sex
 * ("no" and "don't know" said as what is missing), then the user's own
 * words on how women and men, girls and boys are affected and on unpaid
 * care. The first sentence of a group names it; the rest follow it.
 */
interface PerGroup {
  sentences: DecisionSentence[];
  /** Some group has data by sex, a description of how women and men are affected, or of care that may shift to relatives. */
  knows: boolean;
  /** Some group has data by sex (yes or partly). */
  data: boolean;
  /** The user wrote, for some group, how women and men, girls and boys are affected. */
  described: boolean;
}

function perGroup(ctx: Ctx, result: AssessmentResult): PerGroup {
  const dataQ = ctx.tagged('gender-data').find((l) => l.step.kind === 'per-item');
  const out: DecisionSentence[] = [];
  let knows = false;
  let hasData = false;
  let described = false;
  for (const group of ctx.items('affected-groups')) {
    const label = itemSource(ctx, group);
    if (!ownWords(group.values[label.question])) continue;
    const params = { group: group.title.replace(/\s+/g, ' ').trim() };
    const data = dataQ ? perGroupAnswer(ctx, dataQ, group.id) : undefined;
    const role = data ? (DATA_ROLES.find((r) => data.tags.includes(r)) ?? (data.tags.includes('dont-know') ? 'unknown' : undefined)) : undefined;
    const difference = perGroupText(ctx, 'gender-difference', group.id);
    const care = perGroupText(ctx, 'unpaid-care', group.id);
    const mine: DecisionSentence[] = [];
    // A "no" or "don't know" is the knowledge gap the result lists (one finding for all such groups).
    const gap = role === 'no' || role === 'unknown' ? result.findings.filter((f) => f.code === 'gender-breakdown-unknown').map((f) => f.id) : [];
    if (data && role) mine.push(sentence(code(`gender-data-${role}`), params, [label, data.source], gap));
    if (difference) mine.push(sentence(mine.length ? 'gender-difference' : 'gender-difference-group', { ...(mine.length ? {} : params), difference: difference.text }, [label, difference.source]));
    if (care) mine.push(sentence(mine.length ? 'unpaid-care' : 'unpaid-care-group', { ...(mine.length ? {} : params), care: care.text }, [label, care.source]));
    if (role === 'yes' || role === 'partly') hasData = true;
    if (difference) described = true;
    if (hasData || described || care) knows = true;
    out.push(...mine);
  }
  return { sentences: out, knows, data: hasData, described };
}

export function genderBlock(ctx: Ctx, result: AssessmentResult): DecisionSentence[] {
  const per = perGroup(ctx, result);
  const groupsField = ctx.tagged('group-factors').find((l) => l.group);
  const groups = bySex(ctx, groupsField, ctx.items('affected-groups'));

  // Evidence: a breakdown field of a list of statistics, or one breakdown question for the whole assessment.
  const evidenceField = ctx.tagged('evidence-breakdown')[0];
  let evidence = { yes: { names: [], sources: [] } as Found, answered: [] as AnswerSource[] };
  let evidenceWhole: 'yes' | 'no' | undefined;
  if (evidenceField?.group) evidence = bySex(ctx, evidenceField, ctx.itemsOf(evidenceField.group.id));
  else if (evidenceField) {
    const value = ctx.answers[evidenceField.question.id];
    if (Array.isArray(value) && value.length) {
      evidence.answered.push({ question: evidenceField.question.id });
      evidenceWhole = ctx.optionTags(evidenceField, value).includes('sex') ? 'yes' : 'no';
    }
  }
  const indicatorField = ctx.tagged('indicator-breakdown')[0];
  const indicators = indicatorField?.group ? bySex(ctx, indicatorField, ctx.itemsOf(indicatorField.group.id)) : { yes: { names: [], sources: [] }, answered: [] };

  const out: DecisionSentence[] = [];
  const knows = groups.yes.names.length || evidence.yes.names.length || evidenceWhole === 'yes' || indicators.yes.names.length;
  if (!knows && !per.knows) {
    const all = [...groups.answered, ...evidence.answered, ...indicators.answered];
    return [...(all.length ? [sentence('gender-nothing-known', undefined, all)] : []), ...per.sentences];
  }
  // "So the effects are not reported for women and men" is untrue once the user wrote, per group, how they are affected;
  // "so it cannot be said how they are affected" is untrue once a group also has data by sex.
  if (groups.yes.names.length) out.push(sentence('gender-groups', { count: groups.yes.names.length, groups: groups.yes.names }, groups.yes.sources));
  else if (groups.answered.length) out.push(sentence(per.described ? 'gender-groups-none-described' : 'gender-groups-none', undefined, groups.answered));
  if (evidence.yes.names.length) out.push(sentence('gender-evidence', { count: evidence.yes.names.length, evidence: evidence.yes.names }, evidence.yes.sources));
  else if (evidenceWhole === 'yes') out.push(sentence('gender-evidence-whole', undefined, evidence.answered));
  else if (evidence.answered.length) out.push(sentence(per.described || per.data ? 'gender-evidence-none-described' : 'gender-evidence-none', undefined, evidence.answered));
  if (indicators.yes.names.length) out.push(sentence('gender-indicators', { count: indicators.yes.names.length, indicators: indicators.yes.names }, indicators.yes.sources));
  else if (indicators.answered.length) out.push(sentence('gender-indicators-none', undefined, indicators.answered));
  return [...out, ...per.sentences];
}
