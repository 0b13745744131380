// Drives the wizard like a person with a mouse would, through real DOM
// events: fills every empty visible field of the current page (text, numbers,
// dates, the first option of every unanswered choice), after any explicit choices,
// then presses the page's submit button. A step asked per affected group, and
// the recommendation check, come one page at a time: `completeStep` goes
// through all of a step's pages (and its overview) until the next step opens.
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

/** The ids among `ids` present on the current page (a paged step shows one group or recommendation). */
async function present(page: Page, ids: string[]): Promise<string[]> {
  const out: string[] = [];
  for (const id of ids) if ((await page.locator(`#${id}`).count()) > 0) out.push(id);
  return out;
}

/** Types and ticks the explicit inputs whose fields are on the page now, once each; `used` records them. */
async function applyPresent(page: Page, input: StepInput, used: Set<string>) {
  const typed = await present(page, Object.keys(input.type ?? {}).filter((id) => !used.has(id)));
  for (const id of typed) {
    await page.locator(`#${id}`).fill(input.type![id]!);
    used.add(id);
  }
  const checked = await present(page, (input.check ?? []).filter((id) => !used.has(id)));
  for (const id of checked) {
    await page.locator(`#${id}`).check();
    used.add(id);
  }
}

/**
 * Presses each group's add button the given number of times. The open item
 * is answered first (its explicit inputs, then every empty field): adding an
 * item folds the one before it into a summary, and a folded item's fields
 * are no longer on the page to fill.
 */
async function addItems(page: Page, input: StepInput, used: Set<string>, filler: string) {
  for (const [group, count] of Object.entries(input.addItems ?? {})) {
    if (used.has(group) || (await page.locator(`#${group}`).count()) === 0) continue;
    used.add(group);
    for (let i = 0; i < count; i += 1) {
      await applyPresent(page, input, used);
      await fillEmpty(page, filler);
      await page.locator(`#${group} > button`).last().click();
    }
  }
  await applyPresent(page, input, used);
}

/**
 * Fills the page: the explicit inputs as their fields appear (items added as
 * asked), then every other empty field. An explicit input whose field never
 * showed is typed last, so a test that names a field the page lacks fails there.
 */
export async function fillCurrentStep(page: Page, input: StepInput = {}, filler = 'Svar med åäö') {
  const used = new Set<string>();
  await applyPresent(page, input, used);
  await addItems(page, input, used, filler);
  for (const [id, text] of Object.entries(input.type ?? {})) if (!used.has(id)) await page.locator(`#${id}`).fill(text);
  for (const id of input.check ?? []) if (!used.has(id)) await page.locator(`#${id}`).check();
  await fillEmpty(page, filler);
}

/** Fills every empty visible field of the page: numbers, text, dates, the first option of each unanswered choice. */
async function fillEmpty(page: Page, filler: string) {
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
      // A folded optional box (a justification the rating does not need) is left as it is.
      if ((await el.inputValue()) === '' && (await el.isVisible())) {
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

/** What says which step is on screen: the step list's current entry (none on the start, review and results pages). */
export async function currentStepMark(page: Page): Promise<string> {
  const current = page.locator('.step-list [aria-current="step"]');
  return (await current.count()) > 0 ? ((await current.textContent()) ?? '') : '';
}

/**
 * Answers every page of the current step and submits each, until another
 * step (or the review page) opens: a step shown whole takes one round; a
 * paged step one per group or recommendation and one for its overview.
 * `input` applies on the page where its fields are; every id in it must be
 * met on some page. Returns how many pages the step had.
 */
export async function completeStep(page: Page, input: StepInput = {}, filler = 'Svar med åäö'): Promise<number> {
  const step = await currentStepMark(page);
  const used = new Set<string>();
  let pages = 0;
  do {
    // Explicit inputs apply on the page where their fields are; items are added (and answered) one at a time.
    await applyPresent(page, input, used);
    await addItems(page, input, used, filler);
    await fillEmpty(page, filler);
    await submitStep(page);
    pages += 1;
  } while (pages < 30 && (await currentStepMark(page)) === step);
  const wanted = [...(input.check ?? []), ...Object.keys(input.type ?? {}), ...Object.keys(input.addItems ?? {})];
  const missed = wanted.filter((id) => !used.has(id));
  if (missed.length) throw new Error(`Fields never shown in step "${step}": ${missed.join(', ')}`);
  return pages;
}

/** The step's id as its first field names it (`f-basics__title` → basics); '' on a page with no field (an overview). */
export async function fieldStepId(page: Page): Promise<string> {
  const first = page.locator('form [id^="f-"]').first();
  if ((await first.count()) === 0) return '';
  return ((await first.getAttribute('id')) ?? '').slice(2).split('__')[0] ?? '';
}

export async function heading(page: Page): Promise<string> {
  return ((await page.locator('h1').textContent()) ?? '').trim();
}

/**
 * Opens every step's answers on the review page, as a reader who goes
 * through the whole list does: the page shows each step folded to its
 * heading and one line, with "Visa alla svar" above them. Returns how many
 * steps it opened.
 */
export async function showAllAnswers(page: Page): Promise<number> {
  const all = page.locator('.review__all button');
  await all.waitFor();
  if ((await all.getAttribute('aria-expanded')) !== 'true') await all.click();
  // The button names every part it opens: wait until each of them shows.
  const ids = ((await all.getAttribute('aria-controls')) ?? '').split(' ').filter(Boolean);
  await page.waitForFunction((list) => list.every((id) => document.getElementById(id)?.hidden === false), ids);
  return ids.length;
}
