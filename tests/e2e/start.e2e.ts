// The start screen in real Chromium: Swedish by default, the model's steps
// listed from the data, the English switch changing texts and <html lang>,
// the choice remembered, axe clean in both languages, nothing requested
// from another origin.
import { afterAll, afterEach, beforeEach, describe, expect, it } from 'vitest';
import { resources } from '../../src/i18n/resources';
import { questionnaires } from '../../src/questionnaire/catalogue';
import { flattenTexts } from '../../src/questionnaire/texts';
import { otherLanguageLeaks } from '../fixtures/leaks';
import { axeViolations, openApp, stopServer, type Session } from './harness';

let s: Session;
beforeEach(async () => {
  s = await openApp();
});
// close() fails the test if the app requested another origin or logged an error.
afterEach(() => s.close());
afterAll(stopServer);

describe('start screen', () => {
  it('opens in Swedish and lists both questionnaires with their steps', async () => {
    const { page } = s;
    await expect.poll(() => page.locator('html').getAttribute('lang')).toBe('sv');
    await expect.poll(() => page.getByRole('heading', { level: 1 }).textContent()).toBe('Gör en konsekvensbedömning för jämlikhet');
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
