// The register in real Chromium, built as a deployment with a sync server
// builds it (VITE_SYNC_URL): the start page links to it, the page finds no
// token from a login (nothing answers sync-token here), takes a pasted
// register token, and shows the line of the assessment written into the
// real in-memory sync server, with its next date (the follow-up, or a
// measure due before it); axe finds nothing.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseAssessmentJson } from '../../src/assessment/export-file';
import { shortDate } from '../../src/i18n/dates';
import { questionnaires } from '../../src/questionnaire/catalogue';
import { connect, until, type Client } from '../../src/server/node-client';
import type { SyncServer } from '../../src/server/server';
import { issueToken } from '../../src/server/tokens';
import { assessmentToDoc, freeTextOf } from '../../src/sync/binding';
import { readRegister } from '../../src/sync/register';
import { axeViolations, openApp, type Session } from './harness';
import type { StaticServer } from './static-server';
import { startSyncDeployment } from './sync-deployment';

const ROOT = resolve(import.meta.dirname, '../..');
const SECRET = 'the register browser test secret, long enough';
const TITLE = 'Öppettider i biblioteket – till nämnden';
let sync: SyncServer;
let web: StaticServer;
let stopDeployment: (() => Promise<void>) | undefined;
let author: Client | undefined;
let s: Session | undefined;

beforeAll(async () => {
  ({ sync, web, stop: stopDeployment } = await startSyncDeployment(SECRET));
});

afterAll(async () => {
  await s?.close();
  author?.destroy();
  await stopDeployment?.();
});

describe('the register', () => {
  it('shows a pasted register token the line of an assessment written to the server, with what is due next', async () => {
    const parsed = parseAssessmentJson(readFileSync(resolve(ROOT, 'questionnaires/examples/library.sv.json'), 'utf8'));
    if (!parsed.ok) throw new Error('The library example does not parse.');
    const completed = { ...parsed.value, name: TITLE, progress: { ...parsed.value.progress, phase: 'complete' as const, completedAt: '2026-12-01T10:00:00.000Z' } };
    const freeText = freeTextOf(questionnaires.find((q) => q.id === completed.questionnaire.id)!);
    const token = (claims: Parameters<typeof issueToken>[0]) => issueToken(claims, SECRET);
    author = connect(sync.url, `assessment/${completed.id}`, await token({ sub: 'anna', name: 'Anna', assessments: { [completed.id]: 'author' } }), assessmentToDoc(completed, freeText));
    await author.synced;
    // The date the server wrote, read as a register reader would.
    const reader = connect(sync.url, 'register', await token({ sub: 'reg', name: 'Registrator', register: true }));
    await until(() => readRegister(reader.doc).some((l) => l.title === TITLE), 10_000, 'the register line');
    const next = readRegister(reader.doc).find((l) => l.title === TITLE)!.next!;
    reader.destroy();

    s = await openApp({ url: web.url });
    const { page } = s;
    // Nothing here answers the login's sync-token address: the browser logs its 404, the page then asks for a key.
    const missing: string[] = [];
    page.on('response', (response) => {
      if (response.status() === 404) missing.push(new URL(response.url()).pathname);
    });
    await page.getByRole('link', { name: 'Öppna registret' }).click();
    await page.getByRole('heading', { level: 1, name: 'Register över bedömningar' }).waitFor();
    await page.getByRole('textbox', { name: 'Nyckel' }).fill(await token({ sub: 'reg', name: 'Registrator', register: true }));
    await page.getByRole('button', { name: 'Öppna registret' }).click();

    const row = page.getByRole('row').filter({ has: page.getByRole('rowheader', { name: TITLE }) });
    await row.waitFor();
    await expect.poll(() => page.locator('output').textContent()).toBe('Registret är uppdaterat.');
    // What comes first in the example: its follow-up, or a measure due before it (overdue once its date has passed).
    const what = next.kind === 'follow-up' ? 'uppföljning' : next.label ? `åtgärden ”${next.label}”` : 'en åtgärd';
    const due = `${what} ${shortDate(next.date, 'sv')}`;
    await expect.poll(() => row.getByRole('cell').nth(5).textContent()).toMatch(new RegExp(`^(Försenad: ${due}|${due.charAt(0).toUpperCase()}${due.slice(1)})$`));
    expect(await row.getByRole('cell').nth(1).textContent()).toBe('Slutförd 1 dec 2026');
    expect(await axeViolations(page)).toEqual([]);
    // The only addresses not found: the login's token, and the organisation's set-up this deployment does not have (org/).
    expect(missing).toContain('/sync-token');
    expect(missing.filter((path) => path !== '/sync-token' && !path.startsWith('/org/'))).toEqual([]);
    const notFound = (e: string) => e.startsWith('Failed to load resource: the server responded with a status of 404');
    s.pageErrors.splice(0, s.pageErrors.length, ...s.pageErrors.filter((e) => !notFound(e)));
  });
});
