// Nothing untrue: every sentence of every block and of the short text, for
// every fixture and worked example, names at least one source; every answer
// it names exists and is answered (group item fields and per-group answers
// included); every finding it names is in the result; every user-text
// parameter stands verbatim in one of its sources; every option, date,
// dimension and lawfulness parameter comes from its sources.
import * as fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { AnswerSource, DecisionSentence } from '../../../src/assessment/decision-text';
import { DECISION_BLOCKS } from '../../../src/assessment/decision-text';
import { valueText } from '../../../src/assessment/context';
import type { Answers, AnswerValue } from '../../../src/questionnaire/answers';
import { groupItems } from '../../../src/questionnaire/answers';
import { framework } from '../../../src/questionnaire/catalogue';
import type { QuestionnaireFile } from '../../../src/questionnaire/schema';
import { isAnswered } from '../../../src/questionnaire/visibility';
import { allQuestions } from '../../../src/questionnaire/walk';
import { answersFor } from '../../fixtures/arbitraries';
import { questionnaires } from '../../../src/questionnaire/catalogue';
import { allCases, textCase, type TextCase } from './decision-text-cases';

const CRITERIA = new Set(framework.recommendations.flatMap((r) => r.criteria.map((c) => c.id)));
const collapse = (s: string) => s.replace(/\s+/g, ' ').trim();

/** The stored value a source names, or undefined when it does not exist. */
function sourceValue(file: QuestionnaireFile, answers: Answers, source: AnswerSource): AnswerValue | undefined {
  if (CRITERIA.has(source.question)) return source.item ? undefined : answers[source.question];
  const located = allQuestions(file).find((l) => l.question.id === source.question);
  if (!located) return undefined;
  if (!source.item) return answers[source.question];
  if (located.question.type === 'group') {
    const item = groupItems(answers[source.question]).find((i) => i.id === source.item);
    return item ? Object.values(item.values).filter((v) => typeof v === 'string' || Array.isArray(v)).map((v) => valueText(v)).join(' ') : undefined;
  }
  if (located.group) return groupItems(answers[located.group.id]).find((i) => i.id === source.item)?.values[source.question];
  const map = answers[source.question];
  return map && typeof map === 'object' && !Array.isArray(map) ? (map as Record<string, AnswerValue>)[source.item] : undefined;
}

/** Parameters the user wrote (strings and lists of names), by the conventions of src/i18n/decision-text.ts. */
const NOT_USER = /(Dimensions|Options|Option|Date)$|^(areas|tests|statuses|minorities)$/;

/** What is wrong with a sentence's sources: one line per problem (none when it walks back to its answers). */
function problems(c: TextCase, s: DecisionSentence): string[] {
  const out: string[] = [];
  const where = `${c.name}: ${s.code}`;
  const fail = (ok: boolean, what: string) => {
    if (!ok) out.push(`${where}: ${what}`);
  };
  fail(s.answers.length + (s.findings?.length ?? 0) > 0, 'names no source');
  const raw = s.answers.map((a) => sourceValue(c.file, c.answers, a));
  s.answers.forEach((a, i) => fail(isAnswered(raw[i]), `${a.question}${a.item ? `/${a.item}` : ''} is not answered`));
  const texts = raw.map((v) => collapse(valueText(v)));
  const ids = new Set(c.result.findings.map((f) => f.id));
  for (const id of s.findings ?? []) fail(ids.has(id), `finding ${id} is not in the result`);
  const chosen = (id: string) => raw.some((v) => v === id || (Array.isArray(v) && (v as unknown[]).includes(id)));
  for (const [name, value] of Object.entries(s.params ?? {})) {
    if (typeof value === 'number') continue;
    const list = Array.isArray(value) ? value : [value];
    for (const v of list) {
      if (!NOT_USER.test(name)) fail(texts.some((t) => t.includes(collapse(v))), `${name} «${v}» is in none of its sources`);
      else if (name.endsWith('Date')) fail(raw.includes(v), `date ${v} is in none of its sources`);
      else if (name.endsWith('Dimensions')) fail(s.answers.some((a) => a.question === v), `dimension ${v} is not a source`);
      // A content key ends in the option id; that option was chosen in one of the sources.
      else if (name.endsWith('Options') || name.endsWith('Option')) fail(chosen(v.split('.').at(-1)!), `option ${v} was not chosen`);
      else if (name === 'minorities') fail(chosen(v), `minority ${v} was not chosen`);
      else if (name === 'tests') {
        const tagged = allQuestions(c.file).filter((l) => l.question.tags?.includes(v.split('.')[0]!)).map((l) => l.question.id);
        fail(s.answers.some((a) => tagged.includes(a.question)), `test ${v} has no source`);
      }
    }
  }
  return out;
}

describe.each(allCases().map((c) => [c.name, c] as const))('%s', (_name, c) => {
  it('has blocks in the template order, each with sentences', () => {
    const order = c.text.blocks.map((b) => DECISION_BLOCKS.indexOf(b.id));
    expect(order).toEqual([...order].sort((a, b) => a - b));
    for (const b of c.text.blocks) expect(b.sentences.length).toBeGreaterThan(0);
  });

  it('builds every sentence only from answers and findings it names', () => {
    const sentences = [...c.text.blocks.flatMap((b) => b.sentences), ...c.text.short];
    expect(sentences.length).toBeGreaterThan(0);
    expect(sentences.flatMap((s) => problems(c, s))).toEqual([]);
  });
});

describe('any answers, however odd', () => {
  it.each(questionnaires.map((q) => [q.id, q] as const))('%s: every sentence still walks back to its answers', (_id, q) => {
    fc.assert(
      fc.property(answersFor(q), (answers) => {
        const c = textCase('random', q, answers);
        const sentences = [...c.text.blocks.flatMap((b) => b.sentences), ...c.text.short];
        expect(sentences.flatMap((s) => problems(c, s))).toEqual([]);
      }),
      { numRuns: 60 },
    );
  });
});
