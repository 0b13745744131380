// Whole assessments walked in real Chromium against the built app: the full
// branch in Swedish and in English (three affected groups, two measures)
// with axe on every step and the PDF read back; the "no further analysis"
// branch; a reload in the middle of a step; and the review page's
// change link round trip.
import { execFileSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import { otherLanguageLeaks } from '../fixtures/leaks';
import { axeViolations, openApp, stopServer, type Session } from './harness';
import { completeStep, fieldId, fillCurrentStep, heading, showAllAnswers, submitStep } from './wizard-driver';

let s: Session | undefined;
afterEach(async () => {
  await s?.close();
  s = undefined;
});
afterAll(stopServer);

// A full walk answers every group and every recommendation on a page of its own: more pages than the default allows for.
const WALK_TIMEOUT = 600_000;

const GROUPS = ['Äldre utan dator', 'Barn i årskurs 4–6', 'Nyanlända föräldrar'];
const TITLE = 'Ändrade öppettider på Västerås filialbibliotek';

async function begin(page: Page, questionnaire: RegExp, beginLabel: string) {
  await page.getByRole('button', { name: questionnaire }).click();
  await page.getByRole('button', { name: beginLabel, exact: true }).click();
  await page.locator('form').waitFor();
}

/** Per-step input for a full walk of the proposal questionnaire. */
function proposalInput(outcome: string): Record<string, Parameters<typeof fillCurrentStep>[1]> {
  return {
    basics: { type: { [fieldId('basics.title')]: TITLE } },
    // "No further analysis" is refused while children are affected or groups are affected differently.
    screening: {
      check:
        outcome === 'no-analysis'
          ? [`${fieldId('screening.outcome')}-${outcome}`, `${fieldId('screening.children')}-no`, `${fieldId('screening.affects-differently')}-no`]
          : [`${fieldId('screening.outcome')}-${outcome}`, `${fieldId('screening.children')}-yes`],
    },
    groups: {
      addItems: { [fieldId('groups.items')]: 2 },
      type: Object.fromEntries(GROUPS.map((name, i) => [fieldId('groups.items', i, 'groups.item.name'), name])),
    },
    measures: {
      addItems: { [fieldId('measures.items')]: 2 },
      type: {
        [fieldId('measures.items', 0, 'measures.item.what')]: 'Förstärkt bemanning två kvällar i veckan',
        [fieldId('measures.items', 1, 'measures.item.what')]: 'Läxhjälp i samarbete med föreningar',
      },
    },
  };
}

/** Walks from the first step to review, every page of each step; returns the steps' first headings. Runs axe on every step. */
async function walk(page: Page, input: Record<string, Parameters<typeof fillCurrentStep>[1]>, filler: string, reviewHeading: string) {
  const seen: string[] = [];
  for (let i = 0; i < 12 && (await heading(page)) !== reviewHeading; i += 1) {
    seen.push(await heading(page));
    const stepId = await currentStepId(page);
    expect(await axeViolations(page), `axe on step "${stepId}"`).toEqual([]);
    await completeStep(page, input[stepId] ?? {}, filler);
  }
  expect(await heading(page)).toBe(reviewHeading);
  return seen;
}

/** The current step's id, read from the form's first field id. */
async function currentStepId(page: Page): Promise<string> {
  const id = (await page.locator('form [id^="f-"]').first().getAttribute('id')) ?? '';
  return id.slice(2).split('__')[0] ?? '';
}

async function downloadPdfText(page: Page): Promise<{ name: string; text: string }> {
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: /PDF/ }).first().click()]);
  const file = join(mkdtempSync(join(tmpdir(), 'jk-pdf-')), download.suggestedFilename());
  await download.saveAs(file);
  return { name: download.suggestedFilename(), text: execFileSync('pdftotext', ['-enc', 'UTF-8', file, '-'], { encoding: 'utf8' }) };
}

const norm = (text: string) => text.replace(/\s+/g, ' ');

