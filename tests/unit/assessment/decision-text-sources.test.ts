// Nothing untrue: every sentence of every block and of the short text, for
// every fixture and worked example, names at least one source; every answer
// it names exists and is answered (group item fields and per-group answers
// included); every finding it names is in the result; every user-text
// parameter stands verbatim in one of its sources; every option, date,
// dimension and lawfulness parameter comes from its sources.
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
import { allCases, type TextCase } from './decision-text-cases';

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
const NOT_USER = /(Dimensions|Options|Option|Date)$|^(areas|tests|statuses)$/;

function check(c: TextCase, s: DecisionSentence) {
  const where = `${c.name}: ${s.code}`;
  expect(s.answers.length + (s.findings?.length ?? 0), `${where} names no source`).toBeGreaterThan(0);
  const values = s.answers.map((a) => {
    const v = sourceValue(c.file, c.answers, a);
    expect(isAnswered(v), `${where}: ${a.question}${a.item ? `/${a.item}` : ''} is not answered`).toBe(true);
    return collapse(valueText(v));
  });
  const ids = new Set(c.result.findings.map((f) => f.id));
  for (const id of s.findings ?? []) expect(ids.has(id), `${where}: finding ${id}`).toBe(true);
  const raw = s.answers.map((a) => sourceValue(c.file, c.answers, a));
  for (const [name, value] of Object.entries(s.params ?? {})) {
    if (typeof value === 'number') continue;
    const list = Array.isArray(value) ? value : [value];
    if (!NOT_USER.test(name)) {
      for (const v of list) expect(values.some((t) => t.includes(collapse(v))), `${where}: ${name} «${v}» is in none of its sources`).toBe(true);
    } else if (name.endsWith('Date')) {
      expect(raw.includes(value as string), `${where}: date ${String(value)}`).toBe(true);
    } else if (name.endsWith('Dimensions')) {
      for (const d of list) expect(s.answers.some((a) => a.question === d), `${where}: dimension ${d}`).toBe(true);
    } else if (name.endsWith('Options') || name.endsWith('Option')) {
      // A content key ends in the option id; that option was chosen in one of the sources.
      for (const key of list) {
        const id = key.split('.').at(-1)!;
        expect(raw.some((v) => v === id || (Array.isArray(v) && v.includes(id))), `${where}: option ${key}`).toBe(true);
      }
    } else if (name === 'tests') {
      for (const t of list) {
        const tag = t.split('.')[0]!;
        const tagged = allQuestions(c.file).filter((l) => l.question.tags?.includes(tag)).map((l) => l.question.id);
        expect(s.answers.some((a) => tagged.includes(a.question)), `${where}: test ${t}`).toBe(true);
      }
    }
  }
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
    for (const s of sentences) check(c, s);
  });
});
