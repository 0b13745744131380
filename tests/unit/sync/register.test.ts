// The register's line for an assessment (src/sync/register.ts): built from
// the assessment alone, by the rules of the app's own lists.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import type { Assessment } from '../../../src/assessment/assessment';
import { parseAssessmentJson } from '../../../src/assessment/export-file';
import { framework, questionnaires } from '../../../src/questionnaire/catalogue';
import { readRegister, registerLine, registerLines } from '../../../src/sync/register';

const example = (name: string): Assessment => {
  const parsed = parseAssessmentJson(readFileSync(resolve(import.meta.dirname, '../../../questionnaires/examples', name), 'utf8'));
  if (!parsed.ok) throw new Error(name);
  return parsed.value;
};
const fileOf = (a: Assessment) => questionnaires.find((q) => q.id === a.questionnaire.id)!;

describe('registerLine', () => {
  it('says where an assessment in progress stands, with nothing due before it is completed', () => {
    const library = example('library.sv.json');
    const line = registerLine(fileOf(library), framework, library, '2026-12-05');
    expect(line).toMatchObject({ id: library.id, questionnaire: library.questionnaire, phase: 'review', review: 'none', updatedAt: library.updatedAt });
    expect(line.title).not.toBe('');
    expect(line.next).toBeUndefined();
    expect(line.completedAt).toBeUndefined();
  });

  it('gives a completed assessment its judgement, its decision and what is due first', () => {
    const library = example('library.sv.json');
    const done: Assessment = {
      ...library,
      progress: { ...library.progress, phase: 'complete', completedAt: '2026-12-01T10:00:00.000Z' },
      decision: { outcome: 'adopted', meetingDate: '2026-12-03', caseNumber: ' KFN 2026/112 ', section: '§ 41', committee: 'Kulturnämnden', changes: '', recordedAt: '2026-12-04T08:00:00.000Z' } as unknown as NonNullable<Assessment['decision']>,
    };
    const line = registerLine(fileOf(done), framework, done, '2026-12-05');
    expect(line.completedAt).toBe('2026-12-01T10:00:00.000Z');
    expect(line.judgement).toBe(library.answers['summary.judgement']);
    expect(line.decision).toEqual({ outcome: 'adopted', meetingDate: '2026-12-03', caseNumber: 'KFN 2026/112' });
    expect(line.next?.date).toMatch(/^\d{4}-\d{2}-\d{2}$/);
  });

  it('reads the register sorted by what is due first', () => {
    const doc = new Y.Doc();
    const base = { questionnaire: { id: 'proposal', contentVersion: '1.0.0' }, phase: 'complete' as const, review: 'none' as const, title: '' };
    registerLines(doc).set('b', { ...base, id: 'b', updatedAt: '2026-11-01', next: { kind: 'follow-up', date: '2027-03-01', label: '' } });
    registerLines(doc).set('a', { ...base, id: 'a', updatedAt: '2026-12-01' });
    registerLines(doc).set('c', { ...base, id: 'c', updatedAt: '2026-10-01', next: { kind: 'measure', date: '2027-01-15', label: 'Kvällsöppet' } });
    expect(readRegister(doc).map((l) => l.id)).toEqual(['c', 'b', 'a']);
  });
});
