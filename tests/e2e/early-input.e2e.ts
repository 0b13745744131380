// The start page paints from HTML before its script has run (src/boot.ts), so
// a user can press a button, or choose a file, before the app has taken the
// page over. Such input is held and handed on once the part it landed on
// answers (src/app/early-input.ts), never lost. The app's own code (and the
// code of the part further down) is held back here until the test has acted,
// so the input surely comes first.
import { resolve } from 'node:path';
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import { openApp, READY, stopServer, type Session } from './harness';
import { openHolding } from './hold-back';

let s: Session | undefined;
afterEach(async () => {
  await s?.close();
  s = undefined;
});
afterAll(stopServer);

const V4 = resolve(import.meta.dirname, '../fixtures/formats/v4.json');

describe('input on the start page before the app answers', () => {
  it('a press on a start button is held, marked busy, and carried out once the app is ready', async () => {
    s = await openApp({ serviceWorkers: 'block' });
    const { page, release } = await openHolding(s);
    const begin = page.getByRole('button', { name: /^Påbörja bedömningen\W+Bedöm/ });
    await begin.click();
    expect(await page.locator(READY).count()).toBe(0);
    await expect(begin.getAttribute('aria-busy')).resolves.toBe('true');
    release();
    // The press leads on, as it would have after the app was ready: a new assessment, opened.
    await page.waitForURL(/#\/a\/[^/]+/);
    await page.locator('main h1').filter({ hasNotText: 'Gör en konsekvensbedömning' }).waitFor();
    expect(await page.evaluate(() => document.documentElement.dataset.app)).toBe('ready');
  });

  it('a file chosen before the import part answers is read once it does', async () => {
    s = await openApp({ serviceWorkers: 'block' });
    const { page, release } = await openHolding(s, { held: /\/assets\/home-extras-[^/]+\.js$/ });
    await page.locator(READY).waitFor({ state: 'attached' });
    // The app is ready, but the part with the file field is still the prerendered HTML.
    expect(await page.locator('[data-later]:not([data-later="live"]) input[type="file"]').count()).toBe(1);
    await page.getByLabel('Fil att läsa in').setInputFiles(V4);
    release();
    await page.getByText(/är inläst/).waitFor();
    await expect.poll(() => page.locator('.saved__item').count()).toBe(1);
  });

  it('a file dropped on the page outside the field before the app is ready does not replace the app', async () => {
    s = await openApp({ serviceWorkers: 'block' });
    const { page, release } = await openHolding(s);
    const prevented = await page.evaluate(() => {
      const transfer = new DataTransfer();
      transfer.items.add(new File(['{}'], 'a.json', { type: 'application/json' }));
      const drop = new DragEvent('drop', { dataTransfer: transfer, bubbles: true, cancelable: true });
      document.querySelector('main h1')!.dispatchEvent(drop);
      return drop.defaultPrevented;
    });
    expect(prevented).toBe(true);
    // And once the app is up, the page is still the app's.
    release();
    await page.locator(READY).waitFor({ state: 'attached' });
    expect(new URL(page.url()).origin).toBe(new URL(s.baseURL).origin);
  });
});
