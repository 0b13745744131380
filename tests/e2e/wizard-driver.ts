// Drives the wizard like a person with a mouse would, through real DOM
// events: fills every empty visible field of the current step (text, numbers,
// dates, the first option of every unanswered choice), after any explicit choices,
// then presses the step's submit button.
import type { Page } from 'playwright-core';

/** The DOM id of a field: mirrors `domId(fieldName(...))` in src/ui/form. */
export const fieldId = (questionId: string, ...rest: Array<string | number>) =>
  `f-${[questionId, ...rest.map(String)].map((p) => p.replaceAll('.', '__')).join('-')}`;

export interface StepInput {
  /** Radio or checkbox ids to tick first: `${fieldId(q)}-${optionId}`. */
  check?: string[];
  /** Text to type into given field ids first. */
  type?: Record<string, string>;
  /** Group fields (`#fieldset id`) in which to add this many extra items. */
  addItems?: Record<string, number>;
}

export async function fillCurrentStep(page: Page, input: StepInput = {}, filler = 'Svar med åäö') {
  for (const [group, count] of Object.entries(input.addItems ?? {})) {
    for (let i = 0; i < count; i += 1) {
      await page.locator(`#${group} > button`).last().click();
    }
  }
  for (const [id, text] of Object.entries(input.type ?? {})) await page.locator(`#${id}`).fill(text);
  for (const id of input.check ?? []) await page.locator(`#${id}`).check();
  // Two passes: an answer can reveal a further question (a show-if).
  for (let pass = 0; pass < 2; pass += 1) {
    // A number question is a text input with the decimal keypad: it gets a number, not words.
    const numbers = page.locator('form input[inputmode="decimal"]');
    for (let i = 0; i < (await numbers.count()); i += 1) {
      if ((await numbers.nth(i).inputValue()) === '') await numbers.nth(i).fill('50');
    }
    const texts = page.locator('form input[type="text"]:not([inputmode="decimal"]), form input[type="email"], form textarea');
    for (let i = 0; i < (await texts.count()); i += 1) {
      const el = texts.nth(i);
      if ((await el.inputValue()) === '') {
        const email = (await el.getAttribute('type')) === 'email';
        await el.fill(email ? 'namn@kommun.se' : `${filler} ${i + 1}`);
      }
    }
    const dates = page.locator('form input[type="date"]');
    for (let i = 0; i < (await dates.count()); i += 1) {
      if ((await dates.nth(i).inputValue()) === '') await dates.nth(i).fill('2026-12-01');
    }
    const choices = page.locator('form fieldset.choice');
    for (let i = 0; i < (await choices.count()); i += 1) {
      const set = choices.nth(i);
      if ((await set.locator('input:checked').count()) === 0 && (await set.locator('input').count()) > 0) {
        await set.locator('input').first().check();
      }
    }
  }
}

export async function submitStep(page: Page) {
  const before = await page.locator('h1').textContent();
  await page.locator('form button[type="submit"]').click();
  await page.waitForFunction((b) => document.querySelector('h1')?.textContent !== b, before, { timeout: 10_000 });
}

export async function heading(page: Page): Promise<string> {
  return ((await page.locator('h1').textContent()) ?? '').trim();
}
