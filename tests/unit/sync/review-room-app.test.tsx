// The author's "Efter beslutet" with sync switched on, against the real sync
// server on localhost: for an assessment shared on this device, with a
// token pasted in the tab, a reviewer's verdict saved on another computer
// appears on the screen and is saved to the device's copy, and the screen
// says the review is up to date; the author's reply goes back to the
// reviewer, made on the review as the server holds it even when an older
// one reached the device's copy another way. Without sharing, nothing of sync is said or opened.
import 'fake-indexeddb/auto';
import { act, render, screen } from '@testing-library/react';
import { I18nextProvider, initReactI18next } from 'react-i18next';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { WebSocket } from 'ws';
import { setVerdict, signOff, startRound } from '../../../src/assessment/after/review-state';
import { newAssessment, type Assessment } from '../../../src/assessment/assessment';
import { markShared } from '../../../src/app/sharing/shared-ids';
import { keepPastedToken } from '../../../src/app/sync-token';
import { usePeerReviewSession } from '../../../src/app/use-peer-review';
import { createI18n } from '../../../src/i18n';
import { questionnaires } from '../../../src/questionnaire/catalogue';
import { until } from '../../../src/server/node-client';
import { startSyncServer, type SyncServer } from '../../../src/server/server';
import { issueToken } from '../../../src/server/tokens';
import { openReviewRoom, type ReviewRoom } from '../../../src/sync/review-room';

const SECRET = 'the review screen test secret, long enough';
const file = questionnaires.find((q) => q.id === 'proposal')!;
const at = (minute: number) => new Date(Date.UTC(2026, 11, 1, 9, minute));

let server: SyncServer;
let reviewer: ReviewRoom | undefined;
beforeAll(async () => {
  // The page's TextEncoder makes its bytes in the page's realm, which the token library (run here for the
  // server, as in Node) does not take for a key: here the server's secret is encoded as Node encodes it.
  vi.stubGlobal('TextEncoder', class { encode = (text: string) => new Uint8Array(Buffer.from(text, 'utf8')); });
  // Likewise the page's WebSocket here: the ws package's stands in for the browser's.
  vi.stubGlobal('WebSocket', WebSocket);
  server = await startSyncServer({ secret: SECRET, debounce: 20, log: () => {} });
});
afterEach(async () => {
  await reviewer?.stop();
  reviewer = undefined;
  vi.unstubAllEnvs();
  localStorage.clear();
  sessionStorage.clear();
});
afterAll(() => server.stop());

/** The device's copy, as the assessment screen keeps it: every change is saved onto it. */
function keeper(initial: Assessment) {
  let record = initial;
  return {
    get record() {
      return record;
    },
    change: (apply: (a: Assessment) => Assessment) => (record = apply(record)),
  };
}
type Keeper = ReturnType<typeof keeper>;

/** The session's "Efter beslutet" over the kept copy. */
function Session({ initial, store }: { initial: Assessment; store: Keeper }) {
  const { after, value } = usePeerReviewSession({
    file,
    initial,
    change: store.change,
    readOnly: false,
    onStep: () => {},
    currentRecord: () => store.record,
  });
  return (
    <>
      {after}
      <button type="button" onClick={() => value.onReply('basics', 'Vi har lagt till kontaktuppgifter.')}>
        svara
      </button>
    </>
  );
}

function renderSession(initial: Assessment) {
  const store = keeper(initial);
  const i18n = createI18n('sv', [initReactI18next]);
  render(
    <I18nextProvider i18n={i18n}>
      <Session initial={initial} store={store} />
    </I18nextProvider>,
  );
  return store;
}

const completed = (id: string): Assessment => {
  const a = newAssessment(file, id, at(0));
  return { ...a, progress: { ...a.progress, phase: 'complete', completedAt: at(0).toISOString() } };
};

describe('the review on the author’s screen, with sync', () => {
  it('shows and saves a reviewer’s verdict as it arrives, says the review is up to date, and sends the reply back', async () => {
    const mine = completed('a-review-screen-1');
    vi.stubEnv('VITE_SYNC_URL', server.url);
    markShared(mine.id, true);
    keepPastedToken(await issueToken({ sub: 'anna', name: 'Anna', assessments: { [mine.id]: 'author' } }, SECRET));
    const store = renderSession(mine);
    expect(screen.getByText('Ingen har granskat bedömningen.')).toBeInTheDocument();
    await screen.findByText(/^Granskningen delas via servern och är aktuell\./, undefined, { timeout: 5000 });

    let sara = mine;
    reviewer = openReviewRoom({
      url: server.url,
      token: await issueToken({ sub: 'sara', name: 'Sara Lind', assessments: { [mine.id]: 'reviewer' } }, SECRET),
      name: 'Sara Lind',
      id: mine.id,
      review: [],
      onRemote: (rounds) => (sara = { ...sara, review: rounds }),
      WebSocketPolyfill: WebSocket,
    });
    await until(() => reviewer!.state() === 'synced', 5000, 'the reviewer to be synced');
    sara = setVerdict(startRound(sara, { name: 'Sara Lind', role: '' }, at(1)), 'basics', 'needs-improvement', 'Ange en kontaktperson.', at(2));
    reviewer.push(sara.review);

    await screen.findByText('Sara Lind granskar bedömningen. Granskningen är inte signerad.', undefined, { timeout: 5000 });
    expect(store.record.review[0]!.steps.basics).toMatchObject({ verdict: 'needs-improvement', comment: 'Ange en kontaktperson.' });

    sara = signOff(sara, { name: 'Sara Lind', role: '', date: '2026-12-01', outcome: 'returned' }, at(3));
    reviewer.push(sara.review);
    await until(() => store.record.review[0]?.signOff !== undefined, 5000, 'the return to be saved on the author’s device');
    await screen.findByText('En kommentar väntar på ditt svar.', undefined, { timeout: 5000 });
    // The hint beside "Skicka för ny granskning" does not send the author off with a file the reviewer does not need.
    expect(screen.getByText(/^Går att välja när alla kommentarer .* Granskningen delas via servern, så granskaren får dina svar utan att du skickar filen\.$/)).toBeInTheDocument();
    // The shared assessment, which only authors write, may bring an older review meanwhile: the reply is still made on the room's.
    const older = store.record.review[0]!;
    const { signOff: _signOff, ...unsigned } = older;
    store.change((a) => ({ ...a, review: [unsigned] }));
    await act(async () => screen.getByRole('button', { name: 'svara' }).click());
    await until(() => sara.review[0]?.steps.basics?.reply?.text === 'Vi har lagt till kontaktuppgifter.', 5000, 'the reply to reach the reviewer');
    expect(sara.review[0]!.signOff?.outcome).toBe('returned');
    expect(store.record.review[0]!.signOff?.outcome).toBe('returned');
  });

  it('says nothing of sync and opens nothing for an assessment not shared on this device', async () => {
    const mine = completed('a-review-screen-2');
    vi.stubEnv('VITE_SYNC_URL', server.url);
    renderSession(mine);
    expect(screen.getByText('Ingen har granskat bedömningen.')).toBeInTheDocument();
    expect(document.querySelector('[data-sync-state]')).toBeNull();
  });
});
