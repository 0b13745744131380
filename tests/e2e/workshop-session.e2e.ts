// A workshop session in real Chromium, in Swedish and English: a 90-minute
// workshop on the library case is set up (its agenda adds up to 90), the
// timer counts down and Pause stops it, a second window of the same browser
// at the trainer's address shows the current part's notes and follows Next
// on the projected page (and the projected page follows the trainer's), no
// note speaks of another case, and the projected view is axe clean, never
// scrolls sideways and fits its main content in 720 px at 1280 × 720 and
// 1920 × 1080 in presenter view. When the wizard shows a step on the
// projector, the trainer's window shows that step's notes; the wizard's
// reset for the next group asks to save the group's file first.
import type { Page } from 'playwright-core';
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import workshopFile from '../../questionnaires/workshop.json';
import { resources, type Language } from '../../src/i18n/resources';
import { flattenTexts } from '../../src/questionnaire/texts';
import { CASES, caseAssessment } from '../fixtures/cases';
import { seed } from '../fixtures/seed';
import { axeViolations, openApp, stopServer, type Session } from './harness';

let s: Session | undefined;
afterEach(async () => {
  await s?.close();
  s = undefined;
});
afterAll(stopServer);

const ui = (lang: Language, key: string) => flattenTexts(resources[lang].ui)[key] as string;
const content = (lang: Language, key: string) => flattenTexts(resources[lang].content)[key] as string;
const CASE = 'library';

/** The seconds the projected clock shows ("12:05" → 725). */
async function seconds(page: Page): Promise<number> {
  const text = await page.locator('.clock__time').first().innerText();
  const [m, sec] = /(\d+):(\d{2})/.exec(text)!.slice(1).map(Number);
  return m! * 60 + sec!;
}

/** Every note (prompt or pitfall) written for a worked example other than the one run, as the words on screen. */
function otherCasesNotes(lang: Language): string[] {
  return workshopFile.notes.flatMap((n) =>
    (['prompts', 'pitfalls'] as const).flatMap((list) =>
      (n[list] as (string | { id: string; case: string })[])
        .filter((note) => typeof note !== 'string' && note.case !== CASE)
        .map((note) => content(lang, `workshop.${n.step}.${list}.${(note as { id: string }).id}`)),
    ),
  );
}

async function fitsAndAxe(page: Page, width: number, height: number) {
  await page.setViewportSize({ width, height });
  await page.evaluate(() => window.scrollTo(0, 0));
  expect(await page.evaluate(() => document.documentElement.scrollWidth <= document.documentElement.clientWidth), `sideways at ${width}`).toBe(true);
  // The case, the part, the timer and the controls are all within the first screen.
  for (const selector of ['.projected__case', '.projected__part', '.projected__side']) {
    const box = await page.locator(selector).boundingBox();
    expect(box!.y + box!.height, `${selector} at ${width} × ${height}`).toBeLessThanOrEqual(height);
  }
  expect(await axeViolations(page)).toEqual([]);
}

