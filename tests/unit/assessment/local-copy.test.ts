// Copies that come from outside (an example, a share link) get their own
// identity and start at revision 0; "case only" keeps just the case.
import { describe, expect, it } from 'vitest';
import { caseOnlyCopy, localCopy } from '../../../src/assessment/local-copy';
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
    expect(copy.progress).toEqual({ phase: 'start', stepId: null, reached: [] });
  });
});
