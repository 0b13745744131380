// Compact fields in real Chromium, in Swedish and English, on the library
// example: the measures step keeps one measure open at a time (three added,
// each folding the one before into a summary; Edit opens one again), names
// items and its add button by the content's nouns, and stays under 4,000 px
// tall with four measures at 1280 × 800. Choices of a few short options
// and rating scales are segmented radio groups that the keyboard works
// (Tab into the group, Space ticks, arrow keys move the choice, focus
// visible). Both the measures and the consequences steps are axe-clean and
// do not scroll sideways at 320 px; a long checkbox list (the factors that
// define a group) runs in columns. A refused save opens the folded item
// with the error, so the error summary's link reaches its field.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import { resources, type Language } from '../../src/i18n/resources';
import { flattenTexts } from '../../src/questionnaire/texts';
import { axeViolations, openApp, stopServer, type Session } from './harness';
import { focused, tab, tabTo } from './keyboard';
import { narrowProblems } from './layout';
import { fieldId } from './wizard-driver';

const ui = (lang: Language, key: string) => flattenTexts(resources[lang].ui)[key] as string;
const content = (lang: Language, key: string) => flattenTexts(resources[lang].content)[key] as string;
const MEASURES = fieldId('measures.items');
/** The name of the library example's first affected group. */
const firstGroup = (lang: Language) =>
  (JSON.parse(readFileSync(resolve(import.meta.dirname, `../../questionnaires/examples/library.${lang}.json`), 'utf8')) as { answers: Record<string, Array<{ values: Record<string, string> }>> })
    .answers['groups.items']![0]!.values['groups.item.name']!;
const what = (i: number) => fieldId('measures.items', i, 'measures.item.what');
/** The library example's second measure. */
const NEW_NAMES = { sv: 'Läxhjälp med studieförbundet på lördagar', en: 'Saturday homework help with the adult education association' };
const NEW = { sv: ['Taltidningen uppläst på lättläst svenska', 'Bokbussen stannar vid äldreboendet', 'Språkcafé på lördagar'], en: ['The talking newspaper in easy-read English', 'The mobile library stops at the care home', 'A language café on Saturdays'] };

let s: Session | undefined;

afterEach(async () => {
  await s?.close();
  s = undefined;
});

afterAll(stopServer);

/** The library example opened whole, in `lang`, on the step titled by `stepKey`. */
async function openStep(lang: Language, stepKey: string): Promise<Page> {
  s = await openApp({ viewport: { width: 1280, height: 800 } });
  const { page } = s;
  if (lang === 'en') await page.getByRole('button', { name: 'English' }).click();
  await page.locator('[data-example="library"]').getByRole('button', { name: ui(lang, 'examples.whole') }).click();
  await page.getByRole('heading', { level: 1, name: ui(lang, 'review.heading') }).waitFor();
  await page.locator('nav.step-list').getByRole('button', { name: content(lang, `steps.${stepKey}.title`) }).click();
  await page.locator('form').waitFor();
  return page;
}

const count = (page: Page, selector: string) => page.locator(`#${MEASURES} ${selector}`).count();
/** A button's name that says whose it is: "Ändra: Läxhjälp" (the item's name is read after the visible word). */
const literal = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const whose = (word: string, title: string) => new RegExp(`^${literal(word)}\\s*:\\s*${literal(title)}$`);
const waitForFocus = (page: Page, id: string) => page.waitForFunction((wanted) => document.activeElement?.id === wanted, id);

