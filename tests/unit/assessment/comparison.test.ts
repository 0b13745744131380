// The comparison of several assessments: statuses exactly as evaluate()
// gave them, the union of the affected groups with who named which
// (matching names that differ only in case and spacing), each one's
// measures with the groups they are for, and column names that stay
// distinct when titles clash.
import { describe, expect, it } from 'vitest';
import { compareAssessments } from '../../../src/assessment/comparison';
import { CASES, caseAssessment, framework } from '../../fixtures/cases';
import { caseEntries, entry } from '../../fixtures/compare-entries';

describe('compareAssessments', () => {
  const entries = caseEntries();
  const c = compareAssessments(entries, framework);

  it('names each column by its assessment and lists the five statuses from evaluate()', () => {
    expect(c.columns).toEqual(CASES.map((x) => x.title));
    expect(c.recommendations.map((r) => r.id)).toEqual(['r1', 'r2', 'r3', 'r4', 'r5']);
    for (const r of c.recommendations) {
      expect(r.statuses).toEqual(CASES.map((x) => x.statuses[r.id]));
      expect(r.statuses).toEqual(entries.map((e) => e.result.recommendations.find((x) => x.id === r.id)!.status));
    }
    expect(c.mixedQuestionnaires).toBe(false);
  });

  it('gives the union of the affected groups and who named each', () => {
    expect(c.groups).toHaveLength(11);
    expect(c.groups[0]).toEqual({ name: 'Skolbarn som läxläser', foundBy: [true, false, false] });
    expect(c.groups.find((g) => g.name === 'Personer utan BankID')).toEqual({ name: 'Personer utan BankID', foundBy: [false, false, true] });
  });

  it('matches a group named by two assessments, whatever its case and spacing', () => {
    const other = caseAssessment(CASES[1]!);
    const groups = structuredClone(other.answers['groups.items']) as Array<{ id: string; values: Record<string, string | string[]> }>;
    groups[0]!.values['groups.item.name'] = '  skolbarn  SOM läxläser ';
    const changed = { ...other, answers: { ...other.answers, 'groups.items': groups } };
    const both = compareAssessments([entries[0]!, entry(changed, 'b.json')], framework);
    expect(both.groups.find((g) => g.name === 'Skolbarn som läxläser')?.foundBy).toEqual([true, true]);
    expect(both.groups).toHaveLength(6);
  });

  it("lists each assessment's measures with the names of the groups they are for", () => {
    expect(c.measures[0]).toEqual([
      { id: 'm-1', what: 'Meröppet med personal två kvällar i veckan', addresses: ['Skolbarn som läxläser', 'Nyanlända i språkcaféet'] },
      { id: 'm-2', what: 'Talböcker hem med post och hjälp med appen per telefon', addresses: ['Personer som lånar talböcker'] },
    ]);
    expect(c.measures[1]!.map((m) => m.what)).toEqual(['Mobil mottagning i Norrby en dag i veckan', 'Hälsokommunikatörer som talar patienternas egna språk', 'Billigare resor till vårdcentralen, i samarbete med kollektivtrafiken']);
    expect(c.measures[1]![1]!.addresses).toEqual(['Utrikes födda med begränsad svenska']);
    expect(c.measures[1]![2]!.addresses).toEqual(['Hushåll med låg inkomst utan bil']);
  });

  it('names columns by file name when the assessments share a title, numbering clashing file names', () => {
    const same = CASES[0]!;
    const a = entry(caseAssessment(same), 'grupp-a.json');
    const b = entry({ ...caseAssessment(same), id: 'x' }, 'grupp-b.json');
    const named = entry({ ...caseAssessment(same), name: 'Grupp C' }, 'grupp-c.json');
    expect(compareAssessments([a, b, named], framework).columns).toEqual(['grupp-a.json', 'grupp-b.json', 'Grupp C']);
    expect(compareAssessments([a, { ...b, fileName: 'grupp-a.json' }], framework).columns).toEqual(['grupp-a.json (1)', 'grupp-a.json (2)']);
  });
});
