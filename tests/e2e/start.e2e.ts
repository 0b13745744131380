// The start screen in real Chromium: Swedish by default, the model's steps
// listed from the data (behind a disclosure), the English switch changing
// texts and <html lang>, the choice remembered, axe clean in both languages,
// nothing requested from another origin; at 1280 × 800 a first-time visitor
// sees both ways to start in the first screen, and with three assessments
// saved the page stays under 4,000 px in both languages.
import type { Page } from 'playwright-core';
import { afterAll, afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Assessment } from '../../src/assessment/assessment';
import { resources, type Language } from '../../src/i18n/resources';
import { questionnaires } from '../../src/questionnaire/catalogue';
import { flattenTexts } from '../../src/questionnaire/texts';
import { CASES, caseAssessment } from '../fixtures/cases';
import { otherLanguageLeaks } from '../fixtures/leaks';
import { seed } from '../fixtures/seed';
import { axeViolations, openApp, stopServer, type Session } from './harness';

let s: Session;
beforeEach(async () => {
  s = await openApp();
});
// close() fails the test if the app requested another origin or logged an error.
afterEach(() => s.close());
afterAll(stopServer);

/** Opens every folded text on the start page (the steps, the five recommendations) as a user would, by its summary. */
async function unfold(page: Page): Promise<void> {
  const closed = page.locator('main details:not([open]) > summary');
  while ((await closed.count()) > 0) await closed.first().click();
}

describe('start screen', () => {
  it('opens in Swedish and lists both questionnaires with their steps', async () => {
    const { page } = s;
    await expect.poll(() => page.locator('html').getAttribute('lang')).toBe('sv');
    await expect.poll(() => page.getByRole('heading', { level: 1 }).textContent()).toBe('Gör en konsekvensbedömning för jämlikhet');
    await unfold(page);
    // Every step of each questionnaire, those shown only on some branches included, in the data's order.
    const content = flattenTexts(resources.sv.content);
    for (const q of questionnaires) {
      const listed = page.locator(`[data-questionnaire="${q.id}"] .step-overview > li > strong`);
      expect(await listed.allInnerTexts(), q.id).toEqual(q.steps.map((step) => content[`steps.${step.id}.title`]));
    }
    expect(questionnaires.map((q) => [q.id, q.steps.length])).toEqual([
      ['proposal', 12],
      ['service-audit', 10],
    ]);
    const text = await page.locator('main').innerText();
    expect(text).toContain('Ge alla barn och unga en bra start i livet');
    expect(text).toContain('inte SKL:s officiella handbok');
    expect(otherLanguageLeaks(await page.locator('body').innerText(), 'sv')).toEqual([]);
  });

  it('switches to English, sets <html lang="en">, and remembers the choice', async () => {
    const { page } = s;
    await page.getByRole('button', { name: 'English' }).click();
    await expect.poll(() => page.locator('html').getAttribute('lang')).toBe('en');
    expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe('Carry out an equity impact assessment');
    expect(await page.getByRole('button', { name: 'English' }).getAttribute('aria-pressed')).toBe('true');
    await unfold(page);
    expect(otherLanguageLeaks(await page.locator('body').innerText(), 'en')).toEqual([]);
    await page.reload();
    await expect.poll(() => page.locator('html').getAttribute('lang')).toBe('en');
    await page.getByRole('button', { name: 'Svenska' }).click();
    await expect.poll(() => page.locator('html').getAttribute('lang')).toBe('sv');
  });

  it.each(['Svenska', 'English'])('has no axe violations (WCAG 2.1 A/AA) in %s', async (language) => {
    const { page } = s;
    await page.getByRole('button', { name: language }).click();
    await page.getByRole('heading', { level: 1 }).waitFor();
    expect(await axeViolations(page)).toEqual([]);
  });

  it('reaches main content through the skip link with the keyboard', async () => {
    const { page } = s;
    await page.keyboard.press('Tab');
    const focused = await page.evaluate(() => document.activeElement?.getAttribute('href'));
    expect(focused).toBe('#main');
    await page.keyboard.press('Enter');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('main');
  });
});

const ui = (lang: Language, key: string) => flattenTexts(resources[lang].ui)[key] as string;

/** The app at 1280 × 800 (the bench's screen) in `lang`, its saved list read. */
async function at1280(page: Page, lang: Language): Promise<void> {
  await page.setViewportSize({ width: 1280, height: 800 });
  if (lang === 'en') await page.getByRole('button', { name: 'English' }).click();
  await page.getByRole('heading', { level: 2, name: ui(lang, 'saved.heading') }).waitFor();
}

describe('start screen size', () => {
  it.each<Language>(['sv', 'en'])('%s: a first-time visitor sees what the tool is and both ways to start in the first screen', async (lang) => {
    const { page } = s;
    await at1280(page, lang);
    expect(await page.locator('.saved__item').count()).toBe(0);
    const fold = await page.evaluate(() => window.innerHeight);
    expect(fold).toBe(800);
    const begins = page.locator('[data-questionnaire] > button');
    expect(await begins.count()).toBe(questionnaires.length);
    for (const shown of [page.locator('h1'), page.locator('.start__lead'), ...(await begins.all())]) {
      const box = (await shown.boundingBox())!;
      expect(box.y + box.height, await shown.innerText()).toBeLessThanOrEqual(fold);
    }
  });

  it.each<Language>(['sv', 'en'])('%s: with three assessments saved, the list comes first and the page stays under 4,000 px', async (lang) => {
    const { page } = s;
    await page.getByRole('heading', { level: 2, name: ui('sv', 'saved.heading') }).waitFor();
    // Three as an official has them: one imported, one copied from an example, one completed.
    const records: Assessment[] = CASES.slice(0, 3).map((c, i) => ({
      ...caseAssessment(c),
      name: `${c.id}: ett namn så långt som de brukar bli i en nämnd`,
      ...(i === 0 ? { origin: { kind: 'file' as const, at: '2026-12-04T14:19:00Z', from: 'bedomning.json' } } : {}),
      ...(i === 1 ? { origin: { kind: 'example' as const, at: '2026-12-03T09:02:00Z', from: 'library' } } : {}),
    }));
    expect(records).toHaveLength(3);
    records[2]!.progress = { ...records[2]!.progress, completedAt: '2026-12-01T12:00:00Z' };
    for (const record of records) await seed(page, record);
    await page.reload();
    await at1280(page, lang);
    await page.waitForFunction(() => document.querySelectorAll('.saved__item').length === 3);
    expect(await page.locator('.saved__origin').count()).toBe(2);
    expect(await page.locator('.saved__completed').count()).toBe(1);

    const top = async (name: string) => (await page.getByRole('heading', { level: 2, name }).boundingBox())!.y;
    expect(await top(ui(lang, 'saved.heading'))).toBeLessThan(await top(ui(lang, 'start.chooseHeading')));
    const height = await page.evaluate(() => document.documentElement.scrollHeight);
    expect(height).toBeLessThan(4000);

    // Each entry's buttons sit beside its text at this width: one row per entry.
    const first = page.locator('.saved__item').first();
    const [text, actions] = [(await first.locator('.saved__text').boundingBox())!, (await first.locator('.saved__actions').boundingBox())!];
    expect(actions.x).toBeGreaterThan(text.x + text.width - 1);

    // Nothing scrolls sideways at 320 px either.
    await page.setViewportSize({ width: 320, height: 800 });
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);
  });
});
