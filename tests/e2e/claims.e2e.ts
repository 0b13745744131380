// A gaming case entered through the wizard in real Chromium: a full
// analysis where every criterion is answered "Ja" with a justification,
// while no dialogue is recorded and the indicator has no baseline. The check
// step already says what the tool suggests, in text tied to the question;
// the results page says "claimed, not shown" on the card with its reason,
// in Swedish and in English, never shows "Uppfylld" for a recommendation a
// serious finding concerns, and is axe-clean. Completing then asks for a
// reason first; once given, the assessment is complete and the reason is
// stored as the answer to the question for it.
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { resources, type Language } from '../../src/i18n/resources';
import { flattenTexts } from '../../src/questionnaire/texts';
import { openFolds } from './folds';
import { axeViolations, openApp, stopServer, type Session } from './harness';
import { fieldId, fieldStepId, fillCurrentStep, heading, submitStep } from './wizard-driver';
import { waitForStored } from './stored';

const ui = (lang: Language, key: string) => flattenTexts(resources[lang].ui)[key] as string;
const content = (lang: Language, key: string) => flattenTexts(resources[lang].content)[key] as string;

const TITLE = 'Flytt av vårdcentralen i Norrby';
const GROUP = 'Äldre utan bil';
const INDICATOR = 'Besök per månad';
/** Where the reason for completing with open findings is stored (the question tagged for it). */
const REASON_FIELD = 'summary.known-gaps';
const REASON = 'Beslutet kan inte vänta; kompenserande åtgärder tas fram till hösten.';

let s: Session;
let page: Page;

/** The current step's id, read from the form's first field id (a criterion field on the check step). */
async function currentStepId(): Promise<string> {
  if ((await page.locator(`#${fieldId('r1.citizen-dialogue')}`).count()) > 0) return 'check';
  return fieldStepId(page);
}

/** The card of a recommendation on the results page. */
const card = (lang: Language, id: string) =>
  page.locator('.result-card').filter({ has: page.getByRole('heading', { level: 3, name: content(lang, `recommendations.${id}.title`) }) });

/** The first sentence of a text, before any parameter (for matching worded texts). */
const lead = (text: string) => text.replace(/{{\w+}}.*$/s, '').trim();

/** What the results page says about the gaming case, read in `lang`. */
async function readResults(lang: Language) {
  await page.getByRole('heading', { level: 1, name: ui(lang, 'results.heading') }).waitFor();
  // The cards and all findings are folded under the summary: open them to read them.
  await openFolds(page);
  // R1: "Ja" on citizen dialogue, with no dialogue recorded; R2: "Ja" on indicators with a baseline, with one that has none.
  const dialogue = card(lang, 'r1').locator('.result-note').filter({ hasText: content(lang, 'criteria.r1.citizen-dialogue.label') });
  const baseline = card(lang, 'r2').locator('.result-note').filter({ hasText: content(lang, 'criteria.r2.indicators-baseline.label') });
  await dialogue.waitFor();
  // The recommendations a serious finding concerns, and their statuses.
  const serious = await page.locator('.result-item--high .result-item__meta').allInnerTexts();
  const concerned = ['r1', 'r2', 'r3', 'r4', 'r5'].filter((id) => serious.some((meta) => new RegExp(`(^|\\D)${id.slice(1)}(\\D|$)`).test(meta)));
  const statuses = await Promise.all(concerned.map(async (id) => (await card(lang, id).locator('.result-card__status').innerText()).trim()));
  return {
    dialogueVisible: await dialogue.isVisible(),
    dialogue: await dialogue.innerText(),
    baseline: await baseline.innerText(),
    serious: serious.length,
    statuses,
    axe: await axeViolations(page),
  };
}

/** Checks the page read by `readResults` (said in `lang`); axe is checked by the caller. */
function checkResults(lang: Language, r: Awaited<ReturnType<typeof readResults>>) {
  expect(r.dialogueVisible).toBe(true);
  expect(r.dialogue).toContain(`${ui(lang, 'results.answerLabel')} ${ui(lang, 'results.answer.yes')}`);
  expect(r.dialogue).toContain(ui(lang, 'results.note.claimed-not-shown'));
  expect(r.dialogue).toContain(ui(lang, 'results.card.shownLabel'));
  expect(r.dialogue).toContain(ui(lang, 'results.evidence.dialogue-none'));
  expect(r.baseline).toContain(ui(lang, 'results.note.claimed-not-shown'));
  expect(r.baseline).toContain(lead(ui(lang, 'results.evidence.indicator-no-baseline')));
  expect(r.baseline).toContain(INDICATOR);
  // No "Uppfylld" beside a serious problem.
  expect(r.serious).toBeGreaterThan(0);
  expect(r.statuses.length).toBeGreaterThan(0);
  expect(r.statuses.filter((status) => status.endsWith(ui(lang, 'results.status.met')) && !status.includes(ui(lang, 'results.status.partly')))).toEqual([]);
}

/** What the check step said beside citizen dialogue before it was answered. */
let checkStep: { tool: string; describedBy: string[]; axe: string[] } | undefined;
let allYes = false;

beforeAll(async () => {
  s = await openApp();
  page = s.page;
});

