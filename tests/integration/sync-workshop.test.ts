// @vitest-environment node
// Workshop sessions on the real sync server (in memory, on localhost): a
// trainer opens a session, two groups hand in with the session's code and
// are told it arrived, and the trainer reads both, checked, by group; a
// group cannot read the trainer's document nor another group's hand-in; a
// wrong code and a closed session are refused; a hand-in that is no
// assessment is said to be so and never reaches the trainer.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { WebSocket } from 'ws';
import type { Assessment } from '../../src/assessment/assessment';
import { parseAssessmentJson } from '../../src/assessment/export-file';
import { connect, until, type Client } from '../../src/server/node-client';
import { startSyncServer, type SyncServer } from '../../src/server/server';
import { issueToken } from '../../src/server/tokens';
import { groupToken, newWorkshopCode } from '../../src/sync/workshop-code';
import { handInMap } from '../../src/sync/workshop-doc';
import { handInToServer } from '../../src/sync/workshop-hand-in';
import { startCollection, type Collection, type CollectionState, type HandIn } from '../../src/sync/workshop-trainer';

const SECRET = 'the workshop session test secret, long enough';
const library = (() => {
  const parsed = parseAssessmentJson(readFileSync(resolve(import.meta.dirname, '../../questionnaires/examples/library.sv.json'), 'utf8'));
  if (!parsed.ok) throw new Error('The library example does not parse.');
  return parsed.value;
})();
/** A group's copy of the case: its own id (a UUID, as the app makes them) and name. */
const groupCopy = (name: string, what: string): Assessment & { handInId: string } => ({
  handInId: `g-${crypto.randomUUID()}`,
  ...library,
  id: `a-${crypto.randomUUID()}`,
  name,
  answers: { ...library.answers, 'proposal.what': what },
});

let server: SyncServer;
const collections: Collection[] = [];
const clients: Client[] = [];
const trainerToken = () => issueToken({ sub: 'tina', name: 'Tina Utbildare', trainer: true }, SECRET);

/** A trainer's collection of session `code`, with every state and list of hand-ins it reported. */
async function collect(code: string, open = true) {
  const states: CollectionState[] = [];
  const seen: HandIn[][] = [];
  const collection = startCollection({
    url: server.url,
    token: await trainerToken(),
    code,
    open,
    onHandIns: (handIns) => seen.push(handIns),
    onState: (state) => states.push(state),
    WebSocketPolyfill: WebSocket,
  });
  collections.push(collection);
  return { collection, states, seen };
}
const handIn = (code: string, { handInId, ...assessment }: Assessment & { handInId: string }) =>
  handInToServer({ url: server.url, code, handInId, assessment, WebSocketPolyfill: WebSocket });
const open = (name: string, token: string) => {
  const client = connect(server.url, name, token);
  clients.push(client);
  return client;
};

beforeAll(async () => {
  server = await startSyncServer({ secret: SECRET, debounce: 20, log: () => {} });
});
afterEach(() => {
  for (const c of collections.splice(0)) c.stop();
  for (const c of clients.splice(0)) c.destroy();
});
afterAll(() => server.stop());

