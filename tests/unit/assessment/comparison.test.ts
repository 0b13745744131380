// The comparison of several groups' assessments of one case: columns named
// by each group, the same file refused as a duplicate, the parts of the
// debrief with a marker where the groups' choices differ, "not in analysis"
// for a recommendation a light analysis never checks, the affected groups
// with their ratings per group, and measures with the groups they are for.
import { describe, expect, it } from 'vitest';
import type { Assessment } from '../../../src/assessment/assessment';
import { compareAssessments, duplicateOf, groupOccurrences, type Cell, type CompareRow } from '../../../src/assessment/comparison';
import type { Answers, GroupItem } from '../../../src/questionnaire/answers';
import { CASES, caseAssessment, framework } from '../../fixtures/cases';
import { cleanAnswers, setPerItem } from '../../fixtures/clean-answers';
import { caseEntries, entry } from '../../fixtures/compare-entries';

const library = () => caseAssessment(CASES[0]!);
/** A copy of the library case as one workshop group saved it. */
function groupCopy(id: string, groupName: string, change: (a: Answers) => Answers = (a) => a): Assessment {
  const base = library();
  return { ...base, id, name: '', answers: change({ ...base.answers, 'basics.assessors': groupName }) };
}
const named = (id: string, name: string): GroupItem => ({
  id,
  values: { 'groups.item.name': name, 'groups.item.factors': ['age'], 'groups.item.description': '', 'groups.item.size': '', 'groups.item.missed': 'no' },
});
const row = (rows: CompareRow[], key: string) => rows.find((r) => r.key === key)!;
const choice = (cell: Cell | undefined) => (cell?.kind === 'choice' ? cell.options : cell?.kind);

describe('columns', () => {
  it("labels each column by the group's name, else who made it, numbering only names that still clash", () => {
    const a = entry({ ...groupCopy('a', 'Grupp Norr'), name: 'Norr' }, 'bibliotek.json');
    const b = entry(groupCopy('b', 'Grupp Syd'), 'bibliotek.json');
    const c = entry(groupCopy('c', '  Grupp   Syd '), 'bibliotek (1).json');
    const d = entry(groupCopy('d', ''), 'bibliotek (2).json');
    const cmp = compareAssessments([a, b, c, d], framework);
    expect(cmp.columns).toEqual(['Norr', 'Grupp Syd (1)', 'Grupp Syd (2)', CASES[0]!.title]);
    expect(cmp.sources.map((s) => [s.fileName, s.assessmentId, s.depth])).toEqual([
      ['bibliotek.json', 'a', 'full'],
      ['bibliotek.json', 'b', 'full'],
      ['bibliotek (1).json', 'c', 'full'],
      ['bibliotek (2).json', 'd', 'full'],
    ]);
  });

  it('finds the same assessment loaded twice (or saved again) by its id', () => {
    const entries = [entry(groupCopy('a', 'Norr'), 'a.json'), entry(groupCopy('b', 'Syd'), 'b.json')];
    expect(duplicateOf(entries, entry(groupCopy('b', 'Syd, sparad igen'), 'b (1).json'))).toBe(1);
    expect(duplicateOf(entries, entry(groupCopy('c', 'Norr'), 'a.json'))).toBe(-1);
    expect(duplicateOf([], entries[0]!)).toBe(-1);
  });
});

