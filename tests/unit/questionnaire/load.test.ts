// Parsing and cross-reference checks, one broken variant per row.
import { describe, expect, it } from 'vitest';
import { parseFramework, parseQuestionnaire } from '../../../src/questionnaire/load';
import { framework } from '../../../src/questionnaire/catalogue';
import type { ProblemCode } from '../../../src/questionnaire/problems';

type Json = Record<string, unknown>;

/** A small valid questionnaire; each test row breaks one thing in a copy. */
function base(): Json {
  return {
    kind: 'questionnaire',
    schemaVersion: 1,
    id: 'mini',
    contentVersion: '1.0.0',
    framework: 'samling-social-hallbarhet',
    optionSets: {
      'criterion-rating': [{ id: 'yes', score: 2 }, { id: 'no', score: 0 }],
    },
    steps: [
      {
        id: 'first',
        kind: 'questions',
        questions: [
          { id: 'first.name', type: 'text', required: true },
          { id: 'first.choice', type: 'single', options: [{ id: 'a' }, { id: 'b' }] },
          {
            id: 'first.items',
            type: 'group',
            itemLabel: 'first.item.name',
            fields: [{ id: 'first.item.name', type: 'text' }],
          },
        ],
      },
      {
        id: 'second',
        kind: 'questions',
        showIf: { question: 'first.choice', equals: 'a' },
        questions: [{ id: 'second.which', type: 'multi', options: { fromGroup: 'first.items' } }],
      },
      { id: 'per', kind: 'per-item', of: 'first.items', questions: [{ id: 'per.note', type: 'longtext' }] },
      { id: 'check', kind: 'recommendation-check', scale: 'criterion-rating' },
    ],
  };
}

const steps = (q: Json) => q.steps as Json[];
const questions = (q: Json, step: number) => steps(q)[step]!.questions as Json[];

