// Two people co-author one assessment in real Chromium, in a build with a
// sync server (VITE_SYNC_URL) and against the real in-memory server the test
// starts: Anna shares her new assessment with a pasted key ("Dela med
// kollegor"); Bo opens her link on his own browser, pastes his key and gets
// the assessment; each sees the other's presence and step; Anna's answers
// appear in Bo's open form, Bo's reach Anna's stored copy; Bo stops sharing
// and keeps his copy, and Anna sees him go. Axe finds nothing on either page.
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { issueToken } from '../../src/server/tokens';
import { axeViolations, openApp, type Session } from './harness';
import type { StaticServer } from './static-server';
import { startSyncDeployment } from './sync-deployment';
import { waitForStored } from './stored';
import { fieldId, fillCurrentStep, submitStep } from './wizard-driver';

const SECRET = 'the co-authoring browser test secret, long enough';
const TITLE = 'Nya öppettider i Norrby bibliotek';
let web: StaticServer;
let stopDeployment: (() => Promise<void>) | undefined;
const sessions: Session[] = [];

beforeAll(async () => {
  ({ web, stop: stopDeployment } = await startSyncDeployment(SECRET));
});

afterAll(async () => {
  for (const s of sessions) {
    // Nothing here answers the login's sync-token address: the browser logs its 404, the page then asks for a key.
    s.pageErrors.splice(0, s.pageErrors.length, ...s.pageErrors.filter((e) => !e.startsWith('Failed to load resource: the server responded with a status of 404')));
    await s.close();
  }
  await stopDeployment?.();
});

const key = (sub: string, name: string) => issueToken({ sub, name, assessments: { '*': 'co-author' } }, SECRET);
const sharing = (page: Page) => page.getByRole('region', { name: 'Delning med kollegor' });
const state = (page: Page) => sharing(page).locator('output.sharing__state').textContent();

describe('co-authoring', () => {
  it('lets two people on two browsers write one assessment, each seeing the other', async () => {
    const anna = await openApp({ url: web.url });
    sessions.push(anna);
    await anna.page.getByRole('button', { name: /^Påbörja bedömningen\W+Bedöm/ }).click();
    await anna.page.getByRole('button', { name: 'Påbörja bedömningen', exact: true }).click();
    await anna.page.locator('form').waitFor();

    await sharing(anna.page).getByRole('button', { name: 'Dela med kollegor' }).click();
    await sharing(anna.page).getByRole('textbox', { name: 'Nyckel' }).fill(await key('anna', 'Anna Berg'));
    await sharing(anna.page).getByRole('button', { name: 'Dela', exact: true }).click();
    await expect.poll(() => state(anna.page), { timeout: 15_000 }).toBe('Alla ändringar finns på servern.');
    const link = await sharing(anna.page).getByRole('textbox', { name: 'Länk för kollegor' }).inputValue();
    expect(link).toMatch(new RegExp(`^${web.url.replace(/\/$/, '')}/#/shared/a-[\\w-]+$`));

    const bo = await openApp({ url: link });
    sessions.push(bo);
    await bo.page.getByRole('heading', { level: 1, name: 'Öppna delat arbete' }).waitFor();
    await bo.page.getByRole('textbox', { name: 'Nyckel' }).fill(await key('bo', 'Bo Ek'));
    await bo.page.getByRole('button', { name: 'Öppna' }).click();
    // The assessment is stored on Bo's device and opens there, shared.
    await bo.page.locator('form').waitFor({ timeout: 15_000 });
    expect(bo.page.url()).toBe(link.replace('#/shared/', '#/a/'));
    await expect.poll(() => state(bo.page), { timeout: 15_000 }).toBe('Alla ändringar finns på servern.');

    // Presence: each sees the other, in the step they have open.
    await expect.poll(() => sharing(anna.page).getByRole('listitem').allTextContents(), { timeout: 15_000 }).toEqual(['Bo Ek, i steget Grunduppgifter']);
    await expect.poll(() => sharing(bo.page).getByRole('listitem').allTextContents(), { timeout: 15_000 }).toEqual(['Anna Berg, i steget Grunduppgifter']);
    expect(await axeViolations(anna.page)).toEqual([]);
    expect(await axeViolations(bo.page)).toEqual([]);

    // Anna answers the step; Bo's open form, untouched, shows her answers.
    await fillCurrentStep(anna.page, { type: { [fieldId('basics.title')]: TITLE } });
    const organisation = await anna.page.locator(`#${fieldId('basics.organisation')}`).inputValue();
    await submitStep(anna.page);
    await expect.poll(() => bo.page.locator(`#${fieldId('basics.title')}`).inputValue(), { timeout: 15_000 }).toBe(TITLE);
    expect(await bo.page.locator(`#${fieldId('basics.organisation')}`).inputValue()).toBe(organisation);
    await expect.poll(() => sharing(bo.page).getByRole('listitem').allTextContents(), { timeout: 15_000 }).toEqual(['Anna Berg, i steget Beskriv förslaget']);

    // Bo corrects one answer and saves the step; it reaches Anna's stored copy.
    await bo.page.locator(`#${fieldId('basics.organisation')}`).fill('Fritidsförvaltningen i Norrby');
    await submitStep(bo.page);
    await waitForStored(anna.page, { answer: { questionId: 'basics.organisation', value: 'Fritidsförvaltningen i Norrby' } });
    await waitForStored(anna.page, { answer: { questionId: 'basics.title', value: TITLE } });

    // Bo stops sharing: his copy stays on his device; Anna sees him go.
    await sharing(bo.page).getByRole('button', { name: 'Sluta dela på den här enheten' }).click();
    await sharing(bo.page).getByText('Bedömningen delas inte längre från den här enheten. Din kopia finns kvar här.').waitFor();
    await waitForStored(bo.page, { answer: { questionId: 'basics.organisation', value: 'Fritidsförvaltningen i Norrby' } });
    await expect.poll(() => sharing(anna.page).getByText('Ingen annan har den öppen just nu.').count(), { timeout: 15_000 }).toBe(1);
    expect(await axeViolations(bo.page)).toEqual([]);

    // Bo changes his copy while not sharing, then shares again: the server's copy is taken, and his own is
    // kept on his device as an assessment of its own, which the page names.
    await bo.page.getByRole('button', { name: 'Grunduppgifter' }).click();
    await bo.page.locator(`#${fieldId('basics.title')}`).fill('Bos egen titel');
    await submitStep(bo.page);
    await waitForStored(bo.page, { answer: { questionId: 'basics.title', value: 'Bos egen titel' } });
    await sharing(bo.page).getByRole('button', { name: 'Dela med kollegor' }).click();
    const kept = sharing(bo.page).getByText(/^Din kopia på enheten skilde sig från den som fanns på servern\. Den finns kvar på startsidan som en egen bedömning: .+ \(din kopia före delningen\)\.$/);
    await kept.waitFor({ timeout: 30_000 }).catch(async (error: unknown) => {
      throw new Error(`No notice of the kept copy; the panel says: ${await sharing(bo.page).textContent()}`, { cause: error });
    });
    await waitForStored(bo.page, { answer: { questionId: 'basics.title', value: TITLE } });
    await waitForStored(bo.page, { contains: '(din kopia före delningen)', answer: { questionId: 'basics.title', value: 'Bos egen titel' } });
  });
});
