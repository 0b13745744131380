// @vitest-environment node
// The number question type end to end, on a small questionnaire of its own:
// what is read as a number, how it is stored, which answers the step refuses
// (with which code), what is set aside when a number question holds words,
// and how the answer list and the blank worksheet write it in each language.
import { describe, expect, it } from 'vitest';
import { answerList, type Row } from '../../../src/assessment/answer-list';
import { splitAnswers } from '../../../src/assessment/earlier';
import { createI18n } from '../../../src/i18n';
import { canonicalNumber, parseNumber, type Answers } from '../../../src/questionnaire/answers';
import { framework } from '../../../src/questionnaire/catalogue';
import { ZQuestionnaire } from '../../../src/questionnaire/schema';
import { stepSchema } from '../../../src/questionnaire/step-schema';
import { wordAnswer } from '../../../src/report/text';
import { worksheetModel } from '../../../src/report/worksheet/model';

const file = ZQuestionnaire.parse({
  kind: 'questionnaire',
  schemaVersion: 1,
  id: 'numbers',
  contentVersion: '1.0.0',
  framework: framework.id,
  steps: [
    {
      id: 'figures',
      kind: 'questions',
      questions: [
        { id: 'figures.share', type: 'number', unit: 'percent', min: 0, max: 100 },
        { id: 'figures.count', type: 'number', required: true },
        {
          id: 'figures.groups',
          type: 'group',
          itemLabel: 'figures.group.name',
          fields: [
            { id: 'figures.group.name', type: 'text' },
            { id: 'figures.group.share', type: 'number', unit: 'percent', min: 0, max: 100 },
          ],
        },
      ],
    },
  ],
});
const step = file.steps[0]!;

function codes(answers: Answers): Record<string, string> {
  const parsed = stepSchema(file, framework, step, answers).safeParse(answers);
  return parsed.success ? {} : Object.fromEntries(parsed.error.issues.map((i) => [i.path.join(':'), i.message]));
}

describe('reading and storing a typed number', () => {
  it.each([
    ['12,5', 12.5, '12.5'],
    ['12.5', 12.5, '12.5'],
    [' 12,50 ', 12.5, '12.5'],
    ['0', 0, '0'],
    ['-0', 0, '0'],
    [',5', 0.5, '0.5'],
    ['1 250', 1250, '1250'],
    ['1\u00a0250,75', 1250.75, '1250.75'],
    ['-3', -3, '-3'],
  ])('reads %j as %d and stores it as %j', (typed, n, stored) => {
    expect(parseNumber(typed)).toBe(n);
    expect(canonicalNumber(typed)).toBe(stored);
  });

  it.each(['', 'ungefär en tredjedel', '12 %', '1e3', '12,5,3', '1.250,5', 'NaN', 'Infinity', '.'])('does not read %j as a number, and keeps it as typed', (typed) => {
    expect(parseNumber(typed)).toBeNull();
    expect(canonicalNumber(typed)).toBe(typed);
  });
});

describe('the step refuses what is not a number, or is out of bounds', () => {
  const base: Answers = { 'figures.count': '3' };

  it('accepts numbers within the bounds, written with a point or a comma, and an optional number left blank', () => {
    expect(codes({ ...base, 'figures.share': '0' })).toEqual({});
    expect(codes({ ...base, 'figures.share': '100' })).toEqual({});
    expect(codes({ ...base, 'figures.share': '12,5' })).toEqual({});
    expect(codes({ ...base, 'figures.share': '' })).toEqual({});
  });

  it('gives each problem its own code', () => {
    expect(codes({ ...base, 'figures.share': 'en tredjedel' })).toEqual({ 'figures.share': 'number' });
    expect(codes({ ...base, 'figures.share': '-0.5' })).toEqual({ 'figures.share': 'numberMin' });
    expect(codes({ ...base, 'figures.share': '100.01' })).toEqual({ 'figures.share': 'numberMax' });
    expect(codes({ 'figures.count': '  ' })).toEqual({ 'figures.count': 'required' });
  });

  it('checks a number inside a group item', () => {
    const groups = [{ id: 'g1', values: { 'figures.group.name': 'Unga', 'figures.group.share': '140' } }];
    expect(codes({ ...base, 'figures.groups': groups })).toEqual({ 'figures.groups:0:values:figures.group.share': 'numberMax' });
  });
});

describe('words stored under a number question are set aside', () => {
  it('keeps numbers and blanks, and sets aside the rest, also inside group items', () => {
    const { kept, aside } = splitAnswers(file, framework, {
      'figures.share': 'ungefär hälften',
      'figures.count': '12,5',
      'figures.groups': [
        { id: 'g1', values: { 'figures.group.name': 'Unga', 'figures.group.share': 'få' } },
        { id: 'g2', values: { 'figures.group.name': 'Äldre', 'figures.group.share': '' } },
      ],
    });
    expect(kept).toEqual({
      'figures.count': '12,5',
      'figures.groups': [
        { id: 'g1', values: { 'figures.group.name': 'Unga' } },
        { id: 'g2', values: { 'figures.group.name': 'Äldre', 'figures.group.share': '' } },
      ],
    });
    expect(aside).toEqual({ 'figures.share': 'ungefär hälften', 'figures.groups': [{ id: 'g1', values: { 'figures.group.share': 'få' } }] });
  });
});

describe('a number in the answer list and on the worksheet', () => {
  const answers: Answers = {
    'figures.share': '12.5',
    'figures.count': '1250',
    'figures.groups': [{ id: 'g1', values: { 'figures.group.name': 'Unga', 'figures.group.share': '7' } }],
  };
  const rows = answerList(file, framework, answers)[0]!.rows;
  const answer = (id: string) => rows.find((r): r is Row & { kind: 'answer' } => r.kind === 'answer' && r.id === id)!;

  it('lists a number as a number, with its unit', () => {
    expect(answer('figures.share').value).toEqual([{ number: 12.5, unit: 'percent' }]);
    expect(answer('figures.count').value).toEqual([{ number: 1250 }]);
    const group = rows.find((r) => r.kind === 'group')!;
    expect(group.kind === 'group' && group.items[0]!.rows).toContainEqual(expect.objectContaining({ value: [{ number: 7, unit: 'percent' }] }));
  });

  it('shows words under a number question as they were typed rather than hiding them', () => {
    const words = answerList(file, framework, { 'figures.share': 'ungefär hälften' })[0]!.rows;
    expect(words).toContainEqual(expect.objectContaining({ id: 'figures.share', value: [{ text: 'ungefär hälften' }] }));
  });

  it.each([
    ['sv', '12,5\u00a0%', '1\u00a0250'],
    ['en', '12.5%', '1,250'],
  ] as const)('writes the number in %s with its decimal sign and unit', (lang, share, count) => {
    const t = createI18n(lang).t;
    expect(wordAnswer(t, lang, answer('figures.share')).value).toEqual([share]);
    expect(wordAnswer(t, lang, answer('figures.count')).value).toEqual([count]);
  });

  it.each([
    ['sv', 'Skriv en andel i procent, från 0 till 100.'],
    ['en', 'Enter a percentage from 0 to 100.'],
  ] as const)('gives a number a short line with its unit and range on the blank worksheet (%s)', (lang, range) => {
    const i18n = createI18n(lang);
    const sheet = worksheetModel({ file, framework, t: i18n.t, exists: (k) => i18n.exists(k), lang });
    const block = sheet.steps[0]!.blocks[0]!;
    expect(block.kind === 'question' && block.question.ask).toEqual({ kind: 'number', unit: '%', range });
  });
});
