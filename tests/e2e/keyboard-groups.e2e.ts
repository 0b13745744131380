// Four affected groups with the keyboard alone, in English, in real
// Chromium: Tab, Shift+Tab, the arrow keys, Space, Enter and typing, never a
// click or a filled-in value. The language is chosen and the assessment
// started from the start page; four groups are entered in their step (the
// add button pressed three times); the consequences come one group a page,
// each answered and saved with the keyboard, the list of the step's parts
// showing each group done as the walk goes on; the overview shows every
// group's answers; and on the check's first page the tool's suggestion for a
// criterion is taken with Enter, focus landing on the answer it set. Every
// Tab stop shows its focus (keyboard.ts). The Swedish keyboard walk of the
// whole assessment is in access.e2e.ts; this one follows the groups.
import type { Page } from 'playwright-core';
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import { resources } from '../../src/i18n/resources';
import type { GroupQuestion, Step } from '../../src/questionnaire/schema';
import { flattenTexts } from '../../src/questionnaire/texts';
import { file } from '../fixtures/cases';
import { openApp, stopServer, type Session } from './harness';
import { answerStepByKeyboard, completeStepByKeyboard, dateKeys, enterAndWaitForHeading, focused, tabTo, type KeyboardInput } from './keyboard';
import { fieldId, heading } from './wizard-driver';

let s: Session | undefined;
afterEach(async () => {
  await s?.close();
  s = undefined;
});
afterAll(stopServer);

// Six steps and five pages by keyboard, a check of focus on every Tab, on a busy two-core machine.
const LONG = 600_000;

const ui = (key: string) => flattenTexts(resources.en.ui)[key] as string;
const content = (key: string) => flattenTexts(resources.en.content)[key] as string;
const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

// The steps and fields are found through the questionnaire file: the step asked per item, the group it is
// asked for, the field that names an item, and the check.
const PER_ITEM = file.steps.find((st): st is Extract<Step, { kind: 'per-item' }> => st.kind === 'per-item')!;
const GROUP = file.steps.flatMap((st) => (st.kind === 'questions' ? st.questions : [])).find((q): q is GroupQuestion => q.id === PER_ITEM.of && q.type === 'group')!;
const CHECK = file.steps.find((st) => st.kind === 'recommendation-check')!;
const STEP = content(`steps.${PER_ITEM.id}.title`);
const GROUPS = ['Older people without a computer', 'Children in years 4–6', 'Newly arrived parents', 'People with a visual impairment'];
const FILLER = 'Answer by keyboard';

/** The list of the step's parts: each entry's words, the one on screen marked `> `. */
async function parts(page: Page): Promise<string[]> {
  return page
    .getByRole('navigation', { name: ui('wizard.pageListLabel') })
    .getByRole('button')
    .evaluateAll((buttons) => buttons.map((b) => `${b.getAttribute('aria-current') === 'page' ? '> ' : ''}${(b as HTMLElement).innerText.replace(/\s+/g, ' ').trim()}`));
}

/** The focused element's tag and text (a heading takes focus on every change of page). */
const focusedHeading = (page: Page) => page.evaluate(() => `${document.activeElement?.tagName} ${document.activeElement?.textContent?.trim()}`);

