// A page the app draws afresh (opened at another screen, in the language
// not of the page, or in presenter view) never shows the prerendered start
// page for a moment: index.html's inline script (allowed by its hash in the
// CSP) hides it until the app has drawn. The start page itself is never
// hidden. The app's code is held back here, so the moment before it runs
// can be looked at.
import type { Page } from 'playwright-core';
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import { openApp, READY, stopServer, type Session } from './harness';
import { openHolding } from './hold-back';

let s: Session | undefined;
afterEach(async () => {
  await s?.close();
  s = undefined;
});
afterAll(stopServer);

const rootVisible = (page: Page) => page.evaluate(() => getComputedStyle(document.getElementById('root')!).visibility === 'visible');

describe('before the app draws', () => {
  it('a shared link to another screen shows no start page, then that screen', async () => {
    s = await openApp({ serviceWorkers: 'block' });
    const { page, release } = await openHolding(s, { url: `${s.baseURL}#/glossary` });
    expect(await page.locator(READY).count()).toBe(0);
    expect(await rootVisible(page)).toBe(false);
    release();
    await page.locator(READY).waitFor({ state: 'attached' });
    expect(await page.locator('html.app-pending').count()).toBe(0);
    expect(await rootVisible(page)).toBe(true);
    await page.getByRole('heading', { level: 1, name: 'Ordlista' }).waitFor();
  });

  it('the Swedish page, after English was chosen on this device, shows no Swedish start page first', async () => {
    s = await openApp({ serviceWorkers: 'block' });
    const { page, release } = await openHolding(s, {
      before: async (p) => {
        await p.addInitScript(() => localStorage.setItem('jamlikhetskollen.language.v1', 'en'));
      },
    });
    expect(await rootVisible(page)).toBe(false);
    release();
    await page.getByRole('heading', { level: 1, name: 'Carry out an equity impact assessment' }).waitFor();
    expect(await rootVisible(page)).toBe(true);
  });

  it('the start page itself is shown at once, before the app', async () => {
    s = await openApp({ serviceWorkers: 'block' });
    const { page, release } = await openHolding(s);
    expect(await page.locator(READY).count()).toBe(0);
    expect(await rootVisible(page)).toBe(true);
    expect(await page.locator('html.app-pending').count()).toBe(0);
    release();
    await page.locator(READY).waitFor({ state: 'attached' });
  });
});
