import { describe, expect, it } from 'vitest';
import { mergeTexts } from '../../../src/i18n/texts';
import { checkTexts, flattenTexts } from '../../../src/questionnaire/texts';

describe('mergeTexts', () => {
  it('merges nested trees from several files', () => {
    const { texts, collisions } = mergeTexts([{ questions: { a: { label: 'A' } } }, { questions: { b: { label: 'B' } } }]);
    expect(texts).toEqual({ questions: { a: { label: 'A' }, b: { label: 'B' } } });
    expect(collisions).toEqual([]);
  });

  it('reports a key defined twice instead of letting one file win', () => {
    const { collisions } = mergeTexts([{ steps: { x: { title: 'one' } } }, { steps: { x: { title: 'two' } } }]);
    expect(collisions).toEqual(['steps.x.title']);
  });
});

describe('checkTexts', () => {
  const keys = [
    { key: 'questions.a.label', path: '$.a', required: true },
    { key: 'questions.a.hint', path: '$.a', required: false },
  ];

  it('accepts present texts and absent optional ones', () => {
    expect(checkTexts(keys, flattenTexts({ questions: { a: { label: 'A' } } }), 'sv')).toEqual([]);
  });

  it.each([
    ['missing', {}, 'text.missing'],
    ['empty', { questions: { a: { label: '  ' } } }, 'text.empty'],
    ['nested instead of a string', { questions: { a: { label: { sv: 'A' } } } }, 'text.missing'],
  ])('reports a %s text', (_what, tree, code) => {
    expect(checkTexts(keys, flattenTexts(tree), 'en').map((p) => p.code)).toContain(code);
  });
});
