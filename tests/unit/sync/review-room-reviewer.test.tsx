// The reviewer's page with sync switched on, against the real sync server on
// localhost: for an assessment shared on this device, with a token pasted in
// the tab, a verdict saved on the page reaches the author's device, and the
// author's reply reaches the page and is stored in the reviewer's copy; the
// page says where the review's sync stands.
import 'fake-indexeddb/auto';
import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { I18nextProvider, initReactI18next } from 'react-i18next';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { WebSocket } from 'ws';
import { reply, setVerdict, signOff, startRound } from '../../../src/assessment/after/review-state';
import type { Assessment } from '../../../src/assessment/assessment';
import { parseAssessmentJson } from '../../../src/assessment/export-file';
import ReviewerPage from '../../../src/app/reviewer-page';
import { markShared } from '../../../src/app/sharing/shared-ids';
import { keepPastedToken } from '../../../src/app/sync-token';
import { createI18n } from '../../../src/i18n';
import { until } from '../../../src/server/node-client';
import { startSyncServer, type SyncServer } from '../../../src/server/server';
import { issueToken } from '../../../src/server/tokens';
import { createMemoryRepository } from '../../../src/storage/memory';
import { openReviewRoom, type ReviewRoom } from '../../../src/sync/review-room';

const SECRET = 'the reviewer page test secret, long enough';
const at = (minute: number) => new Date(Date.UTC(2026, 11, 1, 9, minute));
const library = (() => {
  const parsed = parseAssessmentJson(readFileSync(resolve(import.meta.dirname, '../../../questionnaires/examples/library.sv.json'), 'utf8'));
  if (!parsed.ok) throw new Error('The library example does not parse.');
  return { ...parsed.value, progress: { ...parsed.value.progress, phase: 'complete' as const, completedAt: at(0).toISOString() } };
})();
const sara = { name: 'Sara Lind', role: 'folkhälsostrateg' };

let server: SyncServer;
let author: ReviewRoom | undefined;
beforeAll(async () => {
  // The page's TextEncoder and WebSocket belong to the page's realm here; the server (run in this process) and
  // the provider take Node's, as they do outside a test.
  vi.stubGlobal('TextEncoder', class { encode = (text: string) => new Uint8Array(Buffer.from(text, 'utf8')); });
  vi.stubGlobal('WebSocket', WebSocket);
  server = await startSyncServer({ secret: SECRET, debounce: 20, log: () => {} });
});
afterEach(async () => {
  await author?.stop();
  author = undefined;
  vi.unstubAllEnvs();
  localStorage.clear();
  sessionStorage.clear();
});
afterAll(() => server.stop());

/** The reviewer's page on a copy stored on this device, shared, with the reviewer's token pasted in the tab. */
async function openPage(copy: Assessment) {
  vi.stubEnv('VITE_SYNC_URL', server.url);
  markShared(copy.id, true);
  keepPastedToken(await issueToken({ sub: 'sara', name: sara.name, assessments: { [copy.id]: 'reviewer' } }, SECRET));
  const repository = createMemoryRepository([copy]);
  render(
    <I18nextProvider i18n={createI18n('sv', [initReactI18next])}>
      <ReviewerPage id={copy.id} repository={repository} onHome={() => {}} onResults={() => {}} />
    </I18nextProvider>,
  );
  await screen.findByText(/^Granskningen delas via servern och är aktuell\./, undefined, { timeout: 5000 });
  return repository;
}

/** The author's device: the review room, and its copy with each review the room hands it. */
async function authorDevice(start: Assessment) {
  const device = { copy: start };
  author = openReviewRoom({
    url: server.url,
    token: await issueToken({ sub: 'anna', name: 'Anna', assessments: { [start.id]: 'author' } }, SECRET),
    name: 'Anna',
    id: start.id,
    review: start.review,
    onRemote: (rounds) => (device.copy = { ...device.copy, review: rounds }),
    WebSocketPolyfill: WebSocket,
  });
  await until(() => author!.state() === 'synced', 5000, 'the author to be synced');
  return device;
}

describe('the reviewer’s page, with sync', () => {
  it('sends a verdict saved on the page to the author’s device', async () => {
    const copy = startRound({ ...library, id: 'a-reviewer-page-1' }, sara, at(1));
    await openPage(copy);
    const anna = await authorDevice(copy);
    const first = screen.getAllByRole('radio', { name: 'Behöver förbättras' })[0]!;
    await userEvent.click(first);
    const step = first.closest('section')!;
    await userEvent.type(within(step).getByRole('textbox', { name: /^Kommentar/ }), 'Ange en kontaktperson.');
    await userEvent.click(screen.getByRole('button', { name: 'Spara utan att signera' }));
    await until(() => Object.keys(anna.copy.review[0]?.steps ?? {}).length === 1, 5000, 'the verdict to reach the author');
    expect(Object.values(anna.copy.review[0]!.steps)[0]).toMatchObject({ verdict: 'needs-improvement', comment: 'Ange en kontaktperson.' });
    expect(anna.copy.review[0]!.reviewer.name).toBe('Sara Lind');
  });

  it('stores and shows the author’s reply as it arrives', async () => {
    const reviewed = setVerdict(startRound({ ...library, id: 'a-reviewer-page-2' }, sara, at(1)), 'basics', 'needs-improvement', 'Ange en kontaktperson.', at(2));
    const returned = signOff(reviewed, { ...sara, date: '2026-12-01', outcome: 'returned' }, at(3));
    const repository = await openPage(returned);
    const anna = await authorDevice(returned);
    author!.push(reply(anna.copy, 'basics', 'Kontaktperson är bibliotekschefen.', at(4)).review);
    await screen.findByText('Kontaktperson är bibliotekschefen.', undefined, { timeout: 5000 });
    expect((await repository.get(returned.id))?.review[0]!.steps.basics!.reply?.text).toBe('Kontaktperson är bibliotekschefen.');
  });
});
