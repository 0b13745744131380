// @vitest-environment node
// The peer review over the real sync server on localhost (src/sync/review-room.ts):
// a reviewer's verdict reaches the author's device and the author's reply
// reaches the reviewer's; a reviewer still cannot write the assessment
// itself; someone with no role on the assessment cannot open its review.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { WebSocket } from 'ws';
import { reply, setVerdict, signOff, startRound } from '../../src/assessment/after/review-state';
import type { Assessment } from '../../src/assessment/assessment';
import { parseAssessmentJson } from '../../src/assessment/export-file';
import { questionnaires } from '../../src/questionnaire/catalogue';
import { connect, until, type Client } from '../../src/server/node-client';
import { startSyncServer, type SyncServer } from '../../src/server/server';
import { issueToken, type Role } from '../../src/server/tokens';
import { assessmentToDoc, docToAssessment, freeTextOf, updateDoc } from '../../src/sync/binding';
import { docToReview } from '../../src/sync/review-binding';
import { openReviewRoom, reviewDocument, type ReviewRoom } from '../../src/sync/review-room';

const SECRET = 'the review room test secret, long enough for HS256';
const library = (() => {
  const parsed = parseAssessmentJson(readFileSync(resolve(import.meta.dirname, '../../questionnaires/examples/library.sv.json'), 'utf8'));
  if (!parsed.ok) throw new Error('The library example does not parse.');
  return { ...parsed.value, progress: { ...parsed.value.progress, phase: 'complete' as const, completedAt: '2026-12-01T08:00:00.000Z' } };
})();
const freeText = freeTextOf(questionnaires.find((q) => q.id === library.questionnaire.id)!);
const at = (minute: number) => new Date(Date.UTC(2026, 11, 1, 9, minute));
const token = (sub: string, assessments: Record<string, Role>) => issueToken({ sub, name: sub, assessments }, SECRET);

let server: SyncServer;
const rooms: ReviewRoom[] = [];
const clients: Client[] = [];

beforeAll(async () => {
  server = await startSyncServer({ secret: SECRET, debounce: 20, log: () => {} });
});
afterEach(async () => {
  for (const room of rooms.splice(0)) await room.stop();
  for (const client of clients.splice(0)) client.destroy();
});
afterAll(() => server.stop());

interface Device {
  room: ReviewRoom;
  /** The device's copy of the assessment: what it started with, with each review the room handed it. */
  copy: () => Assessment;
  /** Saves a change on the device and writes its rounds to the room, as the app does. */
  save: (change: (a: Assessment) => Assessment) => void;
}

async function device(who: string, role: Role, start: Assessment): Promise<Device> {
  let copy = start;
  const room = openReviewRoom({
    url: server.url,
    token: await token(who, { [start.id]: role }),
    name: who,
    id: start.id,
    review: start.review,
    onRemote: (rounds) => (copy = { ...copy, review: rounds }),
    WebSocketPolyfill: WebSocket,
  });
  rooms.push(room);
  await until(() => room.state() === 'synced', 5000, `${who}'s review room to be synced`);
  return {
    room,
    copy: () => copy,
    save: (change) => {
      copy = change(copy);
      room.push(copy.review);
    },
  };
}

