/**
 * What the blocks of the decision text share: the sentence builder, the
 * user's own words as parameters, and the answer sources of group items and
 * per-group answers. Parameter conventions are documented in
 * `src/i18n/decision-text.ts`.
 */
import type { AnswerValue } from '../../questionnaire/answers';
import { allQuestions, type Located } from '../../questionnaire/walk';
import { perItem, valueText, type Ctx, type Item } from '../context';
import type { DecisionCode } from './codes';
import type { AnswerSource, DecisionSentence, SentenceParams } from './types';

/** A sentence; answers and findings are deduplicated so the sources read cleanly. */
export function sentence(code: DecisionCode, params: SentenceParams | undefined, answers: AnswerSource[], findings: string[] = []): DecisionSentence {
  const seen = new Set<string>();
  const unique = answers.filter((a) => {
    const key = `${a.question}\u0000${a.item ?? ''}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
  return {
    code,
    ...(params && Object.keys(params).length ? { params } : {}),
    answers: unique,
    ...(findings.length ? { findings: [...new Set(findings)] } : {}),
  };
}

/**
 * The user's own words: whitespace collapsed and a closing full stop
 * removed (the sentence adds its own); '' when blank. Never changes case.
 */
export function ownWords(value: AnswerValue | undefined): string {
  return valueText(value)
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/[\s.!?;:,]+$/u, '')
    .trim();
}

/** The source of a question answered outside groups. */
export const source = (l: Located): AnswerSource => ({ question: l.question.id });

/** The source of an item's label field (its name). */
export function itemSource(ctx: Ctx, item: Item): AnswerSource {
  const group = allQuestions(ctx.file).find((l) => l.question.id === item.groupId)?.question;
  const label = group?.type === 'group' ? group.itemLabel : item.groupId;
  return { question: label, item: item.id };
}

/** The source of a field of an item, when the field is answered. */
export function fieldSource(ctx: Ctx, item: Item, tag: string): AnswerSource | undefined {
  const l = ctx.fieldQuestion(item, tag);
  if (!l) return undefined;
  return valueText(item.values[l.question.id]).trim() ? { question: l.question.id, item: item.id } : undefined;
}

/** The text of a question tagged `tag` (outside groups), with its source; undefined when blank. */
export function textOf(ctx: Ctx, tag: string): { text: string; source: AnswerSource } | undefined {
  const q = ctx.first(tag);
  const text = ownWords(q?.value);
  return q && text ? { text, source: source(q.located) } : undefined;
}

/** The per-group answer of `l` for group `groupId`, its option tags and source (undefined when unanswered). */
export function perGroupAnswer(ctx: Ctx, l: Located, groupId: string): { value: string; tags: string[]; source: AnswerSource } | undefined {
  const value = perItem(ctx.answers, l.question.id, groupId);
  if (typeof value !== 'string' || !value) return undefined;
  return { value, tags: ctx.optionTags(l, value), source: { question: l.question.id, item: groupId } };
}

/** The content text key of an option of a question (as `answerList` gives it); undefined for options from a group. */
export function optionKey(l: Located, optionId: string): string | undefined {
  if (!('options' in l.question)) return undefined;
  const options = l.question.options;
  if (typeof options === 'string') return `optionSets.${options}.${optionId}`;
  if (Array.isArray(options)) return `options.${l.question.id}.${optionId}`;
  return undefined;
}

/** True for an ISO calendar date, yyyy-mm-dd. */
export const isIsoDate = (value: string) => /^\d{4}-\d{2}-\d{2}$/.test(value) && !Number.isNaN(Date.parse(`${value}T00:00:00Z`));

/** The first sentence of the user's text (up to a full stop followed by a capital), for the short text. */
export function firstSentence(text: string): string {
  const m = /^(.+?[.!?])\s+(?=[A-ZÅÄÖ])/u.exec(text);
  return (m ? m[1]! : text).replace(/[\s.!?;:,]+$/u, '').trim();
}
