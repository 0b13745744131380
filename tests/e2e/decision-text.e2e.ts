// The decision text on the results page in real Chromium, with the real
// clipboard: for each workshop case, every block's copy button puts exactly
// that block's text on the clipboard (no heading), "copy all" puts every
// block with its heading, the short version's button puts the short text,
// which is at most 140 words; the panel has no axe violations and needs no
// more than the page's width at 320 px. Swedish for every case, English for
// the first. Without a clipboard API, a block's button selects exactly its
// text and "copy all" selects every block without the buttons' labels. The
// expected texts are worded in Node by the same engine.
import { createInstance } from 'i18next';
import type { Page } from 'playwright-core';
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import { decisionText } from '../../src/assessment/decision-text';
import { evaluate } from '../../src/assessment/evaluate';
import { wordDecisionText } from '../../src/i18n/decision-text';
import { resources, type Language } from '../../src/i18n/resources';
import { flattenTexts } from '../../src/questionnaire/texts';
import { allText } from '../../src/ui/summary/plain-text';
import { CASES, caseAssessment, file, framework } from '../fixtures/cases';
import { seed } from '../fixtures/seed';
import { openFolds } from './folds';
import { axeViolations, openApp, stopServer, type Session } from './harness';
import { narrowProblems } from './layout';

let s: Session | undefined;
afterEach(async () => {
  await s?.close();
  s = undefined;
});
afterAll(stopServer);


const ui = (lang: Language, key: string) => flattenTexts(resources[lang].ui)[key] as string;
/** The app's texts in `lang`, set up as the app sets up i18next (no fallback language). */
function translator(lang: Language) {
  const i18n = createInstance();
  void i18n.init({ resources: { [lang]: resources[lang] }, lng: lang, fallbackLng: false, ns: ['ui', 'content'], defaultNS: 'ui', initAsync: false, interpolation: { escapeValue: false } });
  return i18n.t;
}
/** A block's copy button: its visible label and, for screen readers, which text. */
const copyName = (lang: Language, heading: string) => `${ui(lang, 'decisionText.ui.copy')} ${ui(lang, 'decisionText.ui.copyWhich').replace('{{heading}}', heading)}`;
const words = (text: string) => text.split(/\s+/u).filter(Boolean).length;
const clipboard = (page: Page) => page.evaluate(() => navigator.clipboard.readText());

/** Clicks `name` and waits for the clipboard to change from what it held before, then returns it. */
async function copyWith(page: Page, name: string): Promise<string> {
  await page.evaluate(() => navigator.clipboard.writeText('(nothing copied yet)'));
  await page.getByRole('button', { name, exact: true }).click();
  await expect.poll(() => clipboard(page)).not.toBe('(nothing copied yet)');
  return clipboard(page);
}

const runs = [...CASES.map((c) => [c, 'sv'] as const), [CASES[0]!, 'en'] as const];

describe.each(runs.map(([c, lang]) => [c.title, lang, c] as const))('decision text: %s (%s)', (_title, lang, c) => {
  it('copies each block, all of it and the short version exactly', async () => {
    const expected = wordDecisionText(translator(lang), lang, decisionText(file, framework, c.answers, evaluate(file, framework, { answers: c.answers })));
    expect(expected.blocks.length).toBeGreaterThan(0);

    s = await openApp();
    const { page } = s;
    await s.context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: new URL(s.baseURL).origin });
    await page.getByRole('heading', { name: ui('sv', 'saved.heading') }).waitFor();
    await seed(page, caseAssessment(c));
    if (lang === 'en') await page.getByRole('button', { name: 'English' }).click();
    await page.goto(`${s.baseURL}#/a/${c.id}/results`);
    await openFolds(page);
    // The fold around it bears the same name: the panel is the inner region.
    const panel = page.getByRole('region', { name: ui(lang, 'decisionText.ui.heading') }).last();
    await panel.waitFor();

    const headings = await panel.getByRole('heading', { level: 3 }).allInnerTexts();
    expect(headings).toEqual([...expected.blocks.map((b) => b.heading), ui(lang, 'decisionText.ui.shortHeading')]);
    for (const block of expected.blocks) {
      const copied = await copyWith(page, copyName(lang, block.heading));
      expect(copied, block.id).toBe(block.text);
      expect(await page.locator(`[data-block="${block.id}"] output`).innerText()).toBe(ui(lang, 'decisionText.ui.copied').replace('{{heading}}', block.heading));
    }
    expect(await copyWith(page, ui(lang, 'decisionText.ui.copyAll'))).toBe(allText(expected.blocks));

    const short = await copyWith(page, copyName(lang, ui(lang, 'decisionText.ui.shortHeading')));
    expect(short).toBe(expected.short);
    expect(words(short)).toBeGreaterThan(0);
    expect(words(short)).toBeLessThanOrEqual(140);

    expect(await axeViolations(page)).toEqual([]);
    expect(await narrowProblems(page)).toEqual([]);
  });
});

describe('decision text without a clipboard API', () => {
  it('selects exactly the block’s text, or all the text without the buttons, and says to press Ctrl+C', async () => {
    const c = CASES[0]!;
    const expected = wordDecisionText(translator('sv'), 'sv', decisionText(file, framework, c.answers, evaluate(file, framework, { answers: c.answers })));
    s = await openApp();
    const { page } = s;
    // As on a page served without HTTPS, where browsers offer no clipboard API.
    await page.addInitScript(() => Object.defineProperty(Navigator.prototype, 'clipboard', { get: () => undefined }));
    await page.reload();
    await page.getByRole('heading', { name: ui('sv', 'saved.heading') }).waitFor();
    await seed(page, caseAssessment(c));
    await page.goto(`${s.baseURL}#/a/${c.id}/results`);
    await openFolds(page);
    await page.locator('.decision-text').waitFor();
    const selected = () => page.evaluate(() => window.getSelection()?.toString() ?? '');

    const block = expected.blocks[0]!;
    await page.getByRole('button', { name: copyName('sv', block.heading), exact: true }).click();
    await expect.poll(() => page.locator(`[data-block="${block.id}"] output`).innerText()).toContain('Ctrl+C');
    expect((await selected()).trim()).toBe(block.text);

    await page.getByRole('button', { name: ui('sv', 'decisionText.ui.copyAll'), exact: true }).click();
    await expect.poll(() => page.locator('.decision-text__actions output').first().innerText()).toContain('Ctrl+C');
    const all = await selected();
    for (const b of expected.blocks) {
      expect(all).toContain(b.heading);
      expect(all).toContain(b.text);
    }
    expect(all).not.toContain(ui('sv', 'decisionText.ui.copy'));
  });
});
