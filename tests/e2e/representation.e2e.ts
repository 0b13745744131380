// Representation in numbers, end to end in real Chromium: a self-audit of a
// service walked through the wizard, with each group's share among users and
// among those in need typed as a person would (a decimal comma, and first a
// word, which the number field refuses in text). The review page writes the
// shares back as "27,5 %"; the results page draws the representation chart
// with its table, marks the under-represented group in text and raises the
// finding, axe-clean in Swedish and English; the PDF report carries the same
// table and the finding, read back with pdftotext.
import { execFileSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { resources, type Language } from '../../src/i18n/resources';
import { flattenTexts } from '../../src/questionnaire/texts';
import { axeViolations, openApp, stopServer, type Session } from './harness';
import { fieldId, fillCurrentStep, heading, showAllAnswers, submitStep } from './wizard-driver';

const ui = (lang: Language, key: string) => flattenTexts(resources[lang].ui)[key] as string;
const content = (lang: Language, key: string) => flattenTexts(resources[lang].content)[key] as string;
const norm = (text: string) => text.replace(/\s+/g, ' ').trim();

/** The service audited, which names the audit and its report. */
const SERVICE = 'Studie- och yrkesvägledningen i vuxenutbildningen';
/** 9 % of users against 27,5 % of those in need: a ratio of 0,33, under the framework's 0,8. */
const UNDER = 'Personer med utländsk bakgrund';
/** 40 % against 40 % of the population: a ratio of 1,00. */
const EVEN = 'Unga vuxna';

const GROUPS = fieldId('representation.groups');
const share = (item: number, field: 'users-share' | 'need-share') => fieldId('representation.groups', item, `representation.group.${field}`);

let s: Session;
let page: Page;
/** What the representation step showed when a word was typed where a number goes. */
let refused: { error: string; describedBy: string[]; invalid: string | null } | undefined;

beforeAll(async () => {
  s = await openApp();
  page = s.page;
});

afterAll(async () => {
  await s?.close();
  await stopServer();
});

/** The current step's id, read from the form's first field id ('' on an overview page, which has no fields). */
async function currentStepId(): Promise<string> {
  const first = page.locator('form [id^="f-"]').first();
  if ((await first.count()) === 0) return '';
  const id = (await first.getAttribute('id')) ?? '';
  return id.slice(2).split('__')[0] ?? '';
}

/** The representation step: two groups, a word typed first where a number goes, then the shares. */
async function representationStep() {
  await fillCurrentStep(page, {
    addItems: { [GROUPS]: 1 },
    type: {
      [fieldId('representation.groups', 0, 'representation.group.name')]: UNDER,
      [fieldId('representation.groups', 1, 'representation.group.name')]: EVEN,
      [share(0, 'users-share')]: 'en tiondel',
      [share(0, 'need-share')]: '27,5',
      [share(1, 'users-share')]: '40',
      [share(1, 'need-share')]: '40',
    },
    check: [`${fieldId('representation.groups', 1, 'representation.group.basis')}-population`],
  });
  // "Next" is refused, and the field says why, in text tied to the input.
  await page.locator('form button[type="submit"]').click();
  const error = page.locator(`#${share(0, 'users-share')}-error`);
  await error.waitFor();
  const input = page.locator(`#${share(0, 'users-share')}`);
  refused = {
    error: norm(await error.innerText()),
    describedBy: ((await input.getAttribute('aria-describedby')) ?? '').split(' '),
    invalid: await input.getAttribute('aria-invalid'),
  };
  await input.fill('9');
}

/** Enters the audit through the wizard, up to the review page. */
async function enterAudit() {
  await page.getByRole('button', { name: new RegExp(`^${ui('sv', 'wizard.begin_service')}\\W+${content('sv', 'questionnaires.service-audit.title')}$`) }).click();
  await page.getByRole('button', { name: ui('sv', 'wizard.begin_service'), exact: true }).click();
  await page.locator('form').waitFor();
  // One round a page: the check comes a recommendation a page, then an overview.
  for (let i = 0; i < 30 && (await heading(page)) !== ui('sv', 'review.heading'); i += 1) {
    const stepId = await currentStepId();
    if (stepId === 'service') await fillCurrentStep(page, { type: { [fieldId('service.name')]: SERVICE } });
    else if (stepId === 'representation') await representationStep();
    else await fillCurrentStep(page);
    await submitStep(page);
  }
}

/** The representation section of the results page, read in `lang`, with its table opened. */
async function readRepresentation(lang: Language) {
  await page.getByRole('heading', { level: 1, name: ui(lang, 'results.heading') }).waitFor();
  const section = page.locator('section[aria-labelledby="result-representation"]');
  await section.getByRole('heading', { level: 2, name: ui(lang, 'results.representation.heading') }).waitFor();
  // The chart is folded under its heading on the results page.
  const fold = section.locator('.result-fold__toggle');
  if ((await fold.getAttribute('aria-expanded')) === 'false') await fold.click();
  const group = (title: string) => section.locator('.representation__group').filter({ has: page.getByText(title, { exact: true }) });
  const details = section.locator('details');
  if (!(await details.evaluate((d) => (d as HTMLDetailsElement).open))) await section.getByText(ui(lang, 'results.representation.showTable')).click();
  const table = section.getByRole('table', { name: ui(lang, 'results.representation.caption') });
  const rows = await table.locator('tbody tr').evaluateAll((trs) => trs.map((tr) => [...tr.children].map((c) => (c.textContent ?? '').replace(/\s+/g, ' ').trim())));
  const findingTitle = ui(lang, 'findings.under-represented.title').replace('{{group}}', UNDER);
  return {
    under: norm(await group(UNDER).innerText()),
    even: norm(await group(EVEN).innerText()),
    chartName: (await section.getByRole('img').getAttribute('aria-label')) ?? '',
    rows,
    headerScopes: await table.locator('th').evaluateAll((ths) => ths.map((th) => th.getAttribute('scope'))),
    finding: await page.locator('main').getByText(findingTitle).count(),
    axe: await axeViolations(page),
  };
}

async function downloadPdfText(): Promise<string> {
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: /PDF/ }).first().click()]);
  const file = join(mkdtempSync(join(tmpdir(), 'jk-pdf-')), download.suggestedFilename());
  await download.saveAs(file);
  return execFileSync('pdftotext', ['-enc', 'UTF-8', file, '-'], { encoding: 'utf8' });
}

