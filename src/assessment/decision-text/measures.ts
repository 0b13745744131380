/**
 * The measures and follow-up block: each measure and whom it addresses
 * (and whether it is meant to compensate), who is responsible and when;
 * then, as two different facts, the worse-off groups no measure addresses
 * and those whose measures do not compensate (from the result's findings);
 * each indicator, saying plainly whether it is broken down and has a
 * baseline; and when and by whom the follow-up is made.
 */
import type { Ctx, Item } from '../context';
import { compensates, groupFacts } from '../facts';
import type { AssessmentResult, Finding } from '../result';
import { fieldSource, isIsoDate, itemSource, optionKey, ownWords, sentence, textOf } from './shared';
import { code, type DecisionCode } from './codes';
import type { AnswerSource, DecisionSentence } from './types';

const title = (item: Item) => item.title.replace(/\s+/g, ' ').trim();
const named = (ctx: Ctx, item: Item) => {
  const src = itemSource(ctx, item);
  return ownWords(item.values[src.question]) ? src : undefined;
};
const refSource = (f: Finding): AnswerSource[] => f.refs.map((r) => ({ question: r.questionId, ...(r.itemId ? { item: r.itemId } : {}) }));

function measureSentences(ctx: Ctx): DecisionSentence[] {
  const out: DecisionSentence[] = [];
  const groups = ctx.items('affected-groups');
  for (const measure of ctx.items('measures')) {
    const name = named(ctx, measure);
    if (!name) continue;
    const addresses = ctx.field(measure, 'measure-addresses');
    const addressed = Array.isArray(addresses) ? groups.filter((g) => addresses.includes(g.id) && named(ctx, g)) : [];
    const addressesSrc = fieldSource(ctx, measure, 'measure-addresses');
    const compensating = compensates(ctx, measure);
    const compensatesSrc = compensating ? fieldSource(ctx, measure, 'measure-compensates') : undefined;
    const params = { measure: title(measure) };
    const extra = [...(compensatesSrc ? [compensatesSrc] : [])];
    const suffix = compensating ? '-compensating' : '';
    if (addressed.length && addressesSrc) {
      out.push(sentence(code(`measure${suffix}`), { ...params, count: addressed.length, groups: addressed.map(title) }, [name, addressesSrc, ...addressed.map((g) => itemSource(ctx, g)), ...extra]));
    } else {
      out.push(sentence(code(`measure-general${suffix}`), params, [name, ...extra]));
    }
    const owner = ownWords(ctx.field(measure, 'measure-owner'));
    const date = ownWords(ctx.field(measure, 'measure-date'));
    const ownerSrc = fieldSource(ctx, measure, 'measure-owner');
    const dateSrc = isIsoDate(date) ? fieldSource(ctx, measure, 'measure-date') : undefined;
    if (owner && ownerSrc && dateSrc) out.push(sentence('measure-owner-date', { owner, measureDate: date }, [ownerSrc, dateSrc]));
    else if (owner && ownerSrc) out.push(sentence('measure-owner', { owner }, [ownerSrc]));
    else if (dateSrc) out.push(sentence('measure-date', { measureDate: date }, [dateSrc]));
  }
  return out;
}

/** Findings that say a group gets worse and no measure addresses it; and those whose measures do not compensate. */
const UNADDRESSED = ['group-worse-unaddressed', 'group-negative-unaddressed'];
const UNCOMPENSATED = ['group-worse-uncompensated'];

function gapSentences(ctx: Ctx, result: AssessmentResult): DecisionSentence[] {
  const out: DecisionSentence[] = [];
  const groups = ctx.items('affected-groups');
  // A finding's id ends in the group item it is about: the group's name is read from that item.
  const say = (which: DecisionCode, codes: string[]) => {
    const found = result.findings.flatMap((f) => {
      const group = codes.includes(f.code) ? groups.find((g) => f.id === `${f.code}:${g.id}`) : undefined;
      const name = group && named(ctx, group);
      return group && name ? [{ f, group, name }] : [];
    });
    const names = [...new Set(found.map((x) => title(x.group)))];
    if (names.length) out.push(sentence(which, { count: names.length, groups: names }, found.flatMap((x) => [x.name, ...refSource(x.f)]), found.map((x) => x.f.id)));
    return found.length;
  };
  const open = say('unaddressed', UNADDRESSED) + say('uncompensated', UNCOMPENSATED);
  const worse = groupFacts(ctx).filter((g) => g.worse.length && named(ctx, g.group));
  if (!open && worse.length && worse.every((g) => g.compensating.length)) {
    const sources = worse.flatMap((g) => g.compensating.flatMap((m) => [fieldSource(ctx, m, 'measure-addresses'), fieldSource(ctx, m, 'measure-compensates')])).filter((s): s is AnswerSource => s !== undefined);
    out.push(sentence(worse.length === 1 ? 'all-compensated-one' : 'all-compensated', { count: worse.length }, sources));
  }
  return out;
}

