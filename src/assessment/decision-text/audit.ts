/**
 * What an audit of an existing service found, for the decision text: which
 * service and who runs it, each group's share among the users against its
 * share among those who need the service (the representation rows of the
 * result), the barriers from the most serious down with the groups they
 * concern, how resources relate to need, and who must act. All read by tag
 * (meta-service, share-users, barrier-severity, resources-need, audit-action),
 * so a proposal, which has none of these, gets none of the sentences.
 */
import type { Ctx, Item } from '../context';
import type { AssessmentResult } from '../result';
import { fieldSource, itemSource, optionKey, ownWords, sentence, source, textOf } from './shared';
import { code } from './codes';
import type { AnswerSource, DecisionSentence } from './types';

const title = (item: Item) => item.title.replace(/\s+/g, ' ').trim();
const named = (ctx: Ctx, item: Item) => {
  const src = itemSource(ctx, item);
  return ownWords(item.values[src.question]) ? src : undefined;
};

/** The service and who runs it. */
export function serviceSentences(ctx: Ctx): DecisionSentence[] {
  const service = textOf(ctx, 'meta-service');
  if (!service) return [];
  const owner = textOf(ctx, 'meta-service-owner');
  return [owner ? sentence('service-owner', { service: service.text, owner: owner.text }, [service.source, owner.source]) : sentence('service', { service: service.text }, [service.source])];
}

/** Findings about a group item (their refs name it). */
const findingsAbout = (result: AssessmentResult, codes: string[], groupId: string) =>
  result.findings.filter((f) => codes.includes(f.code) && (f.id.endsWith(`:${groupId}`) || f.refs.some((r) => r.itemId === groupId))).map((f) => f.id);

/** Each named group with both shares: its share of users against its share of those in need, and the ratio. */
export function representationSentences(ctx: Ctx, result: AssessmentResult): DecisionSentence[] {
  const items = ctx.items('affected-groups');
  return result.representation.flatMap((row) => {
    const item = items.find((i) => i.id === row.groupId);
    const name = item && named(ctx, item);
    if (!item || !name || row.usersShare === null || row.needShare === null || row.ratio === null) return [];
    const users = fieldSource(ctx, item, 'share-users');
    const need = fieldSource(ctx, item, 'share-need');
    if (!users || !need) return [];
    const params = { group: title(item), usersShare: row.usersShare, needShare: row.needShare, ratio: row.ratio };
    const findings = row.under ? findingsAbout(result, ['under-represented'], item.id) : [];
    // The second share is among those in need unless the user measured it among the population (option tagged population).
    const basisQ = ctx.fieldQuestion(item, 'representation-basis');
    const population = basisQ ? ctx.optionTags(basisQ, item.values[basisQ.question.id]).includes('population') : false;
    const basis = population ? fieldSource(ctx, item, 'representation-basis') : undefined;
    return [sentence(code(`representation${row.under ? '-under' : ''}${population ? '-population' : ''}`), params, [name, users, need, ...(basis ? [basis] : [])], findings)];
  });
}

/** The answered severity of a barrier: its option's score (higher is worse) and text key. */
function severity(ctx: Ctx, item: Item): { score: number; key: string; source: AnswerSource } | undefined {
  const l = ctx.fieldQuestion(item, 'barrier-severity');
  const value = l ? item.values[l.question.id] : undefined;
  if (!l || typeof value !== 'string' || !value) return undefined;
  const option = ctx.option(l, value);
  const key = optionKey(l, value);
  if (!option || !key || ctx.optionTags(l, value).includes('dont-know')) return undefined;
  return { score: option.score ?? 0, key, source: { question: l.question.id, item: item.id } };
}

/** Each named barrier, the most serious first: how serious it is and which groups it concerns. */
export function barrierSentences(ctx: Ctx, result: AssessmentResult): DecisionSentence[] {
  const groupsField = ctx.tagged('barrier-groups')[0];
  if (!groupsField?.group) return [];
  const groups = ctx.items('affected-groups');
  const barriers = ctx.itemsOf(groupsField.group.id).flatMap((item) => {
    const name = named(ctx, item);
    if (!name) return [];
    const chosen = item.values[groupsField.question.id];
    const concerned = Array.isArray(chosen) ? groups.filter((g) => chosen.includes(g.id) && named(ctx, g)) : [];
    return [{ item, name, concerned, severity: severity(ctx, item) }];
  });
  barriers.sort((a, b) => (b.severity?.score ?? -1) - (a.severity?.score ?? -1));
  return barriers.map(({ item, name, concerned, severity: s }) => {
    const groupsSrc: AnswerSource[] = concerned.length ? [{ question: groupsField.question.id, item: item.id }, ...concerned.map((g) => itemSource(ctx, g))] : [];
    const params = { barrier: title(item), ...(concerned.length ? { concerns: concerned.map(title) } : {}), ...(s ? { severityOption: s.key } : {}) };
    const which = code(`barrier${concerned.length ? '-groups' : ''}${s ? '-severity' : ''}`);
    const findings = result.findings.filter((f) => f.id.endsWith(`:${item.id}`)).map((f) => f.id);
    return sentence(which, params, [name, ...groupsSrc, ...(s ? [s.source] : [])], findings);
  });
}

/** How resources relate to need, as the user answered it. */
export function resourceSentences(ctx: Ctx, result: AssessmentResult): DecisionSentence[] {
  const q = ctx.first('resources-need');
  if (!q || typeof q.value !== 'string' || !q.value || !ctx.option(q.located, q.value)) return [];
  const key = optionKey(q.located, q.value);
  if (!key) return [];
  const findings = result.findings.filter((f) => f.code === 'resources-against-need').map((f) => f.id);
  const inverse = ctx.optionTags(q.located, q.value).includes('inverse');
  return [sentence(inverse ? 'resources-inverse' : 'resources', { resourcesOptions: [key] }, [source(q.located)], findings)];
}

/** Who must act on what the audit found (or that no one needs to). */
export function actionSentences(ctx: Ctx): DecisionSentence[] {
  const q = ctx.first('audit-action');
  const chosen = Array.isArray(q?.value) ? q.value.filter((v): v is string => typeof v === 'string') : [];
  if (!q || !chosen.length) return [];
  if (ctx.optionTags(q.located, chosen).includes('none')) return [sentence('audit-action-none', undefined, [source(q.located)])];
  const keys = chosen.flatMap((id) => (ctx.option(q.located, id) ? [optionKey(q.located, id)] : [])).filter((k): k is string => k !== undefined);
  return keys.length ? [sentence('audit-action', { actionOptions: keys }, [source(q.located)])] : [];
}