// The tests run in order on one browser: the audit is entered once, through the wizard.
describe('representation in numbers in a self-audit', () => {
  it('takes shares typed with a decimal comma, refuses a word in text, and writes the shares back on the review page', async () => {
    await enterAudit();
    expect(await heading(page)).toBe(ui('sv', 'review.heading'));
    expect(refused?.error).toContain(ui('sv', 'errors.number'));
    expect(refused?.describedBy).toContain(`${share(0, 'users-share')}-error`);
    expect(refused?.describedBy).toContain(`${share(0, 'users-share')}-range`);
    expect(refused?.invalid).toBe('true');
    await showAllAnswers(page);
    const review = norm(await page.locator('main').innerText());
    expect(review).toContain('27,5 %');
    expect(review).toContain('9 %');
  });

  it('the results page draws each group with its ratio, marks the under-represented group in text and raises the finding (Swedish)', async () => {
    await page.getByRole('button', { name: ui('sv', 'wizard.showResults') }).click();
    const r = await readRepresentation('sv');
    expect(r.under).toContain('9 %');
    expect(r.under).toContain('27,5 %');
    expect(r.under).toContain('Kvot: 0,33.');
    expect(r.under).toContain(ui('sv', 'results.representation.underLine'));
    expect(r.even).toContain(ui('sv', 'results.representation.populationLabel'));
    expect(r.even).toContain('Kvot: 1,00.');
    expect(r.even).not.toContain(ui('sv', 'results.representation.underLine'));
    expect(norm(r.chartName)).toContain(`${UNDER}: 9 % bland användarna och 27,5 % bland dem som behöver verksamheten, kvot 0,33, underrepresenterad`);
    expect(r.rows).toEqual([
      [UNDER, '9 %', '27,5 %', '0,33', 'Ja'],
      [EVEN, '40 %', '40 % (i befolkningen)', '1,00', 'Nej'],
    ]);
    expect(r.headerScopes).toEqual(['col', 'col', 'col', 'col', 'col', 'row', 'row']);
    expect(r.finding).toBeGreaterThan(0);
    expect(r.axe).toEqual([]);
  });

  it('and in English', async () => {
    await page.getByRole('button', { name: 'English' }).click();
    const r = await readRepresentation('en');
    expect(r.under).toContain('Ratio: 0.33.');
    expect(r.under).toContain(ui('en', 'results.representation.underLine'));
    expect(r.rows).toEqual([
      [UNDER, '9%', '27.5%', '0.33', 'Yes'],
      [EVEN, '40%', '40% (of the population)', '1.00', 'No'],
    ]);
    expect(r.finding).toBeGreaterThan(0);
    expect(r.axe).toEqual([]);
    await page.getByRole('button', { name: 'Svenska' }).click();
    await page.getByRole('heading', { level: 1, name: ui('sv', 'results.heading') }).waitFor();
  });

  it('the PDF report carries the representation table and the finding', async () => {
    await page.getByRole('button', { name: ui('sv', 'wizard.backToSteps') }).click();
    await page.getByRole('heading', { level: 1, name: ui('sv', 'review.heading') }).waitFor();
    const pdf = norm(await downloadPdfText());
    expect(pdf).toContain(SERVICE);
    expect(pdf).toContain(ui('sv', 'results.representation.heading'));
    // The table's columns (a PDF table prints its headers; the caption names it for assistive technology only).
    expect(pdf).toContain(['groupColumn', 'usersColumn', 'needColumn', 'ratioColumn', 'underColumn'].map((c) => ui('sv', `results.representation.${c}`)).join(' '));
    expect(pdf).toContain('En kvot under 0,8 räknas som underrepresentation');
    // The under-represented group's row, cell by cell in reading order (pdftotext may close up a narrow no-break space).
    expect(pdf).toMatch(new RegExp(`${UNDER} 9 ?% 27,5 ?% 0,33 Ja`));
    expect(pdf).toMatch(new RegExp(`${EVEN} 40 ?% 40 ?% \\(i befolkningen\\) 1,00 Nej`));
    expect(pdf).toContain(ui('sv', 'findings.under-represented.title').replace('{{group}}', UNDER));
  });
});
