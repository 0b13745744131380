/**
 * Step transition time in Chromium: from the click on a step's Next button
 * to the focus landing on the next step's heading, measured inside the page
 * with performance.now() (a capture-phase click listener and a focusin
 * listener), so the driver's own overhead is not counted. New assessments
 * are walked from their first step until `runs` transitions are measured.
 * When the form refuses an answer the driver gave (the first option of a
 * choice can be one the other answers rule out), the walk moves each choice
 * the error summary names on to its next option and submits again; only a
 * submit that reaches the next step counts.
 */
import type { Page } from 'playwright-core';
import { fillCurrentStep } from '../../../tests/e2e/wizard-driver';
import { openApp } from './browser';

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

/** Ticks the next option of each choice the error summary names (wrapping round); false if it names none. */
async function answerOtherwise(page: Page): Promise<boolean> {
  return page.evaluate(() => {
    const targets = [...document.querySelectorAll<HTMLAnchorElement>('.error-summary a[href^="#"]')].map((a) => document.getElementById(decodeURIComponent(a.hash.slice(1))));
    let moved = false;
    for (const target of targets) {
      const inputs = [...(target?.closest('fieldset')?.querySelectorAll<HTMLInputElement>('input[type="radio"], input[type="checkbox"]') ?? [])].filter((i) => !i.disabled);
      if (inputs.length === 0) continue;
      const next = inputs[(inputs.findIndex((i) => i.checked) + 1) % inputs.length]!;
      next.click();
      moved = true;
    }
    return moved;
  });
}

const MAX_RETRIES = 5;

/** Milliseconds from Next to the next heading focused, `runs` times. */
export async function stepTransitions(page: Page, baseURL: string, runs: number): Promise<number[]> {
  const times: number[] = [];
  while (times.length < runs) {
    const before = times.length;
    await openApp(page, baseURL);
    await page.getByRole('button', { name: /^Påbörja bedömningen\W+Bedöm/ }).click();
    await page.getByRole('button', { name: 'Påbörja bedömningen', exact: true }).click();
    await page.locator('form').waitFor();
    await listen(page);
    walk: while (times.length < runs && (await page.locator('form button[type="submit"]').count()) > 0) {
      await fillCurrentStep(page);
      const heading = await page.locator('h1').textContent();
      for (let attempt = 0; ; attempt += 1) {
        await page.locator('form button[type="submit"]').click();
        const moved = await page.waitForFunction(
          (b) => (window.stepTiming?.end && document.querySelector('h1')?.textContent !== b ? 'moved' : document.activeElement?.matches('.error-summary') ? 'refused' : false),
          heading,
          { timeout: 10_000 },
        );
        if ((await moved.jsonValue()) === 'moved') break;
        // A refused answer is not a transition: answer otherwise and submit again, or start a new assessment.
        if (attempt === MAX_RETRIES || !(await answerOtherwise(page))) break walk;
        await fillCurrentStep(page);
      }
      const t = await page.evaluate(() => window.stepTiming!);
      times.push(t.end - t.start);
    }
    if (times.length === before) throw new Error('No step of a new assessment could be completed.');
  }
  return times;
}