describe('four groups with the keyboard alone (en)', () => {
  it('enters four groups, answers each group on its own page, reads the overview and takes the check’s suggestion', async () => {
    s = await openApp({ viewport: { width: 1280, height: 800 } });
    const { page } = s;
    await page.getByRole('heading', { name: flattenTexts(resources.sv.ui)['saved.heading'] as string }).waitFor();

    // The language switch, then the start button of the proposal, then the questionnaire's own start.
    await tabTo(page, (f) => f.tag === 'button' && f.name === 'English');
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { name: ui('saved.heading') }).waitFor();
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('en');
    const begin = new RegExp(`^${escape(ui('start.begin'))}\\W+${escape(content(`questionnaires.${file.id}.title`))}`);
    await tabTo(page, (f) => f.tag === 'button' && begin.test(f.name));
    expect(await enterAndWaitForHeading(page)).toBe(content(`questionnaires.${file.id}.title`));
    await tabTo(page, (f) => f.tag === 'button' && f.name === ui('wizard.begin'));
    expect(await enterAndWaitForHeading(page)).toBe(content(`steps.${file.steps[0]!.id}.title`));

    // The browser's date field takes its parts in its own order: found once on a scratch field, after which
    // focus goes back to the heading, where a step change leaves it.
    const date = await dateKeys(page);
    await page.locator('h1').focus();

    const names = Object.fromEntries(GROUPS.map((g, i) => [fieldId(GROUP.id, i, GROUP.itemLabel), g]));
    const input: KeyboardInput = {
      type: { [fieldId('basics.title')]: 'Changed opening hours at the library', ...names },
      choose: { [fieldId('screening.outcome')]: 'full' },
      // One item is there from the start: three more.
      add: [fieldId(GROUP.id), fieldId(GROUP.id), fieldId(GROUP.id)],
    };
    // The steps before the one asked per group, each answered and saved by keyboard.
    for (let i = 0; i < 10 && !(await heading(page)).startsWith(`${STEP}: `); i += 1) await completeStepByKeyboard(page, date, input, FILLER);

    // One page per group, in order; the list of parts says which are done.
    for (const [n, group] of GROUPS.entries()) {
      // The heading names the group and its place ("… (group 2 of 4)"), and has focus.
      const title = await heading(page);
      expect(title.startsWith(`${STEP}: ${group} (`), `group ${n + 1}'s page: ${title}`).toBe(true);
      expect(await focusedHeading(page)).toBe(`H1 ${title}`);
      const list = await parts(page);
      expect(list).toHaveLength(GROUPS.length + 1);
      expect(list.slice(0, n).every((p) => p.endsWith(` ${ui('wizard.pageStatus.done')}`)), `groups before ${n + 1} done: ${list.join(' | ')}`).toBe(true);
      expect(list[n]).toBe(`> ${group} ${ui('wizard.pageStatus.not-started')}`);
      await answerStepByKeyboard(page, date, {}, `${FILLER} ${n + 1}`);
    }

    // The overview: every group done in the list, a column per group with its own answers.
    expect(await heading(page)).toBe(`${STEP}: ${ui('wizard.overview')}`);
    expect(await focusedHeading(page)).toBe(`H1 ${STEP}: ${ui('wizard.overview')}`);
    expect(await parts(page)).toEqual([...GROUPS.map((g) => `${g} ${ui('wizard.pageStatus.done')}`), `> ${ui('wizard.overview')}`]);
    const table = page.getByRole('table', { name: ui('wizard.overviewCaption').replace('{{step}}', STEP) });
    const columns = await table.getByRole('columnheader').allInnerTexts();
    expect(columns).toHaveLength(GROUPS.length + 1);
    for (const [i, group] of GROUPS.entries()) expect(columns[i + 1]).toContain(group);
    const rows = await table.locator('tbody tr').evaluateAll((trs) => trs.map((tr) => [...tr.querySelectorAll('td')].map((td) => td.textContent ?? '')));
    for (const [i] of GROUPS.entries()) expect(rows.some((row) => row[i]?.startsWith(`${FILLER} ${i + 1}`)), `group ${i + 1}'s words in the overview`).toBe(true);

    // Saved from the overview with Enter, the check opens on its first recommendation.
    const save = await tabTo(page, (f) => f.type === 'submit');
    expect(save.name).toBe(ui('wizard.saveAndContinue'));
    const check = await enterAndWaitForHeading(page);
    expect(check.startsWith(`${content(`steps.${CHECK.id}.title`)}: `)).toBe(true);
    expect(check).toContain(ui('wizard.recommendationPage').replace('{{number}}', '1'));

    // A criterion's "use the suggestion", reached by Tab and pressed with Enter: the answer is set and has focus.
    const use = new RegExp(`^${escape(ui('wizard.toolUse'))}\\s*:`);
    const button = await tabTo(page, (f) => f.tag === 'button' && use.test(f.name));
    await page.keyboard.press('Enter');
    await page.waitForFunction(() => (document.activeElement as HTMLInputElement | null)?.type === 'radio');
    const chosen = await focused(page);
    expect(await page.locator(`#${chosen.id}`).isChecked(), `${chosen.what} is ticked`).toBe(true);
    expect(chosen.visible, 'the answer set shows its focus').toBe(true);
    // The button said what it would set: the option chosen is the one it named.
    expect(button.name).toContain(chosen.name);
    expect(await page.getByRole('button', { name: button.name, exact: true }).count()).toBe(0);
  }, LONG);
});