describe.each<Language>(['sv', 'en'])('compact fields in %s', (lang) => {
  it('the measures step: one measure open at a time, nouns for items, Edit, under 4,000 px with four measures', async () => {
    const page = await openStep(lang, 'measures');
    // The example's three measures are complete, so all three are folded.
    expect(await count(page, '.group__summary')).toBe(3);
    expect(await count(page, '.group__item')).toBe(0);
    const firstName = (await page.locator(`#${MEASURES} .group__summary legend`).first().innerText()).trim();
    expect(await axeViolations(page)).toEqual([]);

    const add = page.locator(`#${MEASURES} > button`).last();
    expect((await add.innerText()).trim()).toBe(content(lang, 'questions.measures.items.addLabel'));
    await add.click();
    // The new measure is open, named by the noun, with focus in its first field.
    await waitForFocus(page, what(3));
    expect(await count(page, '.group__item')).toBe(1);
    expect((await page.locator(`#${MEASURES} .group__item > legend`).innerText()).trim()).toBe(content(lang, 'questions.measures.items.itemTitle').replace('{{number}}', '4'));
    const height = await page.evaluate(() => document.documentElement.scrollHeight);
    expect(height, 'the measures page with four measures').toBeLessThan(4000);

    // Three measures added in turn: each add folds the one before.
    await page.keyboard.type(NEW[lang][0]!);
    for (const [i, name] of NEW[lang].slice(1).entries()) {
      await add.click();
      await waitForFocus(page, what(4 + i));
      await page.keyboard.type(name);
      expect(await count(page, '.group__item')).toBe(1);
    }
    expect(await count(page, '.group__summary')).toBe(5);
    const folded = page.locator(`#${MEASURES} .group__summary`).filter({ hasText: NEW[lang][0]! });
    expect(await folded.innerText()).toContain(ui(lang, 'wizard.groupItem.partial').replace('{{answered}}', '1').replace('{{total}}', '8'));

    // Edit opens the first measure with what it holds, and folds the one that was open.
    await page.getByRole('button', { name: whose(ui(lang, 'wizard.groupItem.edit'), firstName) }).click();
    await waitForFocus(page, what(0));
    expect(await page.locator(`#${what(0)}`).inputValue()).toBe(firstName);
    expect(await count(page, '.group__item')).toBe(1);
    expect(await page.locator(`#${what(5)}`).count()).toBe(0);
    expect(await axeViolations(page)).toEqual([]);
    expect(await narrowProblems(page)).toEqual([]);
  });

  it('a segmented choice works by keyboard alone: Tab into it, Space ticks, arrow keys move, focus visible', async () => {
    const page = await openStep(lang, 'measures');
    await page.locator(`#${MEASURES} > button`).last().click();
    await waitForFocus(page, what(3));
    // Tab (each press checks that focus moved and shows) to the first radio of a segmented choice.
    // "Does the measure make up for the worse access?" Yes / No / Don't know: three short options, so segments.
    const compensates = fieldId('measures.items', 3, 'measures.item.compensates');
    let f = await tabTo(page, (x) => x.type === 'radio' && x.id.startsWith(`${compensates}-`));
    expect(await page.locator(`#${compensates}`).getAttribute('class')).toContain('choice--segmented');
    expect(f.answered).toBe(false);
    await page.keyboard.press('Space');
    f = await focused(page);
    expect(await page.locator(`#${f.id}`).isChecked()).toBe(true);
    await page.keyboard.press('ArrowRight');
    const next = await focused(page);
    expect(next.id).not.toBe(f.id);
    expect(await page.locator(`#${next.id}`).isChecked()).toBe(true);
    expect(await page.locator(`#${f.id}`).isChecked()).toBe(false);
    // The choice is shown by more than colour: the chosen segment's words are bold.
    const weight = await page.locator(`label[for="${next.id}"]`).evaluate((l) => getComputedStyle(l).fontWeight);
    expect(Number(weight)).toBeGreaterThanOrEqual(700);
    // Tab leaves the group in one press (a radio group is one stop).
    const after = await tab(page, next);
    expect(after.id.startsWith(next.id.slice(0, next.id.lastIndexOf('-')))).toBe(false);
  });

  it('the consequences step: rating scales as segments, arrow keys change the rating, axe-clean, no sideways scroll at 320 px', async () => {
    const page = await openStep(lang, 'consequences');
    const scales = page.locator('form fieldset.choice--scale');
    // A step asked per group may open on its overview: go to the first group's questions.
    if ((await scales.count()) === 0) await page.getByRole('button', { name: new RegExp(`^${literal(firstGroup(lang))}`) }).first().click();
    await scales.first().waitFor();
    expect(await scales.count()).toBeGreaterThan(0);
    expect(await page.locator('form fieldset.choice--scale:not(.choice--segmented)').count()).toBe(0);
    // The options of a scale sit side by side at 1280 px: one row.
    const tops = await scales.first().locator('.choice__option').evaluateAll((els) => new Set(els.map((e) => Math.round(e.getBoundingClientRect().top))).size);
    expect(tops).toBe(1);

    await page.locator('h1').first().focus();
    const f = await tabTo(page, (x) => x.type === 'radio' && !!x.id && x.answered);
    const inScale = await page.evaluate(() => !!document.activeElement?.closest('fieldset.choice--scale'));
    expect(inScale).toBe(true);
    await page.keyboard.press('ArrowLeft');
    const moved = await focused(page);
    expect(moved.id).not.toBe(f.id);
    expect(await page.locator(`#${moved.id}`).isChecked()).toBe(true);

    expect(await axeViolations(page)).toEqual([]);
    expect(await narrowProblems(page)).toEqual([]);
    // At 320 px the segments are a list, one a line.
    await page.setViewportSize({ width: 320, height: 800 });
    const lefts = await scales.first().locator('.choice__option').evaluateAll((els) => new Set(els.map((e) => Math.round(e.getBoundingClientRect().left))).size);
    expect(lefts).toBe(1);
  });

  it('the affected groups step: folded groups, the factors of the open one in columns, axe-clean, no sideways scroll at 320 px', async () => {
    const page = await openStep(lang, 'groups');
    const groups = fieldId('groups.items');
    expect(await page.locator(`#${groups} .group__summary`).count()).toBe(4);
    await page.locator(`#${groups} > button`).last().click();
    await waitForFocus(page, fieldId('groups.items', 4, 'groups.item.name'));
    const factors = page.locator(`#${fieldId('groups.items', 4, 'groups.item.factors')}`);
    expect(await factors.getAttribute('class')).toContain('choice--columns');
    const columns = await factors.locator('.choice__option').evaluateAll((els) => new Set(els.map((e) => Math.round(e.getBoundingClientRect().left))).size);
    expect(columns).toBeGreaterThan(1);
    expect(await axeViolations(page)).toEqual([]);
    expect(await narrowProblems(page)).toEqual([]);
  });

  it('a refused save opens the folded measure that lacks its name, and the error summary’s link reaches the field', async () => {
    const page = await openStep(lang, 'measures');
    const firstName = (await page.locator(`#${MEASURES} .group__summary legend`).first().innerText()).trim();
    await page.getByRole('button', { name: whose(ui(lang, 'wizard.groupItem.edit'), firstName) }).click();
    await waitForFocus(page, what(0));
    await page.locator(`#${what(0)}`).fill('');
    // Opening another folds the first, which now reads as lacking a required answer.
    await page.getByRole('button', { name: whose(ui(lang, 'wizard.groupItem.edit'), NEW_NAMES[lang]) }).click();
    await waitForFocus(page, what(1));
    const folded = page.locator(`#${MEASURES} .group__summary--missing`);
    expect(await folded.count()).toBe(1);
    expect(await folded.innerText()).toContain(ui(lang, 'wizard.groupItem.missing'));

    await page.locator('form button[type="submit"]').click();
    const link = page.locator(`.error-summary a[href="#${what(0)}"]`);
    await link.waitFor();
    // The link names the item as the screen does (its noun and number: it has no name now), then the field.
    const noun = content(lang, 'questions.measures.items.itemTitle').replace('{{number}}', '1');
    expect((await link.innerText()).startsWith(`${noun}, ${content(lang, 'questions.measures.item.what.label')}`)).toBe(true);
    // The item with the error is open again, so the link has a field to reach.
    expect(await page.locator(`#${what(0)}`).count()).toBe(1);
    await link.click();
    await waitForFocus(page, what(0));
    expect(await axeViolations(page)).toEqual([]);
  });
});
