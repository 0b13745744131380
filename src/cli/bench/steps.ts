/**
 * Step transition time in Chromium: from the click on a step's Next button
 * to the focus landing on the next step's heading, measured inside the page
 * with performance.now() (a capture-phase click listener and a focusin
 * listener), so the driver's own overhead is not counted. New assessments
 * are walked from their first step until `runs` transitions are measured.
 */
import type { Page } from 'playwright-core';
import { fillCurrentStep } from '../../../tests/e2e/wizard-driver';

declare global {
  interface Window {
    stepTiming?: { start: number; end: number };
  }
}

async function listen(page: Page): Promise<void> {
  await page.evaluate(() => {
    window.stepTiming = { start: 0, end: 0 };
    document.addEventListener('click', (e) => {
      if ((e.target as Element).closest('form button[type="submit"]')) window.stepTiming = { start: performance.now(), end: 0 };
    }, true);
    document.addEventListener('focusin', (e) => {
      const timing = window.stepTiming;
      if (timing && timing.start && !timing.end && (e.target as Element).matches('h1')) timing.end = performance.now();
    });
  });
}

/** Milliseconds from Next to the next heading focused, `runs` times. */
export async function stepTransitions(page: Page, baseURL: string, runs: number): Promise<number[]> {
  const times: number[] = [];
  while (times.length < runs) {
    await page.goto(baseURL);
    await page.getByRole('button', { name: /^Påbörja bedömningen\W+Bedöm/ }).click();
    await page.getByRole('button', { name: 'Påbörja bedömningen', exact: true }).click();
    await page.locator('form').waitFor();
    await listen(page);
    while (times.length < runs && (await page.locator('form button[type="submit"]').count()) > 0) {
      await fillCurrentStep(page);
      const before = await page.locator('h1').textContent();
      await page.locator('form button[type="submit"]').click();
      await page.waitForFunction((b) => window.stepTiming?.end && document.querySelector('h1')?.textContent !== b, before, { timeout: 10_000 });
      const t = await page.evaluate(() => window.stepTiming!);
      times.push(t.end - t.start);
    }
  }
  return times;
}