describe('a workshop session on the sync server', () => {
  it('collects two groups’ hand-ins for the trainer, each checked and by its group’s name', async () => {
    const code = newWorkshopCode();
    const { collection, seen } = await collect(code);
    await until(() => collection.state() === 'synced' && collection.isOpen(), 5000, 'the session to be open');
    const first = groupCopy('Grupp 1', 'Kortare öppettider.');
    const second = groupCopy('Grupp 2', 'Stängt på lördagar.');
    expect(await handIn(code, first)).toBe('received');
    await until(() => collection.handIns().length === 1, 5000, 'the first hand-in to reach the trainer');
    expect(await handIn(code, second)).toBe('received');
    await until(() => collection.handIns().length === 2, 5000, 'the second hand-in');
    const byGroup = Object.fromEntries(collection.handIns().map((h) => [h.group, h]));
    expect(byGroup['Grupp 1']!.assessment.answers['proposal.what']).toBe('Kortare öppettider.');
    expect(byGroup['Grupp 2']!.assessment.answers['proposal.what']).toBe('Stängt på lördagar.');
    expect(byGroup['Grupp 1']!.groupId).toBe(first.handInId);
    // The count the page shows grew as the groups handed in.
    expect(seen.map((h) => h.length)).toContain(1);
    // A group that hands in again replaces its own hand-in; it does not add a column.
    expect(await handIn(code, { ...first, answers: { ...first.answers, 'proposal.what': 'Ändrat efter samtalet.' } })).toBe('received');
    await until(() => collection.handIns().find((h) => h.groupId === first.handInId)?.assessment.answers['proposal.what'] === 'Ändrat efter samtalet.', 5000, 'the new hand-in');
    expect(collection.handIns()).toHaveLength(2);
  });

  it('lets a later reader (the debrief) read the hand-ins without reopening a closed session', async () => {
    const code = newWorkshopCode();
    const { collection } = await collect(code);
    await until(() => collection.isOpen(), 5000, 'the session to be open');
    expect(await handIn(code, groupCopy('Grupp A', 'A'))).toBe('received');
    collection.close();
    await until(() => !collection.isOpen() && collection.sent(), 5000, 'the session to close on the server');
    collection.stop();
    const debrief = await collect(code, false);
    await until(() => debrief.collection.handIns().length === 1, 5000, 'the debrief to read the hand-in');
    expect(debrief.collection.isOpen()).toBe(false);
    expect(await handIn(code, groupCopy('Grupp B', 'B'))).toBe('refused');
  });

  it('refuses a hand-in to a closed session and with a wrong code, in the same words', async () => {
    const code = newWorkshopCode();
    const { collection } = await collect(code);
    await until(() => collection.isOpen(), 5000, 'the session to be open');
    let wrong = newWorkshopCode();
    while (wrong === code) wrong = newWorkshopCode();
    expect(await handIn(wrong, groupCopy('Fel kod', 'x'))).toBe('refused');
    collection.close();
    // The server reads the trainer's document: once it has acknowledged the close.
    await until(() => !collection.isOpen() && collection.sent(), 5000, 'the session to close on the server');
    expect(await handIn(code, groupCopy('Sen grupp', 'y'))).toBe('refused');
    expect(collection.handIns()).toHaveLength(0);
    // A mistyped code leaves no document behind on the server.
    expect(await server.store.names()).not.toContain(`workshop/${wrong}`);
  });

  it('never lets a group read the trainer’s document or another group’s hand-in', async () => {
    const code = newWorkshopCode();
    const { collection } = await collect(code);
    await until(() => collection.isOpen(), 5000, 'the session to be open');
    const other = groupCopy('Grupp 1', 'Hemligt för andra grupper.');
    expect(await handIn(code, other)).toBe('received');
    const token = groupToken(code);
    // The trainer's document, an assessment, another session's hand-in: refused.
    const trainerDoc = open(`workshop/${code}`, token);
    const assessment = open(`assessment/${library.id}`, token);
    const otherSession = open(`workshop/${newWorkshopCode()}/${other.handInId}`, token);
    for (const client of [trainerDoc, assessment, otherSession]) await expect(client.refused).resolves.toBeTypeOf('string');
    expect(trainerDoc.doc.getMap('handIns').size).toBe(0);
    // Even a group that learnt another's hand-in id finds its document empty: the server keeps no hand-in there.
    const othersHandIn = open(`workshop/${code}/${other.handInId}`, token);
    await othersHandIn.synced;
    expect(othersHandIn.doc.getMap('handIn').size).toBe(0);
    expect(JSON.stringify(othersHandIn.doc.toJSON())).not.toContain('Hemligt för andra grupper.');
  });

  it('says a hand-in that is no assessment is so, and keeps it from the trainer', async () => {
    const code = newWorkshopCode();
    const { collection } = await collect(code);
    await until(() => collection.isOpen(), 5000, 'the session to be open');
    const junk = open(`workshop/${code}/g-${crypto.randomUUID()}`, groupToken(code));
    await junk.synced;
    const replies: string[] = [];
    junk.provider.on('stateless', ({ payload }: { payload: string }) => replies.push(payload));
    junk.doc.transact(() => {
      handInMap(junk.doc).set('group', 'Skräp');
      handInMap(junk.doc).set('handedInAt', '2026-12-06T10:00:00.000Z');
      handInMap(junk.doc).set('assessment', { format: 'nothing' });
    });
    await until(() => replies.length > 0, 5000, 'the server to answer');
    expect(JSON.parse(replies[0]!)).toEqual({ kind: 'hand-in.invalid', handedInAt: '2026-12-06T10:00:00.000Z' });
    expect(collection.handIns()).toHaveLength(0);
  });

  it('refuses the session to a token without the trainer right', async () => {
    const states: CollectionState[] = [];
    const collection = startCollection({
      url: server.url,
      token: await issueToken({ sub: 'anna', name: 'Anna', assessments: { '*': 'author' }, register: true }, SECRET),
      code: newWorkshopCode(),
      open: true,
      onHandIns: () => {},
      onState: (state) => states.push(state),
      WebSocketPolyfill: WebSocket,
    });
    collections.push(collection);
    await until(() => collection.state() === 'refused', 5000, 'the refusal');
    expect(states[0]).toBe('connecting');
  });

  it('tells a group that cannot reach the server that it is offline', async () => {
    const gone = await startSyncServer({ secret: SECRET, log: () => {} });
    const url = gone.url;
    await gone.stop();
    const { handInId, ...assessment } = groupCopy('Grupp', 'z');
    expect(await handInToServer({ url, code: newWorkshopCode(), handInId, assessment, WebSocketPolyfill: WebSocket })).toBe('offline');
  });
});
