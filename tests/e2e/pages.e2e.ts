// A step asked per affected group comes one group at a time, in Swedish and
// in English: four groups answered with the keyboard alone, one page each;
// the list of the step's parts and their state; the heading naming the
// group, taking focus and announced; a reload on group 3 returning to
// group 3 with nothing lost; the overview with each group's answers and an
// Edit that opens that group; then the check, one recommendation a page.
// axe, and no sideways scrolling at 320 and 1280 px, on a group's page, the
// overview and a recommendation's page. And the library example, opened
// whole, has no page taller than 4,000 px at 1280 × 800 in either language.
import type { Page } from 'playwright-core';
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import { axeViolations, openApp, stopServer, type Session } from './harness';
import { answerStepByKeyboard, focused, tabTo } from './keyboard';
import { overflow, WIDE } from './layout';
import { completeStep, fieldId, fillCurrentStep, heading } from './wizard-driver';

let s: Session | undefined;
afterEach(async () => {
  await s?.close();
  s = undefined;
});
afterAll(stopServer);

// Four groups answered by keyboard, with checks on every page, take minutes on a busy two-core machine.
const LONG = 600_000;

interface Words {
  lang: 'sv' | 'en';
  choose: RegExp;
  begin: string;
  step: string;
  group: (n: number) => string;
  states: { notStarted: string; started: string; done: string };
  overview: string;
  edit: string;
  save: string;
  check: string;
  filler: string;
  groups: string[];
}

const SV: Words = {
  lang: 'sv',
  choose: /^Påbörja bedömningen\s?:/,
  begin: 'Påbörja bedömningen',
  step: 'Konsekvenser per grupp',
  group: (n) => `grupp ${n} av 4`,
  states: { notStarted: 'Ej påbörjad', started: 'Påbörjad', done: 'Klar' },
  overview: 'Översikt',
  edit: 'Ändra',
  save: 'Spara och fortsätt',
  check: 'Rekommendation 1 av 5',
  filler: 'Svar om gruppen',
  groups: ['Äldre utan dator', 'Barn i årskurs 4–6', 'Nyanlända föräldrar', 'Personer med synnedsättning'],
};

const EN: Words = {
  lang: 'en',
  choose: /^Start the assessment\s?:/,
  begin: 'Start the assessment',
  step: 'Consequences for each group',
  group: (n) => `group ${n} of 4`,
  states: { notStarted: 'Not started', started: 'In progress', done: 'Done' },
  overview: 'Overview',
  edit: 'Edit',
  save: 'Save and continue',
  check: 'Recommendation 1 of 5',
  filler: 'Answer about the group',
  groups: ['Older people without a computer', 'Children in years 4–6', 'Newly arrived parents', 'People with a visual impairment'],
};

/** Fills the steps before the consequences (the mouse driver), with four named groups. */
async function toConsequences(page: Page, w: Words) {
  if (w.lang === 'en') await page.getByRole('button', { name: 'English' }).click();
  await page.getByRole('button', { name: w.choose }).click();
  await page.getByRole('button', { name: w.begin, exact: true }).click();
  await page.locator('form').waitFor();
  const input = {
    basics: { type: { [fieldId('basics.title')]: 'Ändrade öppettider' } },
    screening: { check: [`${fieldId('screening.outcome')}-full`, `${fieldId('screening.children')}-yes`] },
  };
  for (let i = 0; i < 8 && (await page.locator('.page-list').count()) === 0; i += 1) {
    const id = ((await page.locator('form [id^="f-"]').first().getAttribute('id')) ?? '').slice(2).split('__')[0] ?? '';
    if (id === 'groups') await nameGroups(page, w.groups);
    await completeStep(page, input[id as keyof typeof input] ?? {});
  }
  expect(await heading(page)).toBe(`${w.step}: ${w.groups[0]} (${w.group(1)})`);
}

/** Adds three groups to the first and names all four (an item folds when the next is added, so each is answered while open). */
async function nameGroups(page: Page, names: string[]) {
  for (const [i, name] of names.entries()) {
    if (i > 0) await page.locator(`#${fieldId('groups.items')} > button`).last().click();
    await page.locator(`#${fieldId('groups.items', i, 'groups.item.name')}`).fill(name);
    await fillCurrentStep(page);
  }
}

