// Copies that come from outside (an example, a share link) get their own
// identity and start at revision 0; "case only" keeps just the case.
import { describe, expect, it } from 'vitest';
import { exportJson } from '../../../src/assessment/export-file';
import { caseOnlyCopy, localCopy, withOrigin } from '../../../src/assessment/local-copy';
import { decodeShareData, encodeShareData } from '../../../src/assessment/share-link';
import { CASES, caseAssessment, file } from '../../fixtures/cases';

const source = { ...caseAssessment(CASES[0]!), revision: 7, name: 'Workshop' };
const now = new Date('2027-01-02T03:04:05Z');

describe('local copies', () => {
  it('a copy has a new id, new dates and revision 0, and the same content', () => {
    const copy = localCopy(source, 'a-copy', now);
    expect(copy).toEqual({ ...source, id: 'a-copy', createdAt: now.toISOString(), updatedAt: now.toISOString(), revision: 0 });
    expect(source.id).not.toBe('a-copy');
  });

  it('a case-only copy keeps the case and starts the wizard from the beginning', () => {
    const copy = caseOnlyCopy(file, source, 'a-case', now);
    expect(copy.id).toBe('a-case');
    expect(copy.revision).toBe(0);
    expect(copy.answers['basics.title']).toBe(source.answers['basics.title']);
    expect(copy.answers['groups.items']).toBeUndefined();
    expect(copy.progress).toEqual({ phase: 'start', stepId: null, page: null, reached: [], done: [], completedAt: null });
  });

  it('a copy records where it came from and when', () => {
    expect(localCopy(source, 'a-1', now, { kind: 'example', from: 'library' }).origin).toEqual({ kind: 'example', at: now.toISOString(), from: 'library' });
    expect(caseOnlyCopy(file, source, 'a-2', now, { kind: 'share' }).origin).toEqual({ kind: 'share', at: now.toISOString() });
  });

  it('an exported copy keeps its origin, and importing it again records the new import instead', () => {
    const copy = localCopy(source, 'a-1', now, { kind: 'copy', from: source.id });
    const exported = JSON.parse(exportJson(copy)) as typeof copy;
    expect(exported.origin).toEqual(copy.origin);
    const later = new Date('2027-01-03T10:00:00Z');
    expect(withOrigin(exported, { kind: 'file', from: 'workshop.json' }, later).origin).toEqual({ kind: 'file', at: later.toISOString(), from: 'workshop.json' });
  });

  it('a share link carries no origin: the copy it makes records the link', () => {
    const copy = localCopy(source, 'a-1', now, { kind: 'example', from: 'library' });
    const text = decodeShareData(encodeShareData(copy));
    expect(text.ok && 'origin' in JSON.parse(text.value)).toBe(false);
  });
});