describe('the peer review over the sync server', () => {
  it('brings the reviewer’s verdict to the author’s device, and the author’s reply back', async () => {
    const mine = { ...library, id: 'a-review-1' };
    const anna = await device('anna', 'author', mine);
    const sara = await device('sara', 'reviewer', mine);

    sara.save((a) => setVerdict(startRound(a, { name: 'Sara Lind', role: 'folkhälsostrateg' }, at(0)), 'evidence', 'needs-improvement', 'Vilka dialoger fördes med äldre?', at(1)));
    await until(() => anna.copy().review[0]?.steps.evidence !== undefined, 5000, 'the verdict to reach the author');
    expect(anna.copy().review[0]!.reviewer.name).toBe('Sara Lind');
    expect(anna.copy().review[0]!.steps.evidence).toMatchObject({ verdict: 'needs-improvement', comment: 'Vilka dialoger fördes med äldre?' });

    sara.save((a) => signOff(a, { name: 'Sara Lind', role: 'folkhälsostrateg', date: '2026-12-01', outcome: 'returned' }, at(2)));
    await until(() => anna.copy().review[0]?.signOff !== undefined, 5000, 'the return to reach the author');
    anna.save((a) => reply(a, 'evidence', 'Vi träffade pensionärsrådet i maj.', at(3)));
    await until(() => sara.copy().review[0]?.steps.evidence?.reply !== undefined, 5000, 'the reply to reach the reviewer');
    expect(sara.copy().review[0]!.steps.evidence!.reply!.text).toBe('Vi träffade pensionärsrådet i maj.');
    // Both end with the same review, and the reviewer's verdict stayed beside the reply.
    await until(() => JSON.stringify(anna.copy().review) === JSON.stringify(sara.copy().review), 5000, 'both to hold the same review');
    expect(sara.copy().review[0]!.steps.evidence!.verdict).toBe('needs-improvement');
    // What each device's next change is made on: the review as it last had it in step with the server.
    expect(anna.room.rounds()).toEqual(anna.copy().review);
  });

  it('gives one who opens it later the review as the server holds it, not their own older copy', async () => {
    const mine = { ...library, id: 'a-review-2' };
    const sara = await device('sara', 'reviewer', mine);
    sara.save((a) => setVerdict(startRound(a, { name: 'Sara Lind', role: '' }, at(0)), 'basics', 'acceptable', '', at(1)));
    await until(() => sara.room.state() === 'synced', 5000, 'the verdict to reach the server');
    const anna = await device('anna', 'author', mine);
    await until(() => anna.copy().review.length === 1, 5000, 'the author to take the server’s review');
    expect(anna.copy().review).toEqual(sara.copy().review);
  });

  it('still lets a reviewer only read the assessment itself', async () => {
    const mine = { ...library, id: 'a-review-3' };
    const name = `assessment/${mine.id}`;
    const anna = connect(server.url, name, await token('anna', { [mine.id]: 'author' }), assessmentToDoc(mine, freeText));
    const sara = connect(server.url, name, await token('sara', { [mine.id]: 'reviewer' }));
    clients.push(anna, sara);
    await Promise.all([anna.synced, sara.synced]);
    await until(() => (docToAssessment(sara.doc, 0) as { id?: string }).id === mine.id, 5000, 'the reviewer to read the assessment');
    expect(sara.provider.authorizedScope).toBe('readonly');
    const seen = docToAssessment(sara.doc, 0) as unknown as Assessment;
    updateDoc(sara.doc, { ...seen, answers: { ...seen.answers, 'proposal.goal': 'Granskaren skrev här.' } }, freeText);
    // A later change by the author arrives at a third client; the reviewer's never does.
    updateDoc(anna.doc, { ...mine, name: 'Efter granskarens försök' }, freeText);
    const bo = connect(server.url, name, await token('bo', { [mine.id]: 'co-author' }));
    clients.push(bo);
    await bo.synced;
    await until(() => (docToAssessment(bo.doc, 0) as { name?: string }).name === 'Efter granskarens försök', 5000, 'the author’s change to arrive');
    expect((docToAssessment(bo.doc, 0) as unknown as Assessment).answers['proposal.goal']).not.toBe('Granskaren skrev här.');
  });

  it('refuses the review to someone with no role on the assessment', async () => {
    const mine = { ...library, id: 'a-review-4' };
    const anna = await device('anna', 'author', mine);
    anna.save((a) => setVerdict(startRound(a, { name: 'Anna', role: '' }, at(0)), 'basics', 'acceptable', 'Hemligt omdöme.', at(1)));
    await until(() => anna.room.state() === 'synced', 5000, 'the review to reach the server');
    const eve = connect(server.url, reviewDocument(mine.id), await token('eve', { 'another-assessment': 'author' }));
    clients.push(eve);
    await expect(eve.refused).resolves.toBeTypeOf('string');
    expect(docToReview(eve.doc)).toEqual([]);
    // Through the room too: its state says refused, and it hands the device nothing.
    let handed = 0;
    const room = openReviewRoom({ url: server.url, token: await token('eve', { 'another-assessment': 'reviewer' }), name: 'eve', id: mine.id, review: [], onRemote: () => (handed += 1), WebSocketPolyfill: WebSocket });
    rooms.push(room);
    await until(() => room.state() === 'refused', 5000, 'the room to be refused');
    expect(handed).toBe(0);
  });
});
