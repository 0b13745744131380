// Handing out a case and collecting the groups' work, in real Chromium, in
// Swedish and in English: the trainer starts a workshop on the library
// example and shows the hand-out; its QR code decodes (jsQR on a screenshot)
// to exactly the group's link. Three groups, each in a fresh browser set to
// the other language, open that link: they see the case and the
// "copy saved" confirmation in the link's language, must give a group name,
// get past step 1 without the date, answer differently (screening depth,
// overall judgement) and save their files. The trainer loads the three files
// into the comparison, whose columns are the groups' names. An old share
// link without a language still opens.
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import jsQR from 'jsqr';
import { PNG } from 'pngjs';
import type { Page } from 'playwright-core';
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import { caseOnlyCopy } from '../../src/assessment/local-copy';
import { encodeShareData } from '../../src/assessment/share-link';
import { resources, type Language } from '../../src/i18n/resources';
import { flattenTexts } from '../../src/questionnaire/texts';
import { CASES, caseAssessment, file } from '../fixtures/cases';
import { axeViolations, openApp, stopServer, type Session } from './harness';
import { fieldId, submitStep } from './wizard-driver';

let s: Session | undefined;
afterEach(async () => {
  await s?.close();
  s = undefined;
});
afterAll(stopServer);

const dir = mkdtempSync(join(tmpdir(), 'jk-handout-'));
const LOCALE: Record<Language, string> = { sv: 'sv-SE', en: 'en-GB' };
const other = (lang: Language): Language => (lang === 'sv' ? 'en' : 'sv');
const libraryTitle = (lang: Language): string =>
  (JSON.parse(readFileSync(resolve(import.meta.dirname, `../../questionnaires/examples/library.${lang}.json`), 'utf8')) as { answers: Record<string, string> }).answers['basics.title']!;

/** An interface text in `lang`, with its {{parameters}} filled in. */
function t(lang: Language, key: string, params: Record<string, string | number> = {}): string {
  const text = flattenTexts(resources[lang].ui)[key];
  if (typeof text !== 'string') throw new Error(`No text ${key}`);
  return text.replace(/{{(\w+)}}/g, (_, name: string) => String(params[name]));
}

/**
 * A browser whose user has chosen `lang` (the app goes by the choice saved on
 * the device, not by the browser's locale): the choice is saved and the page
 * reloaded, as after using the language menu.
 */
async function chooseLanguage(page: Page, lang: Language): Promise<void> {
  await page.evaluate((l) => localStorage.setItem('jamlikhetskollen.language.v1', l), lang);
  await page.reload();
  await page.locator('main h1').waitFor();
  expect(await page.evaluate(() => document.documentElement.lang)).toBe(lang);
}

/** The text the QR code in the open hand-out holds, read from a screenshot of it. */
async function scanHandOut(page: Page): Promise<string | undefined> {
  const code = page.locator('dialog[open] img');
  await code.waitFor();
  await page.waitForFunction(() => (document.querySelector('dialog[open] img') as HTMLImageElement | null)?.complete === true);
  const png = PNG.sync.read(await code.screenshot());
  return jsQR(new Uint8ClampedArray(png.data.buffer, png.data.byteOffset, png.data.length), png.width, png.height)?.data;
}

/** What each group answers differently. */
const GROUPS = [
  { name: { sv: 'Grupp Ek', en: 'Oak group' }, outcome: 'light', judgement: 'adjust' },
  { name: { sv: 'Grupp Björk', en: 'Birch group' }, outcome: 'full', judgement: 'rework' },
  { name: { sv: 'Grupp Lönn', en: 'Maple group' }, outcome: 'light', judgement: 'proceed' },
] as const;

