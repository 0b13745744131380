// @vitest-environment node
// Answers the current questionnaire version cannot hold are set aside, never
// dropped: removed questions, removed options (single, multiple, in groups and
// per item), values of a shape the question no longer has. What stays is
// valid for the current questionnaire; what is set aside is listed by id.
import { describe, expect, it } from 'vitest';
import type { Assessment } from '../../../src/assessment/assessment';
import { adoptContentVersion, splitAnswers } from '../../../src/assessment/earlier';
import { earlierList } from '../../../src/assessment/earlier-list';
import { evaluate } from '../../../src/assessment/evaluate';
import { parseAssessmentJson } from '../../../src/assessment/export-file';
import { firstInvalid } from '../../../src/machine/navigation';
import { framework, questionnaires } from '../../../src/questionnaire/catalogue';
import { isStepValid } from '../../../src/questionnaire/step-schema';
import { formatFixture } from '../../fixtures/formats';

const file = questionnaires.find((q) => q.id === 'proposal')!;
const model = { file, framework };

/** The assessment as if it had been made under the current version of its questionnaire. */
function current(a: Assessment): Assessment {
  const q = questionnaires.find((x) => x.id === a.questionnaire.id)!;
  return { ...a, questionnaire: { ...a.questionnaire, contentVersion: q.contentVersion } };
}

function read(name: string): Assessment {
  const parsed = parseAssessmentJson(formatFixture(name));
  if (!parsed.ok) throw new Error(JSON.stringify(parsed.problems));
  return parsed.value;
}

describe('splitAnswers', () => {
  it('keeps what the questionnaire has and sets aside removed questions and options', () => {
    const { kept, aside } = splitAnswers(file, framework, {
      'basics.title': 'Titel',
      'proposal.old-question': 'Ett gammalt svar',
      'screening.reach': 'staff-only',
      'screening.magnitude': 'large',
      'screening.duration': '',
      'screening.areas': ['work', 'environment'],
      'screening.children': ['yes'],
      'r1.equity-goals': 'yes',
      'r1.no-such-criterion': 'partly',
    });
    expect(kept).toEqual({ 'basics.title': 'Titel', 'screening.magnitude': 'large', 'screening.duration': '', 'screening.areas': ['work'], 'r1.equity-goals': 'yes' });
    expect(aside).toEqual({
      'proposal.old-question': 'Ett gammalt svar',
      'screening.reach': 'staff-only',
      'screening.areas': ['environment'],
      // A single choice stored as a list no longer fits its question.
      'screening.children': ['yes'],
      'r1.no-such-criterion': 'partly',
    });
  });

  it('a multiple choice whose every option was removed is set aside whole', () => {
    expect(splitAnswers(file, framework, { 'screening.areas': ['culture', 'environment'] })).toEqual({ kept: {}, aside: { 'screening.areas': ['culture', 'environment'] } });
  });

  it('in a group, keeps every item and sets aside only removed fields and options, by item', () => {
    const { kept, aside } = splitAnswers(file, framework, {
      'groups.items': [
        { id: 'g1', values: { 'groups.item.name': 'Äldre', 'groups.item.factors': ['age', 'pension'], 'groups.item.old-field': 'x' } },
        { id: 'g2', values: { 'groups.item.name': 'Unga', 'groups.item.factors': ['age'] } },
      ],
    });
    expect(kept).toEqual({
      'groups.items': [
        { id: 'g1', values: { 'groups.item.name': 'Äldre', 'groups.item.factors': ['age'] } },
        { id: 'g2', values: { 'groups.item.name': 'Unga', 'groups.item.factors': ['age'] } },
      ],
    });
    expect(aside).toEqual({ 'groups.items': [{ id: 'g1', values: { 'groups.item.factors': ['pension'], 'groups.item.old-field': 'x' } }] });
  });

  it('per item, sets aside the values of removed options for those items only', () => {
    const { kept, aside } = splitAnswers(file, framework, { 'consequences.rating': { g1: 'negative', g2: 'catastrophic' } });
    expect(kept).toEqual({ 'consequences.rating': { g1: 'negative' } });
    expect(aside).toEqual({ 'consequences.rating': { g2: 'catastrophic' } });
  });

  it('leaves options taken from a group alone: they are the user’s items, not content', () => {
    const answers = { 'measures.items': [{ id: 'm1', values: { 'measures.item.what': 'Läxhjälp', 'measures.item.addresses': ['g1', 'g9'] } }] };
    expect(splitAnswers(file, framework, answers)).toEqual({ kept: answers, aside: {} });
  });
});

