// Every screen beyond the wizard itself, in both languages and in both the
// normal and the presenter (workshop) view: axe finds no WCAG 2.1 A/AA
// violation, and nothing scrolls sideways or is cut off at 320 or 640 CSS px
// (640 px is a 1280 px screen at 200 % zoom). The wizard steps, review,
// results and error states are walked in access.e2e.ts; this file covers the
// start page, a step in presenter view with its reset dialog, the glossary, the comparison,
// the accessibility statement and a broken share link.
import type { Page } from 'playwright-core';
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import { flattenTexts } from '../../src/questionnaire/texts';
import { resources, type Language } from '../../src/i18n/resources';
import { axeViolations, openApp, stopServer, type Session } from './harness';
import { narrowProblems } from './layout';

let s: Session | undefined;
afterEach(async () => {
  await s?.close();
  s = undefined;
});
afterAll(stopServer);

const ui = (lang: Language, key: string) => flattenTexts(resources[lang].ui)[key] as string;

type View = 'normal' | 'presenter';

/** Opens the app in `lang`, switched to `view` the way a user does it. */
async function open(lang: Language, view: View): Promise<Page> {
  s = await openApp();
  const { page } = s;
  if (lang === 'en') await page.getByRole('button', { name: 'English' }).click();
  if (view === 'presenter') {
    await page.getByRole('button', { name: ui(lang, 'workshop.toggle') }).click();
    await page.waitForFunction(() => document.documentElement.dataset.view === 'presenter');
  }
  await page.locator('h1').first().waitFor();
  return page;
}

/** Goes to a hash route and waits for its first-level heading. */
async function visit(page: Page, hash: string, heading: string | RegExp): Promise<void> {
  await page.evaluate((h) => (window.location.hash = h), hash);
  await page.getByRole('heading', { level: 1, name: heading }).waitFor();
}

async function problems(page: Page, screen: string): Promise<string[]> {
  const found = [...(await axeViolations(page)), ...(await narrowProblems(page))];
  return found.map((p) => `${screen}: ${p}`);
}

describe.each<Language>(['sv', 'en'])('screens in %s', (lang) => {
  it.each<View>(['normal', 'presenter'])('%s view: start, glossary, comparison, statement and a broken share link', async (view) => {
    const page = await open(lang, view);
    const found: string[] = [];
    found.push(...(await problems(page, 'start')));

    await visit(page, '#/glossary', ui(lang, 'glossary.heading'));
    found.push(...(await problems(page, 'glossary')));

    await visit(page, '#/compare', ui(lang, 'compare.heading'));
    found.push(...(await problems(page, 'compare')));

    await visit(page, '#/accessibility', ui(lang, 'a11y.statement.title'));
    found.push(...(await problems(page, 'statement')));

    await visit(page, '#/share/not-a-real-link', ui(lang, 'share.failedHeading'));
    found.push(...(await problems(page, 'broken share link')));

    expect(found).toEqual([]);
    expect(await page.evaluate(() => document.documentElement.lang)).toBe(lang);
  });

  it("presenter view: an example step with the link to the trainer's notes and the reset dialog", async () => {
    const page = await open(lang, 'presenter');
    await page.locator('[data-example="library"]').getByRole('button', { name: ui(lang, 'examples.caseOnly') }).click();
    await page.getByRole('button', { name: ui(lang, 'wizard.begin'), exact: true }).click();
    // The notes are the trainer's, in a second window: the projected step only links to them.
    await page.getByRole('link', { name: ui(lang, 'workshop.trainerLink') }).waitFor();
    expect(await page.getByRole('complementary', { name: ui(lang, 'workshop.notesHeading') }).count()).toBe(0);
    const found = await problems(page, 'step in presenter view');

    // The reset is folded away under the workshop tools, so it is not clicked by accident.
    await page.locator('details.workshop-tools summary').click();
    await page.getByRole('button', { name: ui(lang, 'workshop.reset') }).click();
    await page.getByRole('dialog').waitFor();
    found.push(...(await axeViolations(page)).map((p) => `reset dialog: ${p}`));
    await page.keyboard.press('Escape');
    expect(found).toEqual([]);
  });
});