describe('parseQuestionnaire', () => {
  it('accepts the valid base', () => {
    const parsed = parseQuestionnaire(base(), framework);
    expect(parsed.ok ? [] : parsed.problems).toEqual([]);
  });

  it.each<[string, (q: Json) => void, ProblemCode, string]>([
    ['an unknown question type', (q) => (questions(q, 0)[0]!.type = 'slider'), 'schema.value', '$.steps[0].questions[0].type'],
    ['a missing id', (q) => delete questions(q, 0)[0]!.id, 'schema.required', '$.steps[0].questions[0].id'],
    ['an unknown field', (q) => (q.colour = 'red'), 'schema.unknown-key', '$'],
    ['an id with capitals', (q) => (questions(q, 0)[0]!.id = 'first.Name'), 'schema.format', '$.steps[0].questions[0].id'],
    ['a newer schema version', (q) => (q.schemaVersion = 2), 'schema.value', '$.schemaVersion'],
    ['a duplicate question id', (q) => (questions(q, 0)[1]!.id = 'first.name'), 'id.duplicate', '$.steps[0].questions[1].id'],
    ['a duplicate step id', (q) => (steps(q)[1]!.id = 'first'), 'id.duplicate', '$.steps[1].id'],
    ['a question id taken by a criterion', (q) => (questions(q, 0)[0]!.id = 'r1.equity-goals'), 'id.duplicate', '$.steps[0].questions[0].id'],
    ['a condition on a missing question', (q) => (steps(q)[1]!.showIf = { question: 'first.gone', equals: 'a' }), 'ref.question', '$.steps[1].showIf'],
    ['a condition on a missing option', (q) => (steps(q)[1]!.showIf = { question: 'first.choice', equals: 'c' }), 'ref.option', '$.steps[1].showIf'],
    ['a condition on a later question', (q) => (questions(q, 0)[0]!.showIf = { question: 'first.choice', equals: 'a' }), 'ref.later', '$.steps[0].questions[0].showIf'],
    ['options from something that is not a group', (q) => (questions(q, 1)[0]!.options = { fromGroup: 'first.name' }), 'ref.group', '$.steps[1].questions[0].options.fromGroup'],
    ['an unknown option set', (q) => (questions(q, 0)[1]!.options = 'nowhere'), 'ref.option-set', '$.steps[0].questions[1].options'],
    ['a per-item step of no group', (q) => (steps(q)[2]!.of = 'first.choice'), 'ref.group', '$.steps[2].of'],
    ['a check step with an unknown scale', (q) => (steps(q)[3]!.scale = 'none'), 'ref.option-set', '$.steps[3].scale'],
    ['a group label field that is not in the group', (q) => (questions(q, 0)[2]!.itemLabel = 'first.name'), 'ref.item-label', '$.steps[0].questions[2].itemLabel'],
    ['a scale option without score', (q) => (questions(q, 0)[1]!.type = 'scale'), 'scale.score', '$.steps[0].questions[1].options'],
    ['an unknown tag', (q) => (questions(q, 0)[0]!.tags = ['mystery']), 'tag.unknown', '$.steps[0].questions[0].tags[0]'],
    ['another framework', (q) => (q.framework = 'other'), 'ref.framework', '$.framework'],
    ['a duplicate option id', (q) => (questions(q, 0)[1]!.options = [{ id: 'a' }, { id: 'a' }]), 'id.duplicate', '$.steps[0].questions[1].options[1].id'],
    ['a former id that is a current id', (q) => (questions(q, 0)[1]!.formerIds = ['first.name']), 'id.duplicate', '$.steps[0].questions[1].formerIds[0]'],
    ['a former id given to two questions', (q) => {
      questions(q, 0)[0]!.formerIds = ['first.old'];
      questions(q, 0)[1]!.formerIds = ['first.old'];
    }, 'id.duplicate', '$.steps[0].questions[1].formerIds[0]'],
    ['a refusal that looks at a later question', (q) => (questions(q, 0)[1]!.options = [{ id: 'a', refusedIf: { question: 'first.items', answered: true } }, { id: 'b' }]), 'ref.later', '$.steps[0].questions[1].options[0].refusedIf'],
    ['a refusal on a missing option', (q) => (questions(q, 1)[0]!.options = [{ id: 'x', refusedIf: { question: 'first.choice', equals: 'c' } }, { id: 'y' }]), 'ref.option', '$.steps[1].questions[0].options[0].refusedIf'],
  ])('reports %s', (_what, breakIt, code, path) => {
    const q = base();
    breakIt(q);
    const parsed = parseQuestionnaire(q, framework);
    expect(parsed.ok).toBe(false);
    expect(parsed.ok ? [] : parsed.problems).toContainEqual(expect.objectContaining({ code, path }));
  });
});

describe('parseFramework', () => {
  const copy = () => structuredClone(framework) as unknown as { recommendations: Array<{ id: string; number: number; criteria: Array<{ id: string }> }> };

  it('accepts the shipped framework', () => {
    expect(parseFramework(framework)).toMatchObject({ ok: true });
  });

  it.each<[string, (f: ReturnType<typeof copy>) => void, ProblemCode]>([
    ['a criterion under the wrong recommendation', (f) => (f.recommendations[0]!.criteria[0]!.id = 'r2.misplaced'), 'criterion.prefix'],
    ['a criterion in two recommendations', (f) => (f.recommendations[1]!.criteria[0]!.id = 'r2.' + f.recommendations[1]!.criteria[1]!.id.slice(3)), 'id.duplicate'],
    ['a recommendation numbered wrongly', (f) => (f.recommendations[2]!.number = 4), 'recommendation.number'],
    ['a recommendation with three criteria', (f) => f.recommendations[0]!.criteria.splice(0, 2), 'schema.too-small'],
  ])('reports %s', (_what, breakIt, code) => {
    const f = copy();
    breakIt(f);
    const parsed = parseFramework(f);
    expect(parsed.ok ? [] : parsed.problems.map((p) => p.code)).toContain(code);
  });
});
