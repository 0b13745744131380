// The documented limits in real Chromium (questionnaires/README.md): an
// answer of 200,000 characters and 40 affected groups. The long answer is
// typed with page.fill, survives next and back, and the review page shows it
// whole; 40 groups are added, each gets its consequences, and the review
// page lists the 40th.
import type { Page } from 'playwright-core';
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import { LONG_ANSWER_CHARS, MANY_GROUPS, longAnswer } from '../fixtures/limits';
import { openApp, stopServer, type Session } from './harness';
import { fieldId, fillCurrentStep, heading, showAllAnswers, submitStep } from './wizard-driver';

let s: Session | undefined;
afterEach(async () => {
  await s?.close();
  s = undefined;
});
afterAll(stopServer);

const REVIEW = 'Kontrollera dina svar';
const groupName = (n: number) => `Grupp ${n} i Årsta`;

async function back(page: Page) {
  const before = await heading(page);
  await page.locator('form').getByRole('button', { name: 'Tillbaka', exact: true }).click();
  await page.waitForFunction((b) => document.querySelector('h1')?.textContent !== b, before);
}

/** Adds groups until there are `count`, names each, and ticks its first factor. */
async function addGroups(page: Page, count: number) {
  const add = page.locator(`#${fieldId('groups.items')} > button`).last();
  for (let i = 1; i < count; i += 1) await add.click();
  for (let i = 0; i < count; i += 1) {
    await page.locator(`#${fieldId('groups.items', i, 'groups.item.name')}`).fill(groupName(i + 1));
    await page.locator(`#${fieldId('groups.items', i, 'groups.item.factors')}-sex`).check();
  }
}

describe('the documented limits in the browser', () => {
  it('a 200,000-character answer and 40 affected groups: typed, kept through next and back, reviewed', async () => {
    s = await openApp();
    const { page } = s;
    const long = longAnswer();
    expect(long).toHaveLength(LONG_ANSWER_CHARS);
    await page.getByRole('button', { name: /^Påbörja bedömningen\s?:/ }).click();
    await page.getByRole('button', { name: 'Påbörja bedömningen', exact: true }).click();
    await page.locator('form').waitFor();
    await fillCurrentStep(page);
    await submitStep(page);

    // The proposal step: the long answer, then next, back, and it is all still there.
    const what = page.locator(`#${fieldId('proposal.what')}`);
    await what.fill(long);
    await fillCurrentStep(page);
    await submitStep(page);
    await back(page);
    expect(await what.inputValue()).toBe(long);
    await submitStep(page);

    await fillCurrentStep(page, { check: [`${fieldId('screening.outcome')}-light`] });
    await submitStep(page);
    await addGroups(page, MANY_GROUPS);
    await fillCurrentStep(page);
    await submitStep(page);
    // The screening said children are affected (its first option), so a light analysis asks about them next.
    await page.locator(`#${fieldId('children.best-interests')}`).waitFor();
    await fillCurrentStep(page);
    await submitStep(page);
    // A light analysis then asks in brief what is known, what is not and who was asked.
    await page.locator(`#${fieldId('evidence-brief.known')}`).waitFor();
    await fillCurrentStep(page);
    await submitStep(page);

    // Consequences: one page per group, the required rating ticked on each; the list of the step's parts names all 40.
    expect(await page.locator('.page-list button').count()).toBe(MANY_GROUPS + 1);
    expect(await page.locator('.page-list').innerText()).toContain(groupName(MANY_GROUPS));
    const rating = page.locator('input[type="radio"][id^="f-consequences__rating-"][id$="-positive"]');
    for (let i = 0; i < MANY_GROUPS; i += 1) {
      await rating.check();
      await submitStep(page);
    }
    // The overview has a column per group; back from the next step returns to it.
    expect(await page.locator('.page-overview__table thead th').count()).toBe(MANY_GROUPS + 1);
    await submitStep(page);
    await back(page);
    expect(await page.locator('.page-overview__table').innerText()).toContain(groupName(MANY_GROUPS));
    await submitStep(page);

    // The check comes a recommendation a page, then its overview.
    for (let i = 0; i < 15 && (await heading(page)) !== REVIEW; i += 1) {
      await fillCurrentStep(page);
      await submitStep(page);
    }
    expect(await heading(page)).toBe(REVIEW);
    await showAllAnswers(page);
    const review = await page.locator('main').innerText();
    expect(review).toContain(long);
    expect(review).toContain(groupName(MANY_GROUPS));
  }, 600_000);
});