/** One group, in a browser of the other language, from the link to its saved file. */
async function groupWork(link: string, lang: Language, group: (typeof GROUPS)[number]): Promise<string> {
  s = await openApp({ locale: LOCALE[other(lang)] });
  const { page } = s;
  await chooseLanguage(page, other(lang));
  await page.goto(link);
  // The interface switches to the link's language (its texts may have to load first).
  await page.waitForFunction((l) => document.documentElement.lang === l, lang, { timeout: 15_000 });
  await page.getByText(t(lang, 'share.copySaved')).waitFor();
  // The case is the worked example's, in the link's language.
  expect(await page.locator('main h1').innerText()).toBe(libraryTitle(lang));
  expect(await axeViolations(page)).toEqual([]);

  // The name is required: the error is tied to the field, which takes focus.
  const field = page.getByLabel(t(lang, 'join.nameLabel'));
  await page.getByRole('button', { name: t(lang, 'join.start') }).click();
  await page.getByText(t(lang, 'join.nameMissing')).waitFor();
  expect(await field.getAttribute('aria-invalid')).toBe('true');
  expect(await field.evaluate((el) => el === document.activeElement)).toBe(true);
  await field.fill(group.name[lang]);
  await page.getByRole('button', { name: t(lang, 'join.start') }).click();

  // The wizard opens on the copy; step 1 is left without a date and moves on.
  await page.getByRole('button', { name: t(lang, 'wizard.begin') }).click();
  await page.locator(`#${fieldId('basics.date')}`).waitFor();
  expect(await page.locator(`#${fieldId('basics.date')}`).inputValue()).toBe('');
  expect(await page.locator(`#${fieldId('basics.assessors')}`).inputValue()).toBe(group.name[lang]);
  await submitStep(page);
  expect(await page.locator(`#${fieldId('basics.date')}`).count()).toBe(0);

  // Then only what this group decides: the depth of the analysis and the overall judgement.
  const reviewHeading = t(lang, 'review.heading');
  for (let i = 0; i < 40 && (await page.locator('main h1').innerText()) !== reviewHeading; i += 1) {
    const outcome = page.locator(`#${fieldId('screening.outcome')}-${group.outcome}`);
    if ((await outcome.count()) > 0) {
      await page.locator(`#${fieldId('screening.children')}-yes`).check();
      await outcome.check();
    }
    const judgement = page.locator(`#${fieldId('summary.judgement')}-${group.judgement}`);
    if ((await judgement.count()) > 0) await judgement.check();
    await submitStep(page);
  }
  expect(await page.locator('main h1').innerText()).toBe(reviewHeading);

  const [saved] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: t(lang, 'export.json') }).first().click()]);
  const path = join(dir, `${lang}-${saved.suggestedFilename()}`);
  await saved.saveAs(path);
  await s.close();
  s = undefined;
  return path;
}

describe.each(['sv', 'en'] as const)('handing out and collecting in %s', (lang) => {
  it('the hand-out QR code is the group link; three groups work from it; the comparison is labelled by their names', async () => {
    s = await openApp({ locale: LOCALE[lang] });
    const { page, baseURL } = s;
    await chooseLanguage(page, lang);
    await page.goto(`${baseURL}#/workshop`);
    await page.getByLabel(t(lang, 'workshop.language')).selectOption(lang);
    await page.getByLabel(t(lang, 'workshop.case')).selectOption('library');
    await page.getByRole('button', { name: t(lang, 'workshop.start') }).click();
    await page.getByRole('button', { name: t(lang, 'workshop.handOut') }).click();
    const link = `${baseURL.replace(/\/?$/, '/')}#/join/${lang}/example/library`;
    expect(await scanHandOut(page)).toBe(link);
    // The link is also printed, and is the picture's text alternative.
    await page.locator('dialog[open]').getByText(link, { exact: true }).waitFor();
    expect(await page.locator('dialog[open] img').getAttribute('alt')).toContain(link);
    expect(await axeViolations(page)).toEqual([]);
    await page.keyboard.press('Escape');
    await page.waitForFunction(() => document.querySelector('dialog[open]') === null);
    await s.close();
    s = undefined;

    const files: string[] = [];
    for (const group of GROUPS) files.push(await groupWork(link, lang, group));
    // Each file is named by its group.
    expect(files.map((f) => f.split('/').pop())).toEqual(GROUPS.map((g) => `${lang}-${g.name[lang].toLowerCase().replace(/[åä]/g, 'a').replace(/ö/g, 'o').replace(/\s+/g, '-')}.json`));

    s = await openApp({ locale: LOCALE[lang] });
    await chooseLanguage(s.page, lang);
    await s.page.goto(`${s.baseURL}#/compare`);
    await s.page.locator('main input[type="file"]').setInputFiles(files);
    const headers = s.page.locator('main table thead th');
    await headers.first().waitFor();
    const texts = (await headers.allInnerTexts()).map((h) => h.trim());
    for (const group of GROUPS) expect(texts).toContain(group.name[lang]);
    // Five browsers one after another, three of them going through the whole questionnaire.
  }, 420_000);
});

describe('an old share link without a language', () => {
  it('still opens: the case, the copy saved, and the copy in the reader’s own language', async () => {
    const data = encodeShareData(caseOnlyCopy(file, caseAssessment(CASES[0]!), 'a-old', new Date('2026-05-04T08:00:00Z')));
    s = await openApp({ locale: 'en-GB' });
    const { page, baseURL } = s;
    await chooseLanguage(page, 'en');
    await page.goto(`${baseURL}#/share/${data}`);
    await page.getByText(t('en', 'share.copySaved')).waitFor();
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('en');
    await page.getByRole('button', { name: t('en', 'share.open') }).click();
    await page.getByRole('button', { name: t('en', 'wizard.begin') }).waitFor();
    expect(page.url()).toMatch(/#\/a\/a-[\w-]+$/);
  });
});