/** The page list's entries: each part's name and state, and which is current. */
async function parts(page: Page) {
  return page.locator('.page-list button').evaluateAll((buttons) =>
    buttons.map((b) => `${b.getAttribute('aria-current') === 'page' ? '> ' : ''}${((b as HTMLElement).innerText ?? '').replace(/\s+/g, ' ').trim()}`),
  );
}

const announced = (page: Page) => page.locator('.wizard__main > [aria-live="polite"]').innerText();

/** The focused element's tag and text (the heading takes focus on every page change). */
const focusedHeading = (page: Page) => page.evaluate(() => `${document.activeElement?.tagName} ${document.activeElement?.textContent?.trim()}`);

/** axe, and no sideways scrolling at 320 and 1280 px wide. */
async function checkPage(page: Page, where: string) {
  expect(await axeViolations(page), `axe on ${where}`).toEqual([]);
  for (const width of [320, 1280]) {
    await page.setViewportSize({ width, height: 800 });
    await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));
    expect(await overflow(page), `${where} at ${width} px`).toEqual([]);
  }
  await page.setViewportSize(WIDE);
}

/**
 * Every page of every step of the library example, opened whole at 1280 × 800:
 * its height in CSS px (deterministic for a build and a Chromium) and its heading.
 */
async function exampleHeights(page: Page, lang: 'sv' | 'en'): Promise<Array<[string, number]>> {
  const heights: Array<[string, number]> = [];
  if (lang === 'en') await page.getByRole('button', { name: 'English' }).click();
  await page.locator('[data-example="library"]').getByRole('button').first().click();
  await page.locator('.step-list').waitFor();
  const steps = page.locator('.step-list .link-button');
  const h1 = async () => (await page.locator('main h1').first().textContent()) ?? '';
  /** Presses a button and waits for the heading to change (or stay, when it is the page on screen). */
  const open = async (button: ReturnType<Page['locator']>) => {
    const before = await h1();
    await button.click();
    await page.waitForFunction((b) => (document.querySelector('main h1')?.textContent ?? '') !== b, before, { timeout: 5_000 }).catch(() => undefined);
    await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));
  };
  const measure = async () => heights.push([await h1(), await page.evaluate(() => document.documentElement.scrollHeight)]);
  for (let i = 0; i < (await steps.count()); i += 1) {
    await open(steps.nth(i));
    const pageButtons = page.locator('.page-list__button');
    const count = await pageButtons.count();
    if (count === 0) await measure();
    for (let p = 0; p < count; p += 1) {
      await open(pageButtons.nth(p));
      await measure();
    }
  }
  return heights;
}

describe('a long case in short pages', () => {
  it.each(['sv', 'en'] as const)('no page of the library example is taller than 4,000 px at 1280 × 800 (%s)', async (lang) => {
    s = await openApp({ viewport: { width: 1280, height: 800 } });
    const heights = await exampleHeights(s.page, lang);
    // Every step with a form, the four groups' pages and the five recommendations' among them.
    expect(heights.length).toBeGreaterThan(15);
    expect(heights.filter(([, h]) => h > 4000)).toEqual([]);
  }, LONG);
});

