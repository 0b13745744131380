// The review page ("Kontrollera dina svar") of the library example, in real
// Chromium at 1280 × 800: every step folded to its heading, one line and its
// buttons, so the page stays short (under 4,000 px in Swedish and English);
// each step's change button opens that step and saving leads back; "Visa
// alla svar" opens every step and "Dölj alla svar" folds them again; one
// step opens on its own; axe finds nothing with the steps folded or open;
// nothing scrolls sideways at 320 or 640 px; printed, every answer shows.
import type { Page } from 'playwright-core';
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import type { Assessment } from '../../src/assessment/assessment';
import { resources, type Language } from '../../src/i18n/resources';
import { flattenTexts } from '../../src/questionnaire/texts';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { axeViolations, openApp, stopServer, type Session } from './harness';
import { narrowProblems } from './layout';
import { currentStepMark, heading, showAllAnswers, submitStep } from './wizard-driver';

let s: Session | undefined;
afterEach(async () => {
  await s?.close();
  s = undefined;
});
afterAll(stopServer);

const ui = (lang: Language, key: string) => flattenTexts(resources[lang].ui)[key] as string;
const library = (lang: Language): Assessment =>
  JSON.parse(readFileSync(resolve(import.meta.dirname, `../../questionnaires/examples/library.${lang}.json`), 'utf8')) as Assessment;

/** Opens the library example whole in `lang`: it lands on the review page. */
async function openReview(lang: Language): Promise<Page> {
  s = await openApp({ viewport: { width: 1280, height: 800 } });
  const { page } = s;
  if (lang === 'en') await page.getByRole('button', { name: 'English' }).click();
  await page.getByRole('heading', { name: ui(lang, 'examples.heading') }).waitFor();
  await page.locator('[data-example="library"]').getByRole('button', { name: ui(lang, 'examples.whole') }).click();
  await page.getByRole('heading', { level: 1, name: ui(lang, 'review.heading') }).waitFor();
  return page;
}

const pageHeight = (page: Page) => page.evaluate(() => document.documentElement.scrollHeight);
/** The steps' folded bodies on the page, and how many of them show. */
const bodies = (page: Page) =>
  page.evaluate(() => {
    const all = [...document.querySelectorAll<HTMLElement>('.review-section__body')].filter((b) => !b.closest('.review-section')?.querySelector('.decision-text'));
    return { total: all.length, shown: all.filter((b) => !b.hidden).length };
  });

describe('the review page', () => {
  it.each<Language>(['sv', 'en'])('is short with every step folded, opens them all on request, and is axe-clean both ways (%s)', async (lang) => {
    const page = await openReview(lang);
    const height = await pageHeight(page);
    expect(height).toBeLessThan(4000);
    const folded = await bodies(page);
    expect(folded.total).toBeGreaterThanOrEqual(10);
    expect(folded.shown).toBe(0);
    expect(await axeViolations(page)).toEqual([]);
    // Each step's line counts its answers.
    const lines = await page.locator('.review-section__summary').allInnerTexts();
    expect(lines.filter((l) => /\d/.test(l)).length).toBeGreaterThanOrEqual(folded.total);

    const source = library(lang);
    const closedText = await page.locator('main').innerText();
    expect(closedText).not.toContain(source.answers['basics.title']);
    expect(await showAllAnswers(page)).toBe(folded.total);
    expect(await bodies(page)).toEqual({ total: folded.total, shown: folded.total });
    const all = page.locator('.review__all button');
    expect(await all.innerText()).toBe(ui(lang, 'review.hideAll'));
    expect(await all.getAttribute('aria-expanded')).toBe('true');
    const open = await page.locator('main').innerText();
    expect(open).toContain(source.answers['basics.title']);
    // Every answer given is there: each group's name and each measure's text.
    const groups = (source.answers['groups.items'] as Array<{ values: Record<string, string> }>).map((i) => i.values['groups.item.name']!);
    expect(groups.length).toBeGreaterThan(1);
    for (const name of groups) expect(open).toContain(name);
    expect(await pageHeight(page)).toBeGreaterThan(height * 3);
    expect(await axeViolations(page)).toEqual([]);
    expect(await narrowProblems(page)).toEqual([]);

    await all.click();
    expect(await bodies(page)).toEqual({ total: folded.total, shown: 0 });
    expect(await all.innerText()).toBe(ui(lang, 'review.showAll'));

    // Printed, the page is the whole list: every folded step shows, and the buttons that fold are left out.
    await page.emulateMedia({ media: 'print' });
    expect(await page.locator('.review-section__body').evaluateAll((els) => els.filter((e) => e.getBoundingClientRect().height > 0).length)).toBe(await page.locator('.review-section__body').count());
    expect(await all.isVisible()).toBe(false);
    await page.emulateMedia({ media: 'screen' });
  }, 180_000);

  it('opens one step on its own: its button says so and the others stay folded', async () => {
    const page = await openReview('sv');
    const section = page.locator('.review-section').filter({ has: page.getByRole('heading', { level: 2, name: 'Berörda grupper' }) });
    // The button's name says which step it opens; once open, it says it hides them (so it is found by its class after).
    expect(await section.getByRole('button', { name: /^Visa svaren\W+Berörda grupper$/ }).count()).toBe(1);
    const toggle = section.locator('.review-section__toggle');
    expect(await toggle.getAttribute('aria-expanded')).toBe('false');
    await toggle.click();
    expect(await toggle.getAttribute('aria-expanded')).toBe('true');
    expect(await toggle.innerText()).toContain(ui('sv', 'review.hide'));
    expect(await section.locator('.review-section__body').isVisible()).toBe(true);
    expect(await bodies(page)).toMatchObject({ shown: 1 });
    expect(await section.locator('.answers__row').count()).toBeGreaterThan(1);
    expect(await toggle.evaluate((b) => b === document.activeElement)).toBe(true);
  }, 120_000);

  it('opens each step with its change button, and saving the step leads back to the review page', async () => {
    const page = await openReview('sv');
    const titles = await page.locator('.review-section h2').allInnerTexts();
    const steps = titles.filter((t) => t !== ui('sv', 'decisionText.ui.heading'));
    expect(steps.length).toBeGreaterThanOrEqual(10);
    for (const title of steps) {
      await page.getByRole('button', { name: `Ändra ${title}`, exact: true }).click();
      await page.waitForFunction((h) => document.querySelector('h1')?.textContent !== h, ui('sv', 'review.heading'));
      expect(await currentStepMark(page), title).toContain(title);
      // Each page of the step is saved as it is, until the review page is back.
      for (let i = 0; i < 12 && (await heading(page)) !== ui('sv', 'review.heading'); i += 1) await submitStep(page);
      expect(await heading(page), title).toBe(ui('sv', 'review.heading'));
      expect(await page.evaluate(() => document.activeElement?.tagName)).toBe('H1');
    }
  }, 300_000);
});