describe('adoptContentVersion', () => {
  const v1 = read('v1.json');

  it('moves the v1 fixture to the current version with exactly the expected answers set aside', () => {
    const adopted = adoptContentVersion(file, framework, v1);
    const { 'proposal.old-question': _old, 'screening.reach': _reach, ...rest } = v1.answers;
    expect(adopted).toEqual({
      ...v1,
      questionnaire: { id: 'proposal', contentVersion: file.contentVersion },
      answers: {
        ...rest,
        'proposal.alternatives': [
          { id: 'i-alt-1', values: { 'proposal.alternative.name': 'Förlänga det nuvarande avtalet', 'proposal.alternative.kind': 'zero' } },
          { id: 'i-alt-2', values: { 'proposal.alternative.name': 'Köpa in via den regionala inköpscentralen' } },
        ],
        'screening.areas': ['work'],
      },
      earlierAnswers: [
        {
          contentVersion: '0.9.0',
          answers: {
            'proposal.alternatives': [{ id: 'i-alt-2', values: { 'proposal.alternative.kind': 'joint-procurement' } }],
            'proposal.old-question': 'Ja, förslaget är avstämt med kommunens miljöstrateg.',
            'screening.reach': 'staff-only',
            'screening.areas': ['environment'],
          },
        },
      ],
    });
  });

  it('set-aside answers are not validated: the removed options would block review, set aside they do not', () => {
    expect(firstInvalid(model, v1.answers)?.id).toBe('proposal');
    const screening = file.steps.find((s) => s.id === 'screening')!;
    expect(isStepValid(file, framework, screening, v1.answers)).toBe(false);
    const adopted = adoptContentVersion(file, framework, v1);
    expect(isStepValid(file, framework, screening, adopted.answers)).toBe(true);
    expect(firstInvalid(model, adopted.answers)).toBeUndefined();
  });

  it('set-aside answers are not evaluated', () => {
    const adopted = adoptContentVersion(file, framework, v1);
    expect(evaluate(file, framework, adopted)).toEqual(evaluate(file, framework, { answers: adopted.answers }));
    expect(JSON.stringify(evaluate(file, framework, adopted))).not.toContain('old-question');
  });

  it('returns an assessment already on the current version as it is, and is idempotent', () => {
    const v2 = current(read('v2.json'));
    expect(adoptContentVersion(file, framework, v2)).toBe(v2);
    const once = adoptContentVersion(file, framework, v1);
    expect(adoptContentVersion(file, framework, once)).toBe(once);
  });

  it('adds a new entry after those set aside before, never merging into them', () => {
    const v2 = read('v2.json');
    const older = { ...v2, questionnaire: { id: 'proposal', contentVersion: '0.9.5' }, answers: { ...v2.answers, 'proposal.gone': 'Borta' } };
    const adopted = adoptContentVersion(file, framework, older);
    expect(adopted.earlierAnswers).toEqual([...v2.earlierAnswers, { contentVersion: '0.9.5', answers: { 'proposal.gone': 'Borta' } }]);
    expect(adopted.answers).toEqual(v2.answers);
  });

  it('only updates the version when nothing needs setting aside', () => {
    const v2 = current(read('v2.json'));
    const adopted = adoptContentVersion(file, framework, { ...v2, questionnaire: { id: 'proposal', contentVersion: '0.9.9' } });
    expect(adopted).toEqual(v2);
  });
});

