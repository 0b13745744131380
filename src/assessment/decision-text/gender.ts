/**
 * The gender-equality block: what the assessment knows about women and
 * men, girls and boys. Known: groups defined (among other things) by sex,
 * evidence broken down by sex, indicators followed up by sex (all read from
 * options tagged `sex`). When none of these holds it says plainly that
 * nothing is known; each part that is missing is said too.
 */
import type { Ctx, Item } from '../context';
import type { Located } from '../../questionnaire/walk';
import { itemSource, ownWords, sentence } from './shared';
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

export function genderBlock(ctx: Ctx): DecisionSentence[] {
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
  if (!knows) {
    const all = [...groups.answered, ...evidence.answered, ...indicators.answered];
    return all.length ? [sentence('gender-nothing-known', undefined, all)] : [];
  }
  if (groups.yes.names.length) out.push(sentence('gender-groups', { count: groups.yes.names.length, groups: groups.yes.names }, groups.yes.sources));
  else if (groups.answered.length) out.push(sentence('gender-groups-none', undefined, groups.answered));
  if (evidence.yes.names.length) out.push(sentence('gender-evidence', { count: evidence.yes.names.length, evidence: evidence.yes.names }, evidence.yes.sources));
  else if (evidenceWhole === 'yes') out.push(sentence('gender-evidence-whole', undefined, evidence.answered));
  else if (evidence.answered.length) out.push(sentence('gender-evidence-none', undefined, evidence.answered));
  if (indicators.yes.names.length) out.push(sentence('gender-indicators', { count: indicators.yes.names.length, indicators: indicators.yes.names }, indicators.yes.sources));
  else if (indicators.answered.length) out.push(sentence('gender-indicators-none', undefined, indicators.answered));
  return out;
}