describe.each<Language>(['sv', 'en'])('a 90-minute workshop (%s)', (lang) => {
  it('runs the plan with a pausable timer and a trainer window that follows it', async () => {
    s = await openApp({ viewport: { width: 1280, height: 720 } });
    const { page, context, baseURL } = s;
    if (lang === 'en') await page.getByRole('button', { name: 'English' }).click();
    await page.goto(`${baseURL}#/workshop`);
    await page.getByRole('heading', { level: 1, name: ui(lang, 'workshop.setupHeading') }).waitFor();

    await page.getByLabel(ui(lang, 'workshop.questionnaire')).selectOption({ label: content(lang, 'questionnaires.proposal.title') });
    await page.getByLabel(ui(lang, 'workshop.case'), { exact: true }).selectOption(CASE);
    await page.getByRole('radio', { name: ui(lang, 'workshop.lengthOption').replace('{{count}}', '90') }).check();
    const minutes = (await page.locator('.workshop-setup__plan .agenda__minutes').allInnerTexts()).map((m) => Number(/\d+/.exec(m)![0]));
    expect(minutes.reduce((a, b) => a + b, 0)).toBe(90);
    expect(await page.locator('.workshop-setup__total').innerText()).toContain('90');
    expect(await axeViolations(page)).toEqual([]);

    await page.getByRole('button', { name: ui(lang, 'workshop.start') }).click();
    await page.waitForFunction(() => document.documentElement.dataset.view === 'presenter');
    await page.locator('.projected').waitFor();
    expect(await page.locator('.projected__case').innerText()).toContain(ui(lang, `examples.${CASE}.summary`));
    expect(await page.locator('.projected .agenda__item').count()).toBe(minutes.length);
    // No facilitator notes on the projected view.
    expect(await page.getByText(ui(lang, 'workshop.pitfalls')).count()).toBe(0);

    // The timer counts down, and Pause stops it.
    const first = await seconds(page);
    expect(first).toBeLessThanOrEqual(minutes[0]! * 60);
    await page.waitForTimeout(2100);
    expect(await seconds(page)).toBeLessThan(first);
    await page.getByRole('button', { name: ui(lang, 'workshop.pause') }).click();
    const paused = await seconds(page);
    await page.waitForTimeout(1600);
    expect(await seconds(page)).toBe(paused);
    await page.getByRole('button', { name: ui(lang, 'workshop.resume') }).click();

    await fitsAndAxe(page, 1280, 720);

    // Next: the basics and the proposal (two steps, two purposes: the fullest part). The trainer's window opens in the same browser and shows their notes.
    await page.getByRole('button', { name: ui(lang, 'workshop.next') }).click();
    expect(await page.locator('h1').innerText()).toContain(content(lang, 'steps.proposal.title'));
    await fitsAndAxe(page, 1280, 720);
    await fitsAndAxe(page, 1920, 1080);
    await page.setViewportSize({ width: 1280, height: 720 });
    const trainer = await context.newPage();
    await trainer.goto(`${baseURL}#/workshop/trainer`);
    await trainer.getByRole('heading', { level: 1, name: ui(lang, 'workshop.trainerHeading') }).waitFor();
    const notes = trainer.locator('.trainer__notes');
    await notes.first().waitFor();
    expect(await notes.allInnerTexts()).toEqual(expect.arrayContaining([expect.stringContaining(content(lang, 'workshop.proposal.prompts.problem'))]));

    // Next on the projected page: the trainer follows to the screening's notes.
    await page.getByRole('button', { name: ui(lang, 'workshop.next') }).click();
    await trainer.locator('.trainer__part', { hasText: content(lang, 'steps.screening.title') }).waitFor();
    await trainer.getByText(content(lang, 'workshop.screening.prompts.differently')).waitFor();
    const shown = (await notes.allInnerTexts()).join('\n');
    for (const note of otherCasesNotes(lang)) expect(shown).not.toContain(note);
    expect(shown.toLowerCase()).not.toContain(lang === 'sv' ? 'vårdcentral' : 'primary care');

    // And the other way: Next in the trainer's window moves the projected page.
    await trainer.getByRole('button', { name: ui(lang, 'workshop.next') }).click();
    await page.locator('h1', { hasText: content(lang, 'steps.groups.title') }).waitFor();
    expect(await axeViolations(trainer)).toEqual([]);

    // A reload loses nothing: the same part.
    await page.reload();
    await page.locator('h1', { hasText: content(lang, 'steps.groups.title') }).waitFor();

    // A trainer walks a case in the wizard on the projector: the trainer's window follows the step shown.
    const record = { ...caseAssessment(CASES[0]!), progress: { phase: 'answering', stepId: 'screening', reached: ['basics', 'proposal', 'screening'] } };
    await seed(page, record);
    await page.goto(`${baseURL}#/a/${record.id}`);
    await page.locator('h1', { hasText: content(lang, 'steps.screening.title') }).waitFor();
    expect(await page.getByText(content(lang, 'workshop.screening.prompts.differently')).count()).toBe(0);
    await trainer.getByText(ui(lang, 'workshop.onScreen').replace('{{step}}', content(lang, 'steps.screening.title'))).waitFor();
    await trainer.getByText(content(lang, 'workshop.screening.prompts.differently')).waitFor();

    // Resetting for the next group is folded away at the end of the page and asks to save the group's file first.
    await page.locator('details.workshop-tools summary').click();
    await page.getByRole('button', { name: ui(lang, 'workshop.reset') }).click();
    const dialog = page.getByRole('dialog', { name: ui(lang, 'workshop.resetTitle') });
    expect(await dialog.getByRole('button', { name: ui(lang, 'workshop.saveFile') }).isVisible()).toBe(true);
    expect(await dialog.innerText()).toContain(ui(lang, 'workshop.resetSaveFirst'));
    await page.keyboard.press('Escape');
    await dialog.waitFor({ state: 'detached' });
    await trainer.close();
  });
});
