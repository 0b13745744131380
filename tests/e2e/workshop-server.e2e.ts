// Workshops on the sync server in real Chromium, built as a deployment with a
// sync server builds it (VITE_SYNC_URL), against the real in-memory server:
// a trainer (a pasted token with the trainer right) starts a workshop and
// collects on the server; the code and the groups' link with the code in it
// are shown; two groups hand in (as the app's hand-in does, from Node) and
// the count on the projector grows; the debrief adds both hand-ins as
// columns by group name; closing the collection stops a later hand-in. axe
// finds nothing on the projected view, the hand-out or the debrief.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { WebSocket } from 'ws';
import type { Assessment } from '../../src/assessment/assessment';
import { parseAssessmentJson } from '../../src/assessment/export-file';
import { resources } from '../../src/i18n/resources';
import { flattenTexts } from '../../src/questionnaire/texts';
import type { SyncServer } from '../../src/server/server';
import { issueToken } from '../../src/server/tokens';
import { readWorkshopCode } from '../../src/sync/workshop-code';
import { handInToServer } from '../../src/sync/workshop-hand-in';
import { axeViolations, openApp, type Session } from './harness';
import type { StaticServer } from './static-server';
import { startSyncDeployment } from './sync-deployment';

const ROOT = resolve(import.meta.dirname, '../..');
const SECRET = 'the workshop browser test secret, long enough';
function t(key: string, params: Record<string, string | number> = {}): string {
  const text = flattenTexts(resources.sv.ui)[key];
  if (typeof text !== 'string') throw new Error(`No text ${key}`);
  return text.replace(/{{(\w+)}}/g, (_, name: string) => String(params[name]));
}
const library = (() => {
  const parsed = parseAssessmentJson(readFileSync(resolve(ROOT, 'questionnaires/examples/library.sv.json'), 'utf8'));
  if (!parsed.ok) throw new Error('The library example does not parse.');
  return parsed.value;
})();
const group = (name: string): Assessment => ({ ...library, id: `a-${crypto.randomUUID()}`, name });

let sync: SyncServer;
let web: StaticServer;
let stopDeployment: (() => Promise<void>) | undefined;
let s: Session | undefined;

beforeAll(async () => {
  ({ sync, web, stop: stopDeployment } = await startSyncDeployment(SECRET));
});

afterAll(async () => {
  await s?.close();
  await stopDeployment?.();
});

describe('a workshop collected on the sync server', () => {
  it('shows the code and the count as groups hand in, and the debrief compares the hand-ins', async () => {
    s = await openApp({ url: web.url });
    const { page } = s;
    const token = await issueToken({ sub: 'tina', name: 'Tina Utbildare', trainer: true }, SECRET);
    // A pasted token, as the register page keeps it (nothing answers the login's sync-token address here).
    await page.evaluate((value) => sessionStorage.setItem('jk.sync-token', value), token);
    await page.goto(`${web.url}#/workshop`);
    await page.getByLabel(t('workshop.case')).selectOption('library');
    await page.getByRole('button', { name: t('workshop.start') }).click();
    await page.getByRole('button', { name: t('workshopServer.collect') }).click();

    const codeText = await page.locator('.collect-panel__code strong').textContent();
    const code = readWorkshopCode(codeText ?? '');
    expect(code).toBeDefined();
    await page.getByText(t('workshopServer.state.open')).waitFor();
    await page.getByText(t('workshopServer.countNone')).waitFor();
    expect(await axeViolations(page)).toEqual([]);

    const handIn = (assessment: Assessment) =>
      handInToServer({ url: sync.url, code: code!, handInId: `g-${crypto.randomUUID()}`, assessment, WebSocketPolyfill: WebSocket });
    expect(await handIn(group('Grupp Ek'))).toBe('received');
    await page.getByText(t('workshopServer.count_one', { count: 1 })).waitFor();
    expect(await handIn(group('Grupp Björk'))).toBe('received');
    await page.getByText(t('workshopServer.count_other', { count: 2 })).waitFor();

    // The hand-out gives the groups the link with the code in it, and the code to type.
    await page.getByRole('button', { name: t('workshopServer.showCode') }).click();
    const dialog = page.locator('dialog[open]');
    const shownLink = await dialog.locator('.hand-out__link[translate="no"]').textContent();
    expect(shownLink).toBe(`${web.url.replace(/\/?$/, '/')}#/join/sv/w/${code}/example/library`);
    expect(await dialog.locator('strong').textContent()).toBe(codeText);
    expect(await axeViolations(page)).toEqual([]);
    await page.keyboard.press('Escape');
    await page.waitForFunction(() => document.querySelector('dialog[open]') === null);
    // A group that follows the link gets the case and is asked for its name.
    const groupPage = await s.context.newPage();
    await groupPage.goto(shownLink!);
    await groupPage.getByRole('textbox', { name: t('join.nameLabel') }).waitFor();
    await groupPage.close();

    // The debrief on the same device knows the session: both hand-ins, added as columns by group.
    await page.goto(`${web.url}#/compare`);
    await page.getByRole('heading', { name: t('workshopServer.debrief.heading') }).waitFor();
    await page.getByRole('button', { name: t('workshopServer.debrief.add_other', { count: 2 }) }).click();
    await page.getByRole('columnheader', { name: 'Grupp Ek' }).first().waitFor();
    await page.getByRole('columnheader', { name: 'Grupp Björk' }).first().waitFor();
    await page.getByText(t('workshopServer.debrief.added', { name: 'Grupp Ek' })).waitFor();
    expect(await axeViolations(page)).toEqual([]);

    // Closed, the session takes no more hand-ins.
    await page.goto(`${web.url}#/workshop`);
    await page.getByRole('button', { name: t('workshopServer.close') }).click();
    await page.locator('dialog[open]').getByRole('button', { name: t('workshopServer.close') }).click();
    await page.getByText(t('workshopServer.state.closed')).waitFor();
    await expect.poll(() => handIn(group('Grupp Sen')), { timeout: 10_000 }).toBe('refused');
    // The only 404s: the login's token address, and the organisation's set-up this deployment does not have.
    const notFound = (e: string) => e.startsWith('Failed to load resource: the server responded with a status of 404');
    s.pageErrors.splice(0, s.pageErrors.length, ...s.pageErrors.filter((e) => !notFound(e)));
  });
});
