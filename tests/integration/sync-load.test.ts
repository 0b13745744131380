// @vitest-environment node
// A small load run of the sync server on localhost (src/cli/load/run.ts),
// bounded in time and count: 20 clients, each editing a document of its own
// while another client watches it, for 10 seconds. Nothing may be lost;
// the speed figures are printed (npm run load runs the full minute), never
// asserted.
import { describe, expect, it } from 'vitest';
import { loadRun } from '../../src/cli/load/run';

describe('the sync server under load', () => {
  it('loses no edit of 20 clients editing 20 documents at once', async () => {
    const result = await loadRun({ clients: 20, seconds: 10, intervalMs: 250 });
    console.log(`load: ${result.edits} edits, ${result.editsPerSecond.toFixed(1)}/s, edit → other client p95 ${Math.round(result.p95)} ms`);
    // Every writer wrote, more than once.
    expect(result.edits).toBeGreaterThanOrEqual(20 * 2);
    expect(result.lostAtObservers).toBe(0);
    expect(result.lostAtServer).toBe(0);
  }, 90_000);
});
