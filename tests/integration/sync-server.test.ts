// @vitest-environment node
// The sync server (src/server/server.ts) for real on localhost, in memory:
// two clients co-author one assessment and converge, also after one of them
// edited offline; a forged or expired token and a reviewer's write are
// refused; the register gets a line for the assessment and follows its
// changes; and nothing any test wrote into an assessment reaches a log.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import type { Assessment } from '../../src/assessment/assessment';
import { parseAssessmentJson } from '../../src/assessment/export-file';
import { questionnaires } from '../../src/questionnaire/catalogue';
import { startSyncServer, type SyncServer } from '../../src/server/server';
import { issueToken } from '../../src/server/tokens';
import { assessmentToDoc, docToAssessment, freeTextOf, updateDoc } from '../../src/sync/binding';
import { readRegister } from '../../src/sync/register';
import { connect, until, type Client } from '../../src/server/node-client';

const SECRET = 'a test secret that is long enough for HS256 signing';
const library = (() => {
  const parsed = parseAssessmentJson(readFileSync(resolve(import.meta.dirname, '../../questionnaires/examples/library.sv.json'), 'utf8'));
  if (!parsed.ok) throw new Error('The library example does not parse.');
  return parsed.value;
})();
const freeText = freeTextOf(questionnaires.find((q) => q.id === library.questionnaire.id)!);
const NAME = `assessment/${library.id}`;
const read = (client: Client) => docToAssessment(client.doc, 0) as unknown as Assessment;

let server: SyncServer;
const clients: Client[] = [];
/** Everything the server wrote to the console or to its log, to check that no content is ever in it. */
const logged: string[] = [];
const spies = (['log', 'info', 'warn', 'error', 'debug'] as const).map((level) =>
  vi.spyOn(console, level).mockImplementation((...args: unknown[]) => void logged.push(args.map(String).join(' '))),
);
const open = (name: string, token: string, doc?: Parameters<typeof connect>[3]) => {
  const client = connect(server.url, name, token, doc);
  clients.push(client);
  return client;
};
const author = (name: string) => issueToken({ sub: name, name, assessments: { [library.id]: 'author' } }, SECRET);

beforeAll(async () => {
  server = await startSyncServer({ secret: SECRET, debounce: 50, today: () => '2026-12-05', log: (message) => logged.push(message) });
});
afterEach(() => {
  for (const client of clients.splice(0)) client.destroy();
});
afterAll(async () => {
  await server.stop();
  for (const spy of spies) spy.mockRestore();
});