/** Enters the gaming case through the wizard, up to the review page. */
async function enterGamingCase() {
  await page.getByRole('button', { name: /^Påbörja bedömningen\s?:/ }).click();
  await page.getByRole('button', { name: 'Påbörja bedömningen', exact: true }).click();
  await page.locator('form').waitFor();

  // One round a page: the groups and the recommendations come a page each, then an overview.
  for (let i = 0; i < 40 && (await heading(page)) !== ui('sv', 'review.heading'); i += 1) {
    const stepId = await currentStepId();
    switch (stepId) {
      case 'basics':
        await fillCurrentStep(page, { type: { [fieldId('basics.title')]: TITLE } });
        break;
      case 'screening':
        await fillCurrentStep(page, { check: [`${fieldId('screening.outcome')}-full`, `${fieldId('screening.children')}-yes`] });
        break;
      case 'groups':
        await fillCurrentStep(page, { type: { [fieldId('groups.items', 0, 'groups.item.name')]: GROUP } });
        break;
      case 'check': {
        // Before answering: the tool already suggests "Nej" for citizen dialogue, and says why, tied to the question.
        checkStep = {
          tool: await page.locator(`#${fieldId('r1.citizen-dialogue')}-tool`).innerText(),
          describedBy: ((await page.locator(`#${fieldId('r1.citizen-dialogue')}`).getAttribute('aria-describedby')) ?? '').split(' '),
          axe: await axeViolations(page),
        };
        // Every criterion "Ja" (the first option), each with a justification: the gaming case.
        await fillCurrentStep(page);
        allYes = (await page.locator('form fieldset.choice input[value="yes"]:checked').count()) === (await page.locator('form fieldset.choice').count());
        break;
      }
      case 'follow-up':
        await fillCurrentStep(page, { type: { [fieldId('follow-up.indicators', 0, 'follow-up.indicator.name')]: INDICATOR } });
        // The indicator has no baseline.
        await page.locator(`#${fieldId('follow-up.indicators', 0, 'follow-up.indicator.baseline')}`).fill('');
        break;
      case 'summary':
        await fillCurrentStep(page);
        // The reason for completing with open findings is asked for when completing.
        if ((await page.locator(`#${fieldId(REASON_FIELD)}`).count()) > 0) await page.locator(`#${fieldId(REASON_FIELD)}`).fill('');
        break;
      default:
        // No dialogue, no statistics, no measures: nothing is added to optional lists.
        await fillCurrentStep(page);
    }
    await submitStep(page);
  }
}

afterAll(async () => {
  await s?.close();
  await stopServer();
});

// The tests run in order on one browser: the case is entered once, through the wizard.
describe('a gaming case entered through the wizard', () => {
  it('is entered with every criterion "Ja"; the check step first suggests "Nej" for citizen dialogue and says why', async () => {
    await enterGamingCase();
    expect(await heading(page)).toBe(ui('sv', 'review.heading'));
    expect(allYes).toBe(true);
    expect(checkStep?.tool).toContain(ui('sv', 'wizard.toolSuggests').replace('{{answer}}', ui('sv', 'results.answer.no')));
    expect(checkStep?.tool).toContain(ui('sv', 'wizard.toolFact.dialogue-none'));
    expect(checkStep?.describedBy).toContain(`${fieldId('r1.citizen-dialogue')}-tool`);
    expect(checkStep?.axe).toEqual([]);
  });

  it('the results page says "claimed, not shown" with its reason, in Swedish', async () => {
    await page.getByRole('button', { name: ui('sv', 'wizard.showResults') }).click();
    const read = await readResults('sv');
    checkResults('sv', read);
    expect(read.axe).toEqual([]);
  });

  it('and in English', async () => {
    await page.getByRole('button', { name: 'English' }).click();
    const read = await readResults('en');
    checkResults('en', read);
    expect(read.axe).toEqual([]);
    await page.getByRole('button', { name: 'Svenska' }).click();
    await page.getByRole('heading', { level: 1, name: ui('sv', 'results.heading') }).waitFor();
  });

  it('completing with open serious findings asks for a reason first; given, the assessment is complete and the reason stored', async () => {
    await page.getByRole('button', { name: ui('sv', 'wizard.backToSteps') }).click();
    await page.getByRole('heading', { level: 1, name: ui('sv', 'review.heading') }).waitFor();
    await page.getByRole('button', { name: ui('sv', 'review.complete') }).click();

    const panel = page.locator('.completion-guard');
    await panel.waitFor();
    // Focus is on the panel's heading; the findings are listed in words.
    expect(await page.evaluate(() => document.activeElement?.closest('.completion-guard') !== null && document.activeElement?.tagName)).toBe('H2');
    expect(await heading(page)).toBe(ui('sv', 'review.heading'));
    expect(await panel.locator('li').count()).toBeGreaterThan(0);
    expect(await axeViolations(page)).toEqual([]);

    // An empty reason is refused, in text.
    await panel.getByRole('button', { name: ui('sv', 'completion.confirm') }).click();
    expect(await panel.innerText()).toContain(ui('sv', 'completion.reasonRequired'));
    expect(await heading(page)).toBe(ui('sv', 'review.heading'));

    const field = panel.locator('textarea');
    expect(await field.getAttribute('aria-invalid')).toBe('true');
    await field.fill(REASON);
    await panel.getByRole('button', { name: ui('sv', 'completion.confirm') }).click();
    await page.waitForFunction((h) => document.querySelector('h1')?.textContent === h, ui('sv', 'review.completeHeading'));
    expect(await page.locator('main').innerText()).toContain(REASON);
    expect(await axeViolations(page)).toEqual([]);

    // Stored: the reason is the answer to its question, and the assessment is complete.
    await waitForStored(page, { answer: { questionId: REASON_FIELD, value: REASON }, phase: 'complete' });
  });
});
