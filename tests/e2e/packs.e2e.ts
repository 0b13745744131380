// The organisation's profile and question packs in the built app (src/app/packs/): a deployment with the
// fixture folder copied to <build>/org/ offers its committees on the committee question, and its pack's
// question is asked, offline too once visited; on a plain build a pack file imported on the start page is
// listed there (accessibly), stays after a reload, and can be removed.
import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import { axeViolations, DIST, openApp, stopServer, type Session } from './harness';
import { serveStatic, type StaticServer } from './static-server';

const FIXTURES = resolve(import.meta.dirname, '../fixtures/org');
const PACK = join(FIXTURES, 'packs/goals.json');

let s: Session | undefined;
let server: StaticServer | undefined;
let deployed: string | undefined;
afterEach(async () => {
  await s?.close();
  s = undefined;
});
afterAll(async () => {
  await server?.close();
  if (deployed) rmSync(deployed, { recursive: true, force: true });
  await stopServer();
});

/** The build with the fixture profile and pack beside it, on a plain web server. */
async function deployment(): Promise<string> {
  if (!server) {
    deployed = mkdtempSync(join(tmpdir(), 'jk-org-'));
    cpSync(DIST, deployed, { recursive: true });
    cpSync(FIXTURES, join(deployed, 'org'), { recursive: true });
    server = await serveStatic(deployed, '/');
  }
  return server.url;
}

/** Starts a new assessment of a proposal and waits for its first step. */
async function startProposal(session: Session) {
  const { page } = session;
  await page.getByRole('button', { name: /^Påbörja bedömningen\W+Bedöm/ }).click();
  await page.getByRole('button', { name: 'Påbörja bedömningen', exact: true }).click();
  await page.locator('form').waitFor();
}

describe('a deployment with a profile', () => {
  it('offers its committees on the committee question', async () => {
    s = await openApp({ url: await deployment() });
    await startProposal(s);
    const input = s.page.getByLabel(/nämnd/i).and(s.page.locator('input#f-basics__committee'));
    await s.page.locator('input#f-basics__committee[list]').waitFor();
    const listId = await input.getAttribute('list');
    const options = await s.page.locator(`datalist[id="${listId}"] option`).evaluateAll((os) => os.map((o) => (o as HTMLOptionElement).value));
    expect(options).toEqual(['Kommunstyrelsen', 'Kulturnämnden', 'Socialnämnden']);
    // Any name can still be typed.
    await input.fill('Byggnadsnämnden');
    expect(await input.inputValue()).toBe('Byggnadsnämnden');
    expect(server?.log.filter((line) => !line.startsWith('200 '))).toEqual([]);
  });

  it('offers them offline too, once the app has been visited', async () => {
    s = await openApp({ url: await deployment() });
    const { page, context } = s;
    await page.waitForFunction(() => navigator.serviceWorker.controller !== null, undefined, { timeout: 60_000 });
    // A visit with the worker in control: the profile passes through it and is kept.
    await page.reload();
    await startProposal(s);
    await page.locator('input#f-basics__committee[list]').waitFor();
    await context.setOffline(true);
    await page.goto(await deployment());
    await startProposal(s);
    await page.locator('input#f-basics__committee[list]').waitFor();
    expect(await page.locator('datalist option').count()).toBe(3);
  });

  it('asks its pack’s question in a new assessment', async () => {
    s = await openApp({ url: await deployment() });
    await startProposal(s);
    await s.page.getByText('Vilka av kommunens mål för jämlikhet berör förslaget?').first().waitFor();
    // Its options, worded with the pack's own texts.
    expect(await s.page.getByRole('checkbox', { name: 'Jämlik hälsa' }).count()).toBe(1);
  });
});

describe('a pack imported on a plain build', () => {
  it('is listed, stays after a reload, and can be removed', async () => {
    s = await openApp();
    const { page } = s;
    await page.getByLabel('Fil att läsa in').setInputFiles(PACK);
    await page.getByText('Frågepaketet norrby.goals, version 1.0.0, är tillagt. Nya bedömningar som du påbörjar med ”Bedöm ett förslag” får paketets frågor.').waitFor();
    const list = page.getByRole('region', { name: 'Frågepaket' });
    await list.getByRole('heading', { name: 'norrby.goals, version 1.0.0' }).waitFor();
    expect(await axeViolations(page)).toEqual([]);
    await page.reload();
    await list.getByRole('heading', { name: 'norrby.goals, version 1.0.0' }).waitFor();
    expect(await list.getByText('Inläst i den här webbläsaren.').count()).toBe(1);
    await list.getByRole('button', { name: 'Ta bort frågepaketet norrby.goals' }).click();
    await list.getByText('Frågepaketet norrby.goals är borttaget. Nya bedömningar får inte dess frågor.').waitFor();
    expect(await list.getByRole('heading', { name: 'norrby.goals, version 1.0.0' }).count()).toBe(0);
    await page.reload();
    expect(await page.getByRole('region', { name: 'Frågepaket' }).count()).toBe(0);
  });
});