describe('parts', () => {
  const light = (a: Answers): Answers => ({ ...cleanAnswers('light'), 'basics.assessors': a['basics.assessors']!, 'summary.judgement': 'rework' });
  const entries = [
    entry(groupCopy('a', 'Norr'), 'a.json'),
    entry(groupCopy('b', 'Syd', (a) => ({ ...a, 'summary.judgement': 'proceed', 'children.best-interests': 'no' })), 'b.json'),
    entry(groupCopy('c', 'Väst', light), 'c.json'),
  ];
  const c = compareAssessments(entries, framework);

  it('lines up the screening by tag, and the other questions of the screening step, in the step order', () => {
    const keys = c.parts.screening.map((r) => r.key);
    expect(keys.slice(0, 2)).toEqual(['tag:affects-people', 'tag:affects-differently']);
    expect(keys).toContain('tag:children-affected');
    expect(keys).toContain('tag:screening-outcome');
    expect(keys).toContain('question:screening.reach');
    const outcome = row(c.parts.screening, 'tag:screening-outcome');
    expect(outcome.cells.map(choice)).toEqual([['full'], ['full'], ['light']]);
    expect(outcome.differs).toBe(true);
    expect(row(c.parts.screening, 'tag:affects-people').differs).toBe(false);
  });

  it("puts the groups' overall judgements side by side and says they differ", () => {
    const judgement = row(c.parts.judgement, 'tag:overall-judgement');
    expect(judgement.cells.map(choice)).toEqual([['adjust'], ['proceed'], ['rework']]);
    expect(judgement.differs).toBe(true);
    expect(judgement.cells[0]).toEqual({ kind: 'choice', questionId: 'summary.judgement', options: ['adjust'], keys: ['options.summary.judgement.adjust'] });
    expect(c.summary.judgement).toEqual({ differ: 1, of: 1 });
  });

  it("shows the children's questions, and marks only the one the groups answered differently", () => {
    expect(c.parts.children.map((r) => r.key)).toEqual(['tag:children-affected', 'tag:child-best-interests', 'tag:children-views']);
    const best = row(c.parts.children, 'tag:child-best-interests');
    expect(best.cells.map(choice)).toEqual([['yes'], ['no'], ['yes']]);
    expect(best.differs).toBe(true);
    expect(best.cells[1]).toMatchObject({ keys: ['optionSets.yes-no-unknown.no'] });
    expect(row(c.parts.children, 'tag:children-affected').differs).toBe(false);
  });

  it('says "not in analysis" where a light analysis never checked the recommendations, not "not answered"', () => {
    expect(c.sources[2]!.depth).toBe('light');
    for (const r of c.parts.recommendations) {
      expect(r.cells[2]).toEqual({ kind: 'not-in-analysis' });
      expect(r.cells[0]).toEqual({ kind: 'status', status: entries[0]!.result.recommendations.find((x) => x.id === r.recommendation)!.status });
      // The two full analyses are the same case: the light one is not a disagreement.
      expect(r.differs).toBe(false);
    }
    expect(c.summary.recommendations).toEqual({ differ: 0, of: 5 });
  });

  it('says a question was not asked where the group\'s screening skipped its step', () => {
    const none = entry(groupCopy('d', 'Öst', (a) => ({ ...cleanAnswers('no-analysis'), 'basics.assessors': a['basics.assessors']! })), 'd.json');
    const cmp = compareAssessments([entries[0]!, none], framework);
    expect(row(cmp.parts.children, 'tag:child-best-interests').cells[1]).toEqual({ kind: 'not-asked' });
    expect(row(cmp.parts.screening, 'tag:children-affected').cells.map(choice)).toEqual([['yes'], ['no']]);
    expect(cmp.parts.affected.rows.every((r) => !r.foundBy[1])).toBe(true);
  });

  it("keeps each group's measures with the names of the groups they are for", () => {
    const all = compareAssessments(caseEntries(), framework);
    expect(all.parts.measures[0]).toEqual([
      { id: 'm-1', what: 'Meröppet med personal två kvällar i veckan', addresses: ['Skolbarn som läxläser', 'Nyanlända i språkcaféet'] },
      { id: 'm-2', what: 'Talböcker hem med post och hjälp med appen per telefon', addresses: ['Personer som lånar talböcker'] },
    ]);
    expect(all.parts.measures[1]![2]!.addresses).toEqual(['Hushåll med låg inkomst utan bil']);
  });
});

describe('affected groups', () => {
  const a = groupCopy('a', 'Norr');
  const b = groupCopy('b', 'Syd', (x) => {
    let answers: Answers = { ...x, 'groups.items': [named('s-1', 'Nyanlände som läser SFI'), named('s-2', 'Äldre personer utan dator'), named('s-3', 'Bokcirklar')] };
    answers = setPerItem(answers, 'consequences.rating', 's-1', 'negative');
    answers = setPerItem(answers, 'consequences.rating', 's-2', 'mixed');
    answers = setPerItem(answers, 'consequences.access-digital', 's-2', 'much-worse');
    return answers;
  });
  const entries = [entry(a, 'a.json'), entry(b, 'b.json')];
  const c = compareAssessments(entries, framework);
  const rowNamed = (label: string) => c.parts.affected.rows.find((r) => r.label === label)!;

  it('puts similar names of different groups on one row, with each rating and who found it', () => {
    const newcomers = rowNamed('Nyanlända i språkcaféet');
    expect(newcomers.cells.map((cell) => cell.members.map((m) => m.name))).toEqual([['Nyanlända i språkcaféet'], ['Nyanlände som läser SFI']]);
    expect(newcomers.cells.map((cell) => cell.ratings)).toEqual([['negative'], ['negative']]);
    expect(newcomers.differs).toBe(false);
    const older = rowNamed('Äldre utan dator');
    expect(older.foundBy).toEqual([true, true]);
    expect(older.cells.map((cell) => cell.ratings)).toEqual([['negative'], ['mixed']]);
    expect(older.differs).toBe(true);
    expect(older.cells[1]!.ratingKeys).toEqual(['options.consequences.rating.mixed']);
    const digital = c.parts.affected.dimensions.indexOf('consequences.access-digital');
    expect(older.cells.map((cell) => cell.effects[0]![digital])).toEqual(['worse', 'much-worse']);
    expect(rowNamed('Bokcirklar').foundBy).toEqual([false, true]);
    expect(rowNamed('Personer som lånar talböcker').foundBy).toEqual([true, false]);
    expect(c.parts.affected.rows).toHaveLength(5);
    expect(c.summary.affected).toEqual({ differ: 1, of: 5 });
  });

  it('follows the grouping the trainer gives, and places occurrences it does not know', () => {
    const occurrences = groupOccurrences(entries, framework);
    expect(occurrences.map((o) => o.key)).toEqual(['0/g-1', '0/g-2', '0/g-3', '0/g-4', '1/s-1', '1/s-2', '1/s-3']);
    const c2 = compareAssessments(entries, framework, { rows: [['0/g-2'], ['1/s-1'], ['0/g-1', '0/g-4', 'gone/x']] });
    expect(c2.parts.affected.grouping.rows.slice(0, 3)).toEqual([['0/g-2'], ['1/s-1'], ['0/g-1', '0/g-4']]);
    expect(c2.parts.affected.rows[2]!.cells[0]!.members.map((m) => m.itemId)).toEqual(['g-1', 'g-4']);
    expect(c2.parts.affected.grouping.rows.flat().sort()).toEqual(occurrences.map((o) => o.key).sort());
  });
});
