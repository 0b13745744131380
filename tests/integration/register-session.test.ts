// @vitest-environment node
// The register read from the real sync server on localhost (in memory): a
// register reader sees a line appear when an assessment document is written,
// with its follow-up due; a token without the register right is refused.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { WebSocket } from 'ws';
import { parseAssessmentJson } from '../../src/assessment/export-file';
import { questionnaires } from '../../src/questionnaire/catalogue';
import { connect, until } from '../../src/server/node-client';
import { startSyncServer, type SyncServer } from '../../src/server/server';
import { issueToken } from '../../src/server/tokens';
import { assessmentToDoc, freeTextOf } from '../../src/sync/binding';
import { startRegisterSession, type RegisterLine, type RegisterState } from '../../src/sync/register-session';

const SECRET = 'the register session test secret, long enough';
const library = (() => {
  const parsed = parseAssessmentJson(readFileSync(resolve(import.meta.dirname, '../../questionnaires/examples/library.sv.json'), 'utf8'));
  if (!parsed.ok) throw new Error('The library example does not parse.');
  return parsed.value;
})();
const freeText = freeTextOf(questionnaires.find((q) => q.id === library.questionnaire.id)!);

let server: SyncServer;
beforeAll(async () => {
  server = await startSyncServer({ secret: SECRET, debounce: 20, today: () => '2026-12-05', log: () => {} });
});
afterAll(() => server.stop());

describe('the register read from the sync server', () => {
  it('shows a reader the line of an assessment once it is written, and is synced', async () => {
    const seen: RegisterLine[][] = [];
    const states: RegisterState[] = [];
    const reader = startRegisterSession({
      url: server.url,
      token: await issueToken({ sub: 'reg', name: 'Registrator', register: true }, SECRET),
      onLines: (lines) => seen.push(lines),
      onState: (state) => states.push(state),
      WebSocketPolyfill: WebSocket,
    });
    const completed = { ...library, progress: { ...library.progress, phase: 'complete' as const, completedAt: '2026-12-01T10:00:00.000Z' } };
    const author = connect(server.url, `assessment/${library.id}`, await issueToken({ sub: 'anna', name: 'Anna', assessments: { [library.id]: 'author' } }, SECRET), assessmentToDoc(completed, freeText));
    try {
      await until(() => reader.state() === 'synced', 5000, 'the reader to be synced');
      expect(states[0]).toBe('connecting');
      expect(states).not.toContain('offline');
      await author.synced;
      await until(() => reader.lines().some((line) => line.id === library.id), 5000, 'the line to appear');
      const line = reader.lines().find((l) => l.id === library.id)!;
      expect(line).toMatchObject({ questionnaire: { id: 'proposal' }, phase: 'complete' });
      expect(line.next?.date).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      // The listener heard the same lines the session holds.
      expect(seen.at(-1)).toEqual(reader.lines());
    } finally {
      author.destroy();
      reader.stop();
    }
  });

  it('is offline once the server cannot be reached', async () => {
    const gone = await startSyncServer({ secret: SECRET, log: () => {} });
    const url = gone.url;
    await gone.stop();
    const reader = startRegisterSession({ url, token: 'any', onLines: () => {}, onState: () => {}, WebSocketPolyfill: WebSocket });
    try {
      await until(() => reader.state() === 'offline', 10_000, 'the reader to be offline');
      expect(reader.lines()).toEqual([]);
    } finally {
      reader.stop();
    }
  });

  it('is refused with a token that has no register right', async () => {
    const states: RegisterState[] = [];
    const reader = startRegisterSession({
      url: server.url,
      token: await issueToken({ sub: 'anna', name: 'Anna', assessments: { [library.id]: 'author' } }, SECRET),
      onLines: () => {},
      onState: (state) => states.push(state),
      WebSocketPolyfill: WebSocket,
    });
    try {
      await until(() => reader.state() === 'refused', 5000, 'the token to be refused');
      expect(states).toContain('refused');
      expect(reader.lines()).toEqual([]);
    } finally {
      reader.stop();
    }
  });
});
