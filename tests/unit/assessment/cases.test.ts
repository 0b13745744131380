// The three workshop cases give the statuses and findings their stories call
// for (the same expectations the results page shows in the e2e test).
import { describe, expect, it } from 'vitest';
import { evaluate } from '../../../src/assessment/evaluate';
import { firstInvalid } from '../../../src/machine/navigation';
import { CASES, file, framework } from '../../fixtures/cases';

describe.each(CASES.map((c) => [c.title, c] as const))('%s', (_title, c) => {
  const result = evaluate(file, framework, { answers: c.answers });
  it('is a complete, valid assessment', () => {
    expect(firstInvalid({ file, framework }, c.answers)).toBeUndefined();
  });
  it('gives the expected status per recommendation', () => {
    expect(Object.fromEntries(result.recommendations.map((r) => [r.id, r.status]))).toEqual(c.statuses);
  });
  it('gives the expected findings', () => {
    expect(result.findings.map((f) => f.id).sort()).toEqual([...c.findings].sort());
  });
});