describe('the sync server on localhost', () => {
  it('lets two people co-author one assessment, and both end with the same', async () => {
    const anna = open(NAME, await author('anna'), assessmentToDoc(library, freeText));
    await anna.synced;
    const bo = open(NAME, await author('bo'));
    await bo.synced;
    await until(() => read(bo).answers['proposal.what'] === library.answers['proposal.what'], 5000, 'Bo to get the assessment');
    updateDoc(anna.doc, { ...library, answers: { ...library.answers, 'proposal.what': 'Kortare öppettider på lördagar.' } }, freeText);
    updateDoc(bo.doc, { ...read(bo), answers: { ...read(bo).answers, 'screening.magnitude': 'large' } } as Assessment, freeText);
    await until(() => JSON.stringify(read(anna)) === JSON.stringify(read(bo)), 5000, 'the two to converge');
    expect(read(bo).answers['proposal.what']).toBe('Kortare öppettider på lördagar.');
    expect(read(anna).answers['screening.magnitude']).toBe('large');
  });

  it('merges what one wrote offline when it reconnects', async () => {
    const anna = open(NAME, await author('anna'));
    const bo = open(NAME, await author('bo'));
    await Promise.all([anna.synced, bo.synced]);
    await until(() => read(bo).id === library.id && read(anna).id === library.id, 5000, 'both to have the assessment');
    bo.socket.disconnect();
    const offline = { ...read(bo), answers: { ...read(bo).answers, 'proposal.problem': 'Skrivet utan nät.' } } as Assessment;
    updateDoc(bo.doc, offline, freeText);
    updateDoc(anna.doc, { ...read(anna), name: 'Namnet ändrat under tiden' } as Assessment, freeText);
    await new Promise((r) => setTimeout(r, 200));
    expect(read(anna).answers['proposal.problem']).not.toBe('Skrivet utan nät.');
    await bo.socket.connect();
    await until(() => JSON.stringify(read(anna)) === JSON.stringify(read(bo)), 5000, 'the two to converge after reconnecting');
    expect(read(anna).answers['proposal.problem']).toBe('Skrivet utan nät.');
    expect(read(bo).name).toBe('Namnet ändrat under tiden');
  });

  it('refuses a forged token, an expired one and one without a right to the document', async () => {
    const forged = open(NAME, await issueToken({ sub: 'eve', name: 'Eve', assessments: { '*': 'author' } }, `${SECRET} but another`));
    const expired = open(NAME, await issueToken({ sub: 'old', name: 'Old', assessments: { '*': 'author' } }, SECRET, '-1s'));
    const other = open(NAME, await issueToken({ sub: 'cy', name: 'Cy', assessments: { 'another-assessment': 'author' } }, SECRET));
    const register = open('register', await author('anna'));
    for (const client of [forged, expired, other, register]) await expect(client.refused).resolves.toBeTypeOf('string');
    expect(forged.doc.getMap('answers').size).toBe(0);
  });

  it('lets a reviewer read but not write', async () => {
    const anna = open(NAME, await author('anna'));
    const reviewer = open(NAME, await issueToken({ sub: 'sara', name: 'Sara Lind', assessments: { [library.id]: 'reviewer' } }, SECRET));
    await Promise.all([anna.synced, reviewer.synced]);
    await until(() => read(reviewer).id === library.id, 5000, 'the reviewer to read the assessment');
    expect(reviewer.provider.authorizedScope).toBe('readonly');
    updateDoc(reviewer.doc, { ...read(reviewer), answers: { ...read(reviewer).answers, 'proposal.goal': 'Granskaren skrev här.' } } as Assessment, freeText);
    // Another change by the author must arrive, while the reviewer's does not.
    updateDoc(anna.doc, { ...read(anna), name: 'Efter granskarens försök' } as Assessment, freeText);
    const late = open(NAME, await author('bo'));
    await late.synced;
    await until(() => read(late).name === 'Efter granskarens försök', 5000, 'a third client to see the author’s change');
    expect(read(late).answers['proposal.goal']).not.toBe('Granskaren skrev här.');
    expect(read(anna).answers['proposal.goal']).not.toBe('Granskaren skrev här.');
  });

  it('keeps the register up to date for its readers, with what is due next', async () => {
    const reader = open('register', await issueToken({ sub: 'reg', name: 'Registrator', register: true }, SECRET));
    await reader.synced;
    await until(() => readRegister(reader.doc).some((line) => line.id === library.id), 5000, 'the register line');
    expect(readRegister(reader.doc).find((l) => l.id === library.id)).toMatchObject({ questionnaire: { id: 'proposal' }, phase: 'review' });
    // Completed, the assessment has its follow-up (and measures) due; the line says what comes first.
    const anna = open(NAME, await author('anna'));
    await anna.synced;
    await until(() => read(anna).id === library.id, 5000, 'Anna to have the assessment');
    const completed = { ...read(anna), name: 'Öppettider – till nämnden', progress: { ...read(anna).progress, phase: 'complete', completedAt: '2026-12-01T10:00:00.000Z' } } as Assessment;
    updateDoc(anna.doc, completed, freeText);
    await until(() => readRegister(reader.doc).find((l) => l.id === library.id)?.title === 'Öppettider – till nämnden', 5000, 'the register to follow the change');
    const line = readRegister(reader.doc).find((l) => l.id === library.id)!;
    expect(line.phase).toBe('complete');
    expect(line.completedAt).toBe('2026-12-01T10:00:00.000Z');
    expect(line.next?.date).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect(line.next!.date <= '2027-09-30').toBe(true);
    // A register reader reads; it cannot write lines of its own.
    expect(reader.provider.authorizedScope).toBe('readonly');
  });

  it('says when a document is no assessment it can read, by its name alone', async () => {
    const junk = open('assessment/not-an-assessment', await issueToken({ sub: 'x', name: 'X', assessments: { '*': 'author' } }, SECRET));
    await junk.synced;
    junk.doc.getMap('assessment').set('format', 'Hemligt innehåll som inte får loggas');
    await until(() => logged.some((line) => line.includes('assessment/not-an-assessment')), 5000, 'the server to log the document');
    expect(logged.join('\n')).not.toContain('Hemligt innehåll');
  });

  // Last, over everything the tests above wrote into assessments: not one word of it in a log.
  it('writes nothing any test put into an assessment to the console or its log', () => {
    const written = ['Hemligt innehåll', 'Kortare öppettider på lördagar.', 'Skrivet utan nät.', 'Granskaren skrev här.', 'Öppettider – till nämnden', String(library.answers['proposal.what'])];
    for (const text of written) expect(logged.join('\n'), text).not.toContain(text);
  });
});
