// @vitest-environment node
// A shared assessment's session (src/sync/session.ts) against the real sync
// server on localhost: its state (synced, offline, refused), who else has it
// open and in which step, read-only for a reviewer, and edits kept on the
// device (IndexedDB, here fake-indexeddb) across a reload while offline.
import 'fake-indexeddb/auto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { WebSocket } from 'ws';
import * as Y from 'yjs';
import { until } from '../../src/server/node-client';
import { startSyncServer, type SyncServer } from '../../src/server/server';
import { issueToken } from '../../src/server/tokens';
import { startSession, type SessionOptions, type SyncSession } from '../../src/sync/session';

const SECRET = 'the session test secret, long enough for HS256';
let server: SyncServer;
beforeAll(async () => {
  server = await startSyncServer({ secret: SECRET, debounce: 20, log: () => {} });
});
afterAll(() => server.stop());

const token = (name: string, role: 'author' | 'reviewer' = 'author') => issueToken({ sub: name, name, assessments: { a1: role } }, SECRET);
const open = async (name: string, extra: Partial<SessionOptions> = {}): Promise<SyncSession> =>
  startSession({ url: server.url, documentName: 'assessment/a1', token: await token(name), doc: new Y.Doc(), name, WebSocketPolyfill: WebSocket, ...extra });

describe('a shared assessment’s session', () => {
  it('is synced once connected, and shows who else is there and in which step', async () => {
    const anna = await open('Anna');
    const bo = await open('Bo');
    try {
      await until(() => anna.state() === 'synced' && bo.state() === 'synced', 5000, 'both to be synced');
      bo.setStep('groups');
      await until(() => anna.colleagues().some((c) => c.name === 'Bo' && c.step === 'groups'), 5000, 'Anna to see Bo in the step Groups');
      expect(anna.colleagues().map((c) => c.name)).toEqual(['Bo']);
      expect(bo.colleagues().map((c) => c.name)).toEqual(['Anna']);
      let heard = 0;
      const stop = anna.subscribe(() => (heard += 1));
      await bo.stop();
      await until(() => anna.colleagues().length === 0, 10_000, 'Bo to leave');
      expect(heard).toBeGreaterThan(0);
      stop();
    } finally {
      await anna.stop();
      await bo.stop();
    }
  });

  it('says refused for a token the server does not accept, and read-only for a reviewer', async () => {
    const eve = startSession({ url: server.url, documentName: 'assessment/a1', token: 'not a token', doc: new Y.Doc(), name: 'Eve', WebSocketPolyfill: WebSocket });
    const sara = await open('Sara', { token: await token('Sara', 'reviewer') });
    try {
      await until(() => eve.state() === 'refused', 5000, 'the token to be refused');
      await until(() => sara.state() === 'synced', 5000, 'the reviewer to be synced');
      expect(sara.readOnly()).toBe(true);
    } finally {
      await eve.stop();
      await sara.stop();
    }
  });

  it('is offline when the server is out of reach, and keeps what was typed on the device across a reload', async () => {
    const own = await startSyncServer({ secret: SECRET, debounce: 20, log: () => {} });
    const doc = new Y.Doc();
    const first = startSession({ url: own.url, documentName: 'assessment/a1', token: await token('Anna'), doc, name: 'Anna', persist: true, WebSocketPolyfill: WebSocket });
    await until(() => first.state() === 'synced', 5000, 'the session to be synced');
    await own.stop();
    await until(() => first.state() === 'offline', 10_000, 'the session to notice it is offline');
    doc.getMap('answers').set('proposal.what', new Y.Text('Skrivet utan nät.'));
    await new Promise((r) => setTimeout(r, 100));
    await first.stop();
    // "Reload": a new document, the same name, nothing from any server.
    const again = new Y.Doc();
    const second = startSession({ url: own.url, documentName: 'assessment/a1', token: await token('Anna'), doc: again, name: 'Anna', persist: true, WebSocketPolyfill: WebSocket });
    try {
      await until(() => String(again.getMap('answers').get('proposal.what') ?? '') === 'Skrivet utan nät.', 5000, 'the offline edit to come back from the device');
      expect(second.state()).toBe('offline');
    } finally {
      await second.stop();
    }
  });
});
