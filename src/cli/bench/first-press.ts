/**
 * The first press on the start page, from the press to the next screen's
 * heading, in two ways a visitor meets it:
 * - untouched: the page is loaded and quiet, and the press is the first
 *   thing the visitor does (the pointer arrives and presses at once). The
 *   app's script has not run yet (src/app/intent.ts); the press is held and
 *   carried out once it has (src/app/early-input.ts). This is the price of
 *   running no script for a visitor who never touches the page;
 * - arrived: the pointer has been over the page and the app answers input
 *   before the press, as when a visitor reads the page first.
 * Measured from the driver (press sent → heading changed), so both carry the
 * same small overhead of the driver; each in a fresh profile, nothing cached.
 */
import type { Page } from 'playwright-core';
import { waitForApp } from './usable-load';

const START = /^Påbörja bedömningen\W+Bedöm/;

async function press(page: Page): Promise<number> {
  const heading = await page.locator('main h1').first().textContent();
  const box = await page.getByRole('button', { name: START }).boundingBox();
  if (!box) throw new Error('The start page shows no start button.');
  const start = Date.now();
  await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
  await page.mouse.down();
  await page.mouse.up();
  await page.waitForFunction((before) => document.querySelector('main h1')?.textContent !== before, heading, { timeout: 30_000 });
  return Date.now() - start;
}

/** The first press on a fresh load of `baseURL` (in a fresh profile), the pointer having arrived first or not. */
export async function firstPress(page: Page, baseURL: string, arrived: boolean): Promise<number> {
  await page.goto(baseURL);
  await page.waitForLoadState('networkidle');
  if (arrived) {
    await waitForApp(page);
    await page.waitForLoadState('networkidle');
  }
  return press(page);
}