describe('the wizard', () => {
  it('walks the full analysis in Swedish, axe-clean on every step, and downloads a Swedish PDF', async () => {
    s = await openApp();
    const { page } = s;
    await begin(page, /^Påbörja bedömningen\s?:/, 'Påbörja bedömningen');
    expect(await page.locator('.progress').textContent()).toMatch(/^Steg 1 av \d+$/);
    const seen = await walk(page, proposalInput('full'), 'Svar med åäö', 'Kontrollera dina svar');
    expect(seen).toHaveLength(11);
    expect(await axeViolations(page)).toEqual([]);
    await showAllAnswers(page);
    const review = norm(await page.locator('main').innerText());
    for (const group of GROUPS) expect(review).toContain(group);
    expect(review).toContain('Förstärkt bemanning två kvällar i veckan');

    const { name, text } = await downloadPdfText(page);
    expect(name).toMatch(/^andrade-oppettider.*\.pdf$/);
    const pdf = norm(text);
    expect(pdf).toContain(TITLE);
    for (const group of GROUPS) expect(pdf).toContain(group);
    expect(pdf).toContain('Svar med åäö');
    expect(pdf).toContain('Sida 1 av');
    expect(otherLanguageLeaks(text, 'sv')).toEqual([]);

    await page.getByRole('button', { name: 'Slutför bedömningen' }).click();
    // With serious findings open, completing asks for a reason first (tests/e2e/claims.e2e.ts tests that panel).
    if ((await page.locator('.completion-guard').count()) > 0) {
      await page.locator('.completion-guard textarea').fill('Beslutet kan inte vänta.');
      await page.getByRole('button', { name: 'Slutför ändå' }).click();
    }
    await page.waitForFunction(() => document.querySelector('h1')?.textContent === 'Bedömningen är klar');
    expect(await heading(page)).toBe('Bedömningen är klar');
    expect(await axeViolations(page)).toEqual([]);
  }, WALK_TIMEOUT);

  it('walks the full analysis in English, axe-clean on every step, and downloads an English PDF', async () => {
    s = await openApp();
    const { page } = s;
    await page.getByRole('button', { name: 'English' }).click();
    await begin(page, /^Start the assessment\s?:/, 'Start the assessment');
    const seen = await walk(page, proposalInput('full'), 'Answer text', 'Check your answers');
    expect(seen).toHaveLength(11);
    const { text } = await downloadPdfText(page);
    const pdf = norm(text);
    expect(pdf).toContain(TITLE);
    for (const group of GROUPS) expect(pdf).toContain(group);
    expect(pdf).toContain('Page 1 of');
    expect(otherLanguageLeaks(text, 'en')).toEqual([]);
    expect(otherLanguageLeaks(await page.locator('body').innerText(), 'en')).toEqual([]);
  }, WALK_TIMEOUT);

  it('"no further analysis" goes from screening straight to the summary', async () => {
    s = await openApp();
    const { page } = s;
    await begin(page, /^Påbörja bedömningen\s?:/, 'Påbörja bedömningen');
    const seen = await walk(page, proposalInput('no-analysis'), 'Svar med åäö', 'Kontrollera dina svar');
    expect(seen).toEqual(['Grunduppgifter', 'Beskriv förslaget', 'Relevansprövning', 'Samlad bedömning']);
    const steps = await page.locator('.step-list').innerText();
    expect(steps).toContain('Behövs inte');
  });

  it('loses nothing on a reload in the middle of the consequences step', async () => {
    s = await openApp();
    const { page } = s;
    await begin(page, /^Påbörja bedömningen\s?:/, 'Påbörja bedömningen');
    const input = proposalInput('full');
    for (let i = 0; i < 8 && (await currentStepId(page)) !== 'consequences'; i += 1) {
      await fillCurrentStep(page, input[await currentStepId(page)] ?? {});
      await submitStep(page);
    }
    expect(await currentStepId(page)).toBe('consequences');
    const typed = 'Skrivet men inte sparat: längre restid för äldre';
    const target = page.locator('form textarea:visible').first();
    const targetId = await target.getAttribute('id');
    await target.fill(typed);
    await page.locator('form fieldset.choice input').first().check();
    await page.waitForTimeout(1200); // drafts are saved within a second
    await page.reload();
    await page.locator('form').waitFor();
    expect(await currentStepId(page)).toBe('consequences');
    expect(await page.locator(`#${targetId}`).inputValue()).toBe(typed);
    expect(await page.locator('form fieldset.choice input').first().isChecked()).toBe(true);
    expect(await page.locator(`#${fieldId('groups.items')}`).count()).toBe(0);
    // Earlier accepted answers are still there: the group names head the blocks.
    const main = await page.locator('main').innerText();
    for (const group of GROUPS) expect(main).toContain(group);
  });

  it('a change link on the review page opens the step and returns to review after saving', async () => {
    s = await openApp();
    const { page } = s;
    await begin(page, /^Påbörja bedömningen\s?:/, 'Påbörja bedömningen');
    await walk(page, proposalInput('no-analysis'), 'Svar med åäö', 'Kontrollera dina svar');
    await page.locator('#review-proposal').locator('..').getByRole('button', { name: /^Ändra/ }).first().click();
    expect(await heading(page)).toBe('Beskriv förslaget');
    await page.locator(`#${fieldId('proposal.what')}`).fill('Ett ändrat förslag om öppettider');
    await page.getByRole('button', { name: 'Spara och gå tillbaka till översikten' }).click();
    await page.waitForFunction(() => document.querySelector('h1')?.textContent === 'Kontrollera dina svar');
    await showAllAnswers(page);
    expect(await page.locator('main').innerText()).toContain('Ett ändrat förslag om öppettider');
    // Back on the start page, the assessment is listed with its title.
    await page.getByRole('link', { name: 'Jämlikhetskollen' }).click();
    await page.getByRole('heading', { name: 'Dina bedömningar' }).waitFor();
    expect(await page.locator('.saved').innerText()).toContain(TITLE);
  });
});