function indicatorSentences(ctx: Ctx, result: AssessmentResult): DecisionSentence[] {
  const out: DecisionSentence[] = [];
  const breakdown = ctx.tagged('indicator-breakdown')[0];
  const baseline = ctx.tagged('indicator-baseline')[0];
  const group = breakdown?.group ?? baseline?.group;
  if (!group) return out;
  for (const item of ctx.itemsOf(group.id)) {
    const name = named(ctx, item);
    if (!name) continue;
    const value = breakdown ? item.values[breakdown.question.id] : undefined;
    const none = breakdown ? ctx.optionTags(breakdown, value).includes('none') : false;
    const ids = Array.isArray(value) && !none ? value.filter((v): v is string => typeof v === 'string') : [];
    const options = breakdown ? ids.flatMap((id) => (ctx.option(breakdown, id) ? [optionKey(breakdown, id)] : [])).filter((k): k is string => k !== undefined) : [];
    const base = baseline ? ownWords(item.values[baseline.question.id]) : '';
    const breakdownSrc = breakdown && Array.isArray(value) && value.length ? { question: breakdown.question.id, item: item.id } : undefined;
    const baselineSrc = base && baseline ? { question: baseline.question.id, item: item.id } : undefined;
    const sources = [name, ...(breakdownSrc ? [breakdownSrc] : []), ...(baselineSrc ? [baselineSrc] : [])];
    const findings = result.findings.filter((f) => f.id === `indicator-no-breakdown:${item.id}` || f.id === `indicator-no-baseline:${item.id}`).map((f) => f.id);
    const params = { indicator: title(item) };
    const indicatorCode = code(`indicator${options.length ? '-breakdown' : '-no-breakdown'}${base ? '-baseline' : '-no-baseline'}`);
    out.push(sentence(indicatorCode, { ...params, ...(options.length ? { breakdownOptions: options } : {}), ...(base ? { baseline: base } : {}) }, sources, findings));
  }
  return out;
}

function followUpSentences(ctx: Ctx): DecisionSentence[] {
  const dateQ = ctx.first('follow-up-date');
  const date = ownWords(dateQ?.value);
  const owner = textOf(ctx, 'follow-up-owner');
  const dateSrc = dateQ && isIsoDate(date) ? { question: dateQ.located.question.id } : undefined;
  if (dateSrc && owner) return [sentence('follow-up', { followUpDate: date, owner: owner.text }, [dateSrc, owner.source])];
  if (dateSrc) return [sentence('follow-up-date', { followUpDate: date }, [dateSrc])];
  if (owner) return [sentence('follow-up-owner', { owner: owner.text }, [owner.source])];
  return [];
}

export function measuresBlock(ctx: Ctx, result: AssessmentResult): DecisionSentence[] {
  const measures = measureSentences(ctx);
  const gaps = gapSentences(ctx, result);
  const out = [...measures];
  // With no measures at all, the sentence naming the worse-off groups no measure addresses says it; this one only when none does.
  if (!measures.length && !gaps.length && ctx.tagged('measures').some((l) => l.question.type === 'group')) {
    const worse = groupFacts(ctx).flatMap((g) => g.worse.map((w) => ({ question: w.ref.questionId, ...(w.ref.itemId ? { item: w.ref.itemId } : {}) })));
    if (worse.length) out.push(sentence('measures-none', undefined, worse));
  }
  out.push(...gaps, ...indicatorSentences(ctx, result), ...followUpSentences(ctx));
  return out;
}
