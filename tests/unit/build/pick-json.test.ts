// `pick:` imports (scripts/vite/pick-json.ts): the parts named, nothing else,
// and a build error for a path that matches nothing. The start page's
// overviews, picked so, equal the same parts of the parsed model.
import { describe, expect, it } from 'vitest';
import { pick, type Json } from '../../../scripts/vite/pick-json';
import { framework, questionnaires } from '../../../src/questionnaire/catalogue';
import { frameworkOverview, questionnaireOverviews } from '../../../src/questionnaire/overviews';

const file: Json = {
  id: 'q',
  subject: 'proposal',
  steps: [
    { id: 'a', items: [{ id: 'x' }], title: 'A' },
    { id: 'b', items: [] },
  ],
  texts: { one: { title: '1', body: 'long' }, two: { title: '2' } },
};

describe('pick', () => {
  it('keeps the named keys, every element of an array and every key of an object under *', () => {
    expect(pick(file, ['id', 'steps.*.id'])).toEqual({ id: 'q', steps: [{ id: 'a' }, { id: 'b' }] });
    expect(pick(file, ['texts.*.title'])).toEqual({ texts: { one: { title: '1' }, two: { title: '2' } } });
    expect(pick(file, ['texts.one', 'subject'])).toEqual({ texts: { one: { title: '1', body: 'long' } }, subject: 'proposal' });
  });

  it('refuses a path that matches nothing, so a renamed key fails the build', () => {
    expect(() => pick(file, ['id', 'title'])).toThrow('Nothing at "title"');
    expect(() => pick(file, ['steps.id'])).toThrow('Nothing at "steps.id"');
    expect(() => pick(file, ['steps.*.title.x'])).toThrow('Nothing at');
  });
});

describe('the start page’s overviews of the model', () => {
  it('are the ids, subjects and step ids of the shipped questionnaires, in order, and the framework’s', () => {
    expect(questionnaireOverviews).toEqual(questionnaires.map((q) => ({ id: q.id, subject: q.subject, steps: q.steps.map((s) => ({ id: s.id })) })));
    expect(frameworkOverview).toEqual({ id: framework.id, contentVersion: framework.contentVersion, recommendations: framework.recommendations.map((r) => ({ id: r.id })) });
  });
});