describe.each([SV, EN])('one group at a time ($lang)', (w) => {
  it('walks four groups by keyboard, keeps a reload on group 3, and shows the overview', async () => {
    s = await openApp({ viewport: { width: 1280, height: 800 } });
    const { page } = s;
    await toConsequences(page, w);
    const { notStarted, started, done } = w.states;

    // Group 1: the list of the step's parts, the heading in focus, the progress.
    expect(await parts(page)).toEqual([...w.groups.map((g, i) => `${i === 0 ? '> ' : ''}${g} ${notStarted}`), w.overview]);
    expect(await page.locator('.progress').innerText()).toMatch(new RegExp(` · ${w.group(1).replace(/^./, (c) => c.toUpperCase())}$`));
    await page.locator('h1').focus();
    await checkPage(page, 'a group page');
    // One group's questions, not four: the page is no longer a wall of repeated questions.
    const height = await page.evaluate(() => document.documentElement.scrollHeight);
    expect(height).toBeLessThan(8000);

    for (const n of [1, 2]) {
      await page.locator('h1').focus();
      await answerStepByKeyboard(page, [], {}, `${w.filler} ${n}`);
      expect(await heading(page)).toBe(`${w.step}: ${w.groups[n]} (${w.group(n + 1)})`);
      expect(await focusedHeading(page)).toBe(`H1 ${w.step}: ${w.groups[n]} (${w.group(n + 1)})`);
      expect(await announced(page)).toContain(w.groups[n]);
    }
    expect((await parts(page)).slice(0, 3)).toEqual([`${w.groups[0]} ${done}`, `${w.groups[1]} ${done}`, `> ${w.groups[2]} ${notStarted}`]);

    // Group 3: part of it answered, then a reload.
    let f = await tabTo(page, (x) => x.type === 'radio');
    await page.keyboard.press('Space');
    const radio = f.id;
    f = await tabTo(page, (x) => x.tag === 'textarea');
    const typed = `${w.filler} 3, osparat`;
    await page.keyboard.type(typed);
    await page.waitForTimeout(1200); // drafts are saved within a second
    await page.reload();
    await page.locator('form').waitFor();
    expect(await heading(page)).toBe(`${w.step}: ${w.groups[2]} (${w.group(3)})`);
    expect(await page.locator(`#${f.id}`).inputValue()).toBe(typed);
    expect(await page.locator(`#${radio}`).isChecked()).toBe(true);
    expect((await parts(page)).slice(0, 4)).toEqual([`${w.groups[0]} ${done}`, `${w.groups[1]} ${done}`, `> ${w.groups[2]} ${started}`, `${w.groups[3]} ${notStarted}`]);

    for (const n of [3, 4]) {
      await page.locator('h1').focus();
      await answerStepByKeyboard(page, [], {}, `${w.filler} ${n}`);
    }
    expect(await heading(page)).toBe(`${w.step}: ${w.overview}`);
    expect(await focusedHeading(page)).toBe(`H1 ${w.step}: ${w.overview}`);
    expect(await parts(page)).toEqual([...w.groups.map((g) => `${g} ${done}`), `> ${w.overview}`]);

    // The overview: one column per group, each with its own answers.
    const columns = await page.locator('.page-overview__table thead th').allInnerTexts();
    expect(columns).toHaveLength(5);
    for (const [i, g] of w.groups.entries()) expect(columns[i + 1]).toContain(g);
    const cells = await page.locator('.page-overview__table tbody tr').evaluateAll((rows) =>
      rows.map((r) => [...r.querySelectorAll('td')].map((td) => td.textContent ?? '')),
    );
    expect(cells.length).toBeGreaterThan(10);
    for (const n of [1, 2, 4]) expect(cells.some((row) => row[n - 1]!.startsWith(`${w.filler} ${n}`)), `group ${n}'s text`).toBe(true);
    expect(cells.some((row) => row[2] === typed)).toBe(true);
    await checkPage(page, 'the overview');

    // Edit opens that group; the list brings the overview back; saving goes on to the check.
    await page.locator('h1').focus();
    await tabTo(page, (x) => x.tag === 'button' && x.name === `${w.edit} ${w.groups[1]}`);
    await page.keyboard.press('Enter');
    await page.waitForFunction((h) => document.querySelector('h1')?.textContent === h, `${w.step}: ${w.groups[1]} (${w.group(2)})`);
    expect(await focusedHeading(page)).toBe(`H1 ${w.step}: ${w.groups[1]} (${w.group(2)})`);
    await tabTo(page, (x) => x.tag === 'button' && x.name === w.overview);
    await page.keyboard.press('Enter');
    await page.waitForFunction((h) => document.querySelector('h1')?.textContent === h, `${w.step}: ${w.overview}`);
    await tabTo(page, (x) => x.type === 'submit');
    expect((await focused(page)).name).toBe(w.save);
    await page.keyboard.press('Enter');
    await page.waitForFunction((h) => document.querySelector('h1')?.textContent?.endsWith(h), w.check);

    // The check: one recommendation a page.
    expect(await page.locator('.page-list button').count()).toBe(6);
    expect(await page.locator('form fieldset.choice').count()).toBeLessThan(12);
    await checkPage(page, 'a recommendation page');
  }, LONG);
});
