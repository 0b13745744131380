// The screens a long assessment is now worked through, in real Chromium,
// in Swedish and English and in both the normal and the presenter
// (workshop) view: the review page (folded, then with every answer shown),
// a step asked per group (its overview and one group's page), the check (its
// overview and one recommendation's page), and the results page with its
// long parts folded and opened. On each, axe finds no WCAG 2.1 A/AA
// violation, and nothing scrolls sideways or is cut off at 320, 640 or 1280
// CSS px (640 px is 1280 px at 200 % zoom). The library example, opened
// whole, reaches them all without typing; one browser page per language and
// view walks forward through them. Everything is found by role and by the
// name the locale files give it, not by layout.
import type { Page } from 'playwright-core';
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import { resources, type Language } from '../../src/i18n/resources';
import { flattenTexts } from '../../src/questionnaire/texts';
import { file } from '../fixtures/cases';
import { openFolds } from './folds';
import { axeViolations, openApp, stopServer, type Session } from './harness';
import { narrowProblems, overflow } from './layout';

let s: Session | undefined;
afterEach(async () => {
  await s?.close();
  s = undefined;
});
afterAll(stopServer);

// Eight screens, each with axe and two widths, on a busy two-core machine.
const LONG = 300_000;

const ui = (lang: Language, key: string) => flattenTexts(resources[lang].ui)[key] as string;
const content = (lang: Language, key: string) => flattenTexts(resources[lang].content)[key] as string;
const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

// The steps are found by their kind, so the test follows the questionnaire file.
const PER_ITEM = file.steps.find((st) => st.kind === 'per-item')!;
const CHECK = file.steps.find((st) => st.kind === 'recommendation-check')!;

type View = 'normal' | 'presenter';

/** Opens the app in `lang` and `view` the way a user does, then the library example whole (it opens on the review page). */
async function openExample(lang: Language, view: View): Promise<Page> {
  s = await openApp();
  const { page } = s;
  if (lang === 'en') await page.getByRole('button', { name: 'English' }).click();
  if (view === 'presenter') {
    await page.getByRole('button', { name: ui(lang, 'workshop.toggle') }).click();
    await page.waitForFunction(() => document.documentElement.dataset.view === 'presenter');
  }
  await page.locator('[data-example="library"]').getByRole('button', { name: ui(lang, 'examples.whole') }).click();
  await page.getByRole('heading', { level: 1, name: ui(lang, 'review.heading') }).waitFor();
  return page;
}

/** axe, the narrow widths and the full width (1280 px) on the screen now, as `screen: problem` lines. */
async function problems(page: Page, screen: string): Promise<string[]> {
  // narrowProblems leaves the window 1280 px wide again: the wide layout is read last.
  const found = [...(await axeViolations(page)), ...(await narrowProblems(page)), ...(await overflow(page)).map((p) => `1280px: ${p}`)];
  return found.map((p) => `${screen}: ${p}`);
}

/** Presses a button and waits for the first-level heading that begins with `start`. */
async function open(page: Page, button: ReturnType<Page['getByRole']>, start: string): Promise<string> {
  await button.click();
  const h1 = page.getByRole('heading', { level: 1, name: new RegExp(`^${escape(start)}`) });
  await h1.waitFor();
  return ((await h1.textContent()) ?? '').trim();
}

/** A step in the list of steps, by its title. */
const stepButton = (page: Page, lang: Language, stepId: string) =>
  page.getByRole('navigation', { name: ui(lang, 'wizard.stepListLabel') }).getByRole('button', { name: content(lang, `steps.${stepId}.title`), exact: true });

/** The parts of the paged step on screen: each a button named by its title (and its state). */
const parts = (page: Page, lang: Language) => page.getByRole('navigation', { name: ui(lang, 'wizard.pageListLabel') }).getByRole('button');

describe.each<Language>(['sv', 'en'])('the pages of a long assessment (%s)', (lang) => {
  it.each<View>(['normal', 'presenter'])(
    '%s view: review, a group page and its overview, a recommendation page and the check overview, results folded and open',
    async (view) => {
      const page = await openExample(lang, view);
      const found: string[] = [];
      found.push(...(await problems(page, 'review')));
      // The review folds each step to one line; "show all answers" opens every one.
      const showAll = page.getByRole('button', { name: ui(lang, 'review.showAll'), exact: true });
      await showAll.click();
      await page.getByRole('button', { name: ui(lang, 'review.hideAll'), exact: true }).waitFor();
      found.push(...(await problems(page, 'review, every answer shown')));

      // A step already answered opens on its overview; the list of parts leads to one group's page.
      const stepTitle = content(lang, `steps.${PER_ITEM.id}.title`);
      const overview = `${stepTitle}: ${ui(lang, 'wizard.overview')}`;
      expect(await open(page, stepButton(page, lang, PER_ITEM.id), stepTitle)).toBe(overview);
      expect(await page.getByRole('table').count(), 'the overview shows the answers as a table').toBeGreaterThan(0);
      found.push(...(await problems(page, 'group overview')));
      const groupPage = await open(page, parts(page, lang).first(), `${stepTitle}: `);
      expect(groupPage).not.toBe(overview);
      expect(await page.locator('form fieldset').count(), 'a group page has questions').toBeGreaterThan(0);
      found.push(...(await problems(page, 'group page')));

      // The check, the same way: its overview, then the first recommendation.
      const checkTitle = content(lang, `steps.${CHECK.id}.title`);
      expect(await open(page, stepButton(page, lang, CHECK.id), checkTitle)).toBe(`${checkTitle}: ${ui(lang, 'wizard.overview')}`);
      found.push(...(await problems(page, 'check overview')));
      const rec = await open(page, parts(page, lang).first(), `${checkTitle}: `);
      expect(rec).toContain(ui(lang, 'wizard.recommendationPage').replace('{{number}}', '1'));
      found.push(...(await problems(page, 'recommendation page')));

      // The results: the summary with the long parts folded, then every part opened.
      await open(page, page.getByRole('button', { name: ui(lang, 'wizard.showResults') }), ui(lang, 'results.heading'));
      found.push(...(await problems(page, 'results, folded')));
      const opened = await openFolds(page);
      expect(opened, 'the results page has folded parts').toBeGreaterThan(0);
      found.push(...(await problems(page, 'results, opened')));

      expect(found).toEqual([]);
      expect(await page.evaluate(() => document.documentElement.lang)).toBe(lang);
      // The presenter view held from the start page to the last screen.
      expect(await page.evaluate(() => document.documentElement.dataset.view ?? 'normal')).toBe(view);
    },
    LONG,
  );
});
