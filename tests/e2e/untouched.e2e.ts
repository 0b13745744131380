// The start page runs none of the app's script until someone is at it
// (src/boot.ts, src/app/intent.ts): a page opened and never touched is the
// prerendered HTML and CSS, with the app's files fetched but not run. The
// first sign of a visitor (the pointer, a key) starts the app, and a press
// made at once is carried out when it has started. A device where the app
// has kept something starts it at once, since only the app can list it.
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import { openApp, READY, someoneArrives, stopServer, type Session } from './harness';

let s: Session | undefined;
afterEach(async () => {
  await s?.close();
  s = undefined;
});
afterAll(stopServer);

/** Whether React has taken over #root (it marks the element it renders into). */
const reactRuns = (session: Session) => session.page.evaluate(() => Object.keys(document.getElementById('root')!).some((key) => key.startsWith('__react')));

/** The app's own chunk, as the page asked for it (fetched or not). */
const mainFetched = (session: Session) => session.page.evaluate(() => performance.getEntriesByType('resource').some((e) => /\/assets\/main-[\w-]+\.js$/.test(e.name)));

describe('the start page before anyone is there', () => {
  it('has fetched the app but runs none of it, and starts it when the pointer arrives', async () => {
    s = await openApp({ untouched: true, serviceWorkers: 'block' });
    await s.page.waitForLoadState('networkidle');
    await s.page.waitForTimeout(1500);
    expect(await s.page.locator(READY).count()).toBe(0);
    expect(await reactRuns(s)).toBe(false);
    expect(await mainFetched(s)).toBe(true);
    await someoneArrives(s.page);
    await s.page.locator(READY).waitFor({ state: 'attached' });
    expect(await reactRuns(s)).toBe(true);
  });

  it('carries out a press made at once, before the app has run', async () => {
    s = await openApp({ untouched: true, serviceWorkers: 'block' });
    await s.page.waitForLoadState('networkidle');
    expect(await s.page.locator(READY).count()).toBe(0);
    await s.page.getByRole('button', { name: /^Påbörja bedömningen\W+Bedöm/ }).click();
    await s.page.waitForURL(/#\/a\/[^/]+/);
    await s.page.locator('main h1').filter({ hasNotText: 'Gör en konsekvensbedömning' }).waitFor();
  });

  it('carries out a click with nothing before it, as a screen reader sends from its own cursor', async () => {
    s = await openApp({ untouched: true, serviceWorkers: 'block' });
    await s.page.waitForLoadState('networkidle');
    expect(await reactRuns(s)).toBe(false);
    // element.click(): a click event alone, no pointer, no key, no focus.
    await s.page.evaluate(() => [...document.querySelectorAll('button')].find((b) => /^Påbörja bedömningen\W+Bedöm/.test(b.textContent ?? ''))!.click());
    await s.page.waitForURL(/#\/a\/[^/]+/);
    await s.page.locator('main h1').filter({ hasNotText: 'Gör en konsekvensbedömning' }).waitFor();
  });

  it('starts the app at a key, for a visitor on the keyboard', async () => {
    s = await openApp({ untouched: true, serviceWorkers: 'block' });
    await s.page.waitForLoadState('networkidle');
    expect(await reactRuns(s)).toBe(false);
    await s.page.keyboard.press('Tab');
    await s.page.locator(READY).waitFor({ state: 'attached' });
    expect(await reactRuns(s)).toBe(true);
  });

  it('starts the app at once on a device where it has its database', async () => {
    s = await openApp({ untouched: true, serviceWorkers: 'block' });
    // Once run, the app has its database on the device, even with nothing saved in it.
    await someoneArrives(s.page);
    await s.page.locator(READY).waitFor({ state: 'attached' });
    await expect.poll(() => s!.page.evaluate(async () => (await indexedDB.databases()).map((db) => db.name))).toContain('jamlikhetskollen');
    await s.page.evaluate(() => localStorage.clear());
    // A new tab, where the pointer has never been.
    const tab = await s.context.newPage();
    await tab.goto(s.baseURL);
    await tab.locator(READY).waitFor({ state: 'attached', timeout: 10_000 });
  });

  it('starts the app at once on a device where it has kept a setting, and not where it has kept nothing', async () => {
    s = await openApp({ untouched: true, serviceWorkers: 'block' });
    // The same page, untouched, in a profile where nothing is kept: the app waits.
    await s.page.waitForLoadState('networkidle');
    await s.page.waitForTimeout(1000);
    expect(await s.page.locator(READY).count()).toBe(0);
    // Only the interface language kept (the page's own, so the start page is shown as it is), no database.
    const tab = await s.context.newPage();
    await tab.addInitScript(() => localStorage.setItem('jamlikhetskollen.language.v1', 'sv'));
    await tab.goto(s.baseURL);
    await tab.locator(READY).waitFor({ state: 'attached', timeout: 10_000 });
  });
});