describe('answers under a former id (formerIds)', () => {
  const older = (answers: Assessment['answers'], questionnaire = 'proposal'): Assessment => ({
    ...read('v2.json'),
    questionnaire: { id: questionnaire, contentVersion: '1.0.0' },
    answers,
    earlierAnswers: [],
  });

  it('carries an answer to the question’s new id when the assessment is brought up to date, setting nothing aside', () => {
    const adopted = adoptContentVersion(file, framework, older({ 'screening.children': 'yes', 'evidence.best-interests': 'no', 'evidence.children-views': 'dont-know' }));
    expect(adopted.questionnaire.contentVersion).toBe(file.contentVersion);
    expect(adopted.answers).toEqual({ 'screening.children': 'yes', 'children.best-interests': 'no', 'children.views': 'dont-know' });
    expect(adopted.earlierAnswers).toEqual([]);
  });

  it('keeps the order of the answers, so the file reads the same every time', () => {
    const adopted = adoptContentVersion(file, framework, older({ 'basics.title': 'T', 'evidence.best-interests': 'yes', 'summary.notes': 'N' }));
    expect(Object.keys(adopted.answers)).toEqual(['basics.title', 'children.best-interests', 'summary.notes']);
  });

  it('an answer already under the new id wins; the one under the former id is set aside, under that id', () => {
    const adopted = adoptContentVersion(file, framework, older({ 'children.best-interests': 'yes', 'evidence.best-interests': 'no' }));
    expect(adopted.answers).toEqual({ 'children.best-interests': 'yes' });
    expect(adopted.earlierAnswers).toEqual([{ contentVersion: '1.0.0', answers: { 'evidence.best-interests': 'no' } }]);
  });

  it('a value the new question cannot hold is set aside under the id it was stored under', () => {
    const adopted = adoptContentVersion(file, framework, older({ 'evidence.best-interests': 'perhaps' }));
    expect(adopted.answers).toEqual({});
    expect(adopted.earlierAnswers).toEqual([{ contentVersion: '1.0.0', answers: { 'evidence.best-interests': 'perhaps' } }]);
  });

  it('works the same in the service audit: the children’s views move from the norms step to the barriers step', () => {
    const audit = questionnaires.find((q) => q.id === 'service-audit')!;
    const adopted = adoptContentVersion(audit, framework, older({ 'barriers.children': 'yes', 'norms.children-views': 'no' }, 'service-audit'));
    expect(adopted.answers).toEqual({ 'barriers.children': 'yes', 'barriers.children-views': 'no' });
    expect(adopted.earlierAnswers).toEqual([]);
  });

  it('renames a field inside the items of a group the same way', () => {
    const renamed = structuredClone(file);
    const groups = renamed.steps.find((s) => s.id === 'groups')!;
    const items = groups.kind === 'questions' ? groups.questions.find((q) => q.id === 'groups.items') : undefined;
    if (items?.type !== 'group') throw new Error('groups.items is a group');
    const name = items.fields.find((f) => f.id === 'groups.item.name')!;
    name.formerIds = ['groups.item.title'];
    const { kept, aside } = splitAnswers(renamed, framework, { 'groups.items': [{ id: 'g1', values: { 'groups.item.title': 'Äldre', 'groups.item.factors': ['age'] } }] });
    expect(kept).toEqual({ 'groups.items': [{ id: 'g1', values: { 'groups.item.name': 'Äldre', 'groups.item.factors': ['age'] } }] });
    expect(aside).toEqual({});
  });
});

describe('earlierList', () => {
  it('lists set-aside answers by question id with their stored values, items by their current title', () => {
    const adopted = adoptContentVersion(file, framework, read('v1.json'));
    expect(earlierList(file, adopted.answers, adopted.earlierAnswers)).toEqual([
      {
        contentVersion: '0.9.0',
        rows: [
          {
            kind: 'group',
            id: 'proposal.alternatives',
            label: { text: 'proposal.alternatives' },
            items: [
              {
                id: 'i-alt-2',
                title: 'Köpa in via den regionala inköpscentralen',
                rows: [{ kind: 'answer', id: 'proposal.alternatives:i-alt-2:proposal.alternative.kind', type: 'text', label: { text: 'proposal.alternative.kind' }, value: [{ text: 'joint-procurement' }] }],
              },
            ],
          },
          { kind: 'answer', id: 'proposal.old-question', type: 'text', label: { text: 'proposal.old-question' }, value: [{ text: 'Ja, förslaget är avstämt med kommunens miljöstrateg.' }] },
          { kind: 'answer', id: 'screening.reach', type: 'text', label: { text: 'screening.reach' }, value: [{ text: 'staff-only' }] },
          { kind: 'answer', id: 'screening.areas', type: 'multi', label: { text: 'screening.areas' }, value: [{ text: 'environment' }] },
        ],
      },
    ]);
  });

  it('names a per-item value by the item id when the item is gone, and leaves out blank values', () => {
    const lists = earlierList(file, {}, [{ contentVersion: '0.1.0', answers: { 'consequences.old': { g7: 'worse' }, 'proposal.blank': '' } }]);
    expect(lists).toEqual([
      {
        contentVersion: '0.1.0',
        rows: [
          {
            kind: 'group',
            id: 'consequences.old',
            label: { text: 'consequences.old' },
            items: [{ id: 'g7', title: 'g7', rows: [{ kind: 'answer', id: 'consequences.old:g7', type: 'text', label: { text: 'consequences.old' }, value: [{ text: 'worse' }] }] }],
          },
        ],
      },
    ]);
    expect(earlierList(file, {}, [{ contentVersion: '0.1.0', answers: { 'proposal.blank': '' } }])).toEqual([]);
  });
});
