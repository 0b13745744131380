// @vitest-environment node
// Starting an item of a per-item step from an earlier item's answers: which
// items are offered, and which answers carry over (choices only, read from
// the question types, never texts, numbers or dates).
import { describe, expect, it } from 'vitest';
import type { Answers } from '../../../src/questionnaire/answers';
import { questionnaires } from '../../../src/questionnaire/catalogue';
import { choicesToCopy, copySources, hasChoices, isChoice, MAX_SOURCES } from '../../../src/questionnaire/item-copy';
import type { FieldQuestion } from '../../../src/questionnaire/schema';

const questions: Array<Pick<FieldQuestion, 'id' | 'type'>> = [
  { id: 'c.physical', type: 'scale' },
  { id: 'c.why', type: 'longtext' },
  { id: 'c.gaps', type: 'single' },
  { id: 'c.areas', type: 'multi' },
  { id: 'c.share', type: 'number' },
  { id: 'c.from', type: 'date' },
  { id: 'c.name', type: 'text' },
];

const answers: Answers = {
  'c.physical': { a: 'worse', b: 'none', c: '' },
  'c.why': { a: 'Bussen går sällan.', c: 'Ett utkast' },
  'c.gaps': { a: 'widens' },
  'c.areas': { a: ['education', 'work'], b: [], c: [] },
  'c.share': { a: '12.5', c: '40' },
  'c.from': { a: '2027-01-01' },
  'c.name': { a: 'Kvällsbesökare' },
};

describe('item copy', () => {
  it('counts single, multiple and scale questions as choices, and nothing else', () => {
    expect(questions.filter(isChoice).map((q) => q.id)).toEqual(['c.physical', 'c.gaps', 'c.areas']);
  });

  it('copies every answered choice of the source item, in the questions’ order, and no text, number or date', () => {
    expect(choicesToCopy(questions, answers, 'a')).toEqual([
      { questionId: 'c.physical', value: 'worse' },
      { questionId: 'c.gaps', value: 'widens' },
      { questionId: 'c.areas', value: ['education', 'work'] },
    ]);
    // An empty list or an empty string is no answer to copy.
    expect(choicesToCopy(questions, answers, 'b')).toEqual([{ questionId: 'c.physical', value: 'none' }]);
  });

  it('gives a copied list of its own, so changing it leaves the source item alone', () => {
    const copied = choicesToCopy(questions, answers, 'a').find((c) => c.questionId === 'c.areas')!.value as string[];
    copied.push('health-care');
    expect((answers['c.areas'] as Record<string, string[]>).a).toEqual(['education', 'work']);
  });

  it('knows an item begun by its choices only: texts and numbers typed do not count', () => {
    expect(hasChoices(questions, answers, 'a')).toBe(true);
    expect(hasChoices(questions, answers, 'c')).toBe(false);
    expect(hasChoices(questions, {}, 'a')).toBe(false);
  });

  it('offers the earlier items with choices, for an item without any', () => {
    expect(copySources(questions, answers, ['a', 'b', 'c'], 'c')).toEqual(['a', 'b']);
    // The first item has nothing before it; an item with choices of its own is not overwritten.
    expect(copySources(questions, answers, ['a', 'b', 'c'], 'a')).toEqual([]);
    expect(copySources(questions, answers, ['a', 'b', 'c'], 'b')).toEqual([]);
    // Only earlier items: a later item with answers is not offered.
    expect(copySources(questions, answers, ['c', 'a', 'b'], 'c')).toEqual([]);
    expect(copySources(questions, answers, ['a', 'b'], 'unknown')).toEqual([]);
  });

  it('offers at most the last three earlier items, nearest last', () => {
    const ids = ['g1', 'g2', 'g3', 'g4', 'g5', 'g6'];
    const many: Answers = { 'c.gaps': Object.fromEntries(ids.slice(0, 5).map((id) => [id, 'widens'])) };
    expect(MAX_SOURCES).toBe(3);
    expect(copySources(questions, many, ids, 'g6')).toEqual(['g3', 'g4', 'g5']);
  });

  it('reads the shipped consequences step: its ratings carry over, its texts do not', () => {
    const step = questionnaires.flatMap((f) => f.steps).find((s) => s.kind === 'per-item');
    expect(step?.kind).toBe('per-item');
    if (step?.kind !== 'per-item') return;
    const source: Answers = Object.fromEntries(step.questions.map((q) => [q.id, { x: q.type === 'multi' ? ['a'] : 'a' }]));
    const copied = choicesToCopy(step.questions, source, 'x').map((c) => c.questionId);
    const texts = step.questions.filter((q) => ['text', 'longtext', 'number', 'date'].includes(q.type)).map((q) => q.id);
    expect(copied.length).toBeGreaterThan(0);
    expect(copied.length + texts.length).toBe(step.questions.length);
    expect(copied.some((id) => texts.includes(id))).toBe(false);
  });
});
