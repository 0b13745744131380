// Accessibility in real Chromium. A whole assessment done with the keyboard
// alone (skip link, visible focus on every Tab stop, focus never lost or
// stuck, step changes announced and focused, the error summary); every
// screen in Swedish and English axe-clean (WCAG 2.1 A and AA) and without
// horizontal scrolling at 320 and 640 px (400 % and 200 % zoom of a 1280 px
// window); no motion when reduced motion is asked for; and the HTML report,
// downloaded, opened as a file, axe-clean, with real headings and tables,
// the user's words and nothing of the other language, importing back.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Page } from 'playwright-core';
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import { CASES, caseAssessment } from '../fixtures/cases';
import { otherLanguageLeaks } from '../fixtures/leaks';
import { seed } from '../fixtures/seed';
import { axeViolations, openApp, stopServer, type Session } from './harness';
import { completeStepByKeyboard, dateKeys, enterAndWaitForHeading, focused, tab, tabTo } from './keyboard';
import { motion, narrowProblems } from './layout';
import { completeStep, fieldId, heading } from './wizard-driver';

let s: Session | undefined;
afterEach(async () => {
  await s?.close();
  s = undefined;
});
afterAll(stopServer);

const dir = mkdtempSync(join(tmpdir(), 'jk-access-'));
const TITLE = 'Ändrade öppettider <b>nu</b> på Västerås bibliotek';
const GROUPS = ['Äldre utan dator', 'Barn i årskurs 4–6'];
const MEASURE = 'Läxhjälp på lördagar i Öxnehaga';
// A whole walk with axe and two widths on every screen takes minutes on a busy two-core machine.
const LONG = 600_000;

/** axe and the narrow widths on the screen now; `where` names it in a failure. */
async function checkScreen(page: Page, where: string) {
  expect(await axeViolations(page), `axe on ${where}`).toEqual([]);
  expect(await narrowProblems(page), `narrow layout of ${where}`).toEqual([]);
}

/** The polite announcement of the wizard after a step change. */
const announced = (page: Page) => page.locator('.wizard__main > [aria-live="polite"]').innerText();

/** The focused element's tag and text (a heading takes focus after each change of screen). */
const focusedHeading = (page: Page) => page.evaluate(() => `${document.activeElement?.tagName} ${document.activeElement?.textContent?.trim()}`);

async function downloadByKeyboard(page: Page, name: RegExp): Promise<string> {
  await tabTo(page, (f) => f.tag === 'button' && name.test(f.name));
  const [file] = await Promise.all([page.waitForEvent('download'), page.keyboard.press('Enter')]);
  const path = join(dir, `${Date.now()}-${file.suggestedFilename()}`);
  await file.saveAs(path);
  return path;
}

/** Opens a downloaded HTML report as a file and checks it; returns its visible text. */
async function checkHtmlReport(session: Session, path: string, lang: 'sv' | 'en'): Promise<string> {
  const report = await session.context.newPage();
  const requests: string[] = [];
  report.on('request', (r) => requests.push(r.url()));
  const url = pathToFileURL(path).href;
  // The harness refuses every request outside the app; this page may read its own file, and nothing else.
  await report.route((u) => u.href === url, (route) => route.continue());
  await report.goto(url);
  expect(requests, 'the report fetches nothing').toEqual([url]);
  expect(await report.evaluate(() => document.documentElement.lang)).toBe(lang);
  expect(await axeViolations(report), `axe on the ${lang} HTML report`).toEqual([]);
  const outline = await report.evaluate(() => [...document.querySelectorAll('h1, h2, h3, h4, h5, h6')].map((h) => Number(h.tagName[1])));
  expect(outline.filter((l) => l === 1)).toHaveLength(1);
  expect(outline.filter((l, i) => i > 0 && l > outline[i - 1]! + 1), 'no heading skips a level').toEqual([]);
  const tables = await report.evaluate(() =>
    [...document.querySelectorAll('table')].map((t) => ({
      caption: !!t.querySelector('caption')?.textContent?.trim(),
      cols: [...t.querySelectorAll('thead th')].every((th) => th.getAttribute('scope') === 'col'),
      rows: [...t.querySelectorAll('tbody tr')].every((tr) => tr.firstElementChild?.getAttribute('scope') === 'row'),
    })),
  );
  expect(tables.length).toBeGreaterThan(3);
  expect(tables.filter((t) => !t.caption || !t.cols || !t.rows)).toEqual([]);
  const text = await report.locator('body').innerText();
  expect(await report.locator('h1').innerText()).toBe(TITLE);
  expect(await report.locator('b').count(), 'the typed markup is text').toBe(0);
  expect(otherLanguageLeaks(text, lang)).toEqual([]);
  await report.close();
  return text;
}

describe('accessibility', () => {
  it('a whole assessment with the keyboard alone, in Swedish, axe-clean and reflowing on every screen, with the HTML report', async () => {
    s = await openApp();
    const { page } = s;
    await page.getByRole('heading', { name: 'Dina bedömningar' }).waitFor();
    await checkScreen(page, 'the start page');

    // The skip link is the first Tab stop, shows itself, and moves focus to the main content.
    let f = await tab(page);
    expect(f.name).toBe('Hoppa till huvudinnehållet');
    // It slides into view (a short transition), then sits inside the viewport.
    await page.waitForFunction(() => (document.querySelector('.skip-link')?.getBoundingClientRect().top ?? -1) >= 0, undefined, { timeout: 2000 });
    await page.keyboard.press('Enter');
    expect((await focused(page)).id).toBe('main');

    await tabTo(page, (x) => x.tag === 'button' && /^Påbörja bedömningen\W+Bedöm/.test(x.name));
    expect(await enterAndWaitForHeading(page)).toBe('Bedöm ett förslag');
    await checkScreen(page, 'the questionnaire start');
    await tabTo(page, (x) => x.name === 'Påbörja bedömningen');
    expect(await enterAndWaitForHeading(page)).toBe('Grunduppgifter');
    const date = await dateKeys(page);
    await page.locator('h1').focus();
    expect(await focusedHeading(page)).toBe('H1 Grunduppgifter');

    // Sending the empty step: the error summary takes focus and links to the field.
    f = await tabTo(page, (x) => x.type === 'submit');
    await page.keyboard.press('Enter');
    await page.locator('.error-summary').waitFor();
    expect(await page.evaluate(() => document.activeElement?.classList.contains('error-summary'))).toBe(true);
    await checkScreen(page, 'the error summary');
    f = await tab(page);
    expect(f.tag).toBe('a');
    await page.keyboard.press('Enter');
    expect((await focused(page)).id).toBe(fieldId('basics.title'));

    const input = {
      type: {
        [fieldId('basics.title')]: TITLE,
        [fieldId('groups.items', 0, 'groups.item.name')]: GROUPS[0]!,
        [fieldId('groups.items', 1, 'groups.item.name')]: GROUPS[1]!,
        [fieldId('measures.items', 0, 'measures.item.what')]: MEASURE,
      },
      choose: { [fieldId('screening.outcome')]: 'full' },
      add: [fieldId('groups.items'), fieldId('measures.items')],
    };
    await completeStepByKeyboard(page, date, input);

    // A step asked per group, and the check, come a page at a time: each page is checked as a step is.
    const seen = ['Grunduppgifter'];
    for (let i = 1; i < 12 && (await heading(page)) !== 'Kontrollera dina svar'; i += 1) {
      const title = await heading(page);
      seen.push(title);
      await checkStep(page, i + 1, title);
      await completeStepByKeyboard(page, date, input, 'Svar med åäö', async () => checkStep(page, i + 1, await heading(page)));
    }
    expect(seen).toHaveLength(11);
    expect(await focusedHeading(page)).toBe('H1 Kontrollera dina svar');
    await checkScreen(page, 'the review page');

    // The HTML report in Swedish, then in English (the language choice is shared with the PDF).
    const sv = await checkHtmlReport(s, await downloadByKeyboard(page, /som webbsida/), 'sv');
    for (const name of [...GROUPS, MEASURE]) expect(sv).toContain(name);
    f = await tabTo(page, (x) => x.tag === 'select', { back: true });
    await page.keyboard.press('ArrowDown');
    expect((await focused(page)).value).toBe('en');
    const en = await checkHtmlReport(s, await downloadByKeyboard(page, /som webbsida/), 'en');
    expect(en).toContain('Summary');
    expect(await heading(page)).toBe('Kontrollera dina svar');

    await tabTo(page, (x) => x.name === 'Slutför bedömningen', { max: 500 });
    await page.keyboard.press('Enter');
    // With serious findings open, a panel asks for the reason first: its heading has focus, then the field and the button.
    if ((await page.locator('.completion-guard').count()) > 0) {
      await checkScreen(page, 'the completion guard');
      await tabTo(page, (x) => x.tag === 'textarea', { max: 5 });
      await page.keyboard.type('Beslutet kan inte vänta.');
      await tabTo(page, (x) => x.name === 'Slutför ändå', { max: 5 });
      await page.keyboard.press('Enter');
    }
    await page.waitForFunction(() => document.querySelector('h1')?.textContent === 'Bedömningen är klar');
    expect(await heading(page)).toBe('Bedömningen är klar');
    expect(await focusedHeading(page)).toBe('H1 Bedömningen är klar');
    await checkScreen(page, 'the complete page');

    await tabTo(page, (x) => x.name === 'Resultat mot de fem rekommendationerna', { back: true });
    expect(await enterAndWaitForHeading(page)).toBe('Resultat av avstämningen');
    expect(await focusedHeading(page)).toBe('H1 Resultat av avstämningen');
    await checkScreen(page, 'the results page');

    // The skip link works inside an assessment too, without leaving it (the app routes by the fragment).
    const hash = await page.evaluate(() => location.hash);
    await tabTo(page, (x) => x.name === 'Hoppa till huvudinnehållet', { back: true });
    await page.keyboard.press('Enter');
    expect((await focused(page)).id).toBe('main');
    expect(await page.evaluate(() => location.hash)).toBe(hash);
    expect(await heading(page)).toBe('Resultat av avstämningen');

    await tabTo(page, (x) => x.tag === 'a' && x.name === 'Jämlikhetskollen', { back: true });
    expect(await enterAndWaitForHeading(page)).toBe('Gör en konsekvensbedömning för jämlikhet');
    await tabTo(page, (x) => x.name === 'Tillgänglighetsredogörelse');
    expect(await enterAndWaitForHeading(page)).toBe('Tillgänglighetsredogörelse för Jämlikhetskollen');
    expect(await focusedHeading(page)).toBe('H1 Tillgänglighetsredogörelse för Jämlikhetskollen');
    await checkScreen(page, 'the accessibility statement');
  }, LONG);

  it('every screen in English is axe-clean and reflows, error states included', async () => {
    s = await openApp();
    const { page } = s;
    await page.getByRole('button', { name: 'English' }).click();
    await page.getByRole('heading', { name: 'Your assessments' }).waitFor();
    await checkScreen(page, 'the start page');
    await rejectImport(page, 'could not be imported', 'the rejected import');

    await page.getByRole('button', { name: /^Start the assessment\W+Assess/ }).click();
    await page.getByRole('button', { name: 'Start the assessment', exact: true }).click();
    await page.locator('form').waitFor();
    await page.locator('form button[type="submit"]').click();
    await page.locator('.error-summary').waitFor();
    await checkScreen(page, 'the error summary');

    const input = { screening: { check: [`${fieldId('screening.outcome')}-full`, `${fieldId('screening.children')}-yes`] } };
    const seen: string[] = [];
    for (let i = 0; i < 12 && (await heading(page)) !== 'Check your answers'; i += 1) {
      seen.push(await heading(page));
      if (i > 0) await checkScreen(page, `step "${seen.at(-1)}"`);
      const stepId = ((await page.locator('form [id^="f-"]').first().getAttribute('id')) ?? '').slice(2).split('__')[0] ?? '';
      await completeStep(page, input[stepId as keyof typeof input] ?? {}, 'Answer text');
    }
    expect(seen).toHaveLength(11);
    await checkScreen(page, 'the review page');
    await page.getByRole('button', { name: 'Complete the assessment' }).click();
    if ((await page.locator('.completion-guard').count()) > 0) {
      // Empty the reason (the walk filled its question) to see the panel's error state.
      await page.locator('.completion-guard textarea').fill('');
      await page.getByRole('button', { name: 'Complete anyway' }).click();
      await page.locator('.completion-guard .error-message').waitFor();
      await checkScreen(page, 'the completion guard with its error');
      await page.locator('.completion-guard textarea').fill('The decision cannot wait.');
      await page.getByRole('button', { name: 'Complete anyway' }).click();
    }
    await page.getByRole('heading', { name: 'The assessment is complete' }).waitFor();
    await checkScreen(page, 'the complete page');
    await page.getByRole('button', { name: 'Results against the five recommendations' }).click();
    await page.getByRole('heading', { name: 'Results of the check' }).waitFor();
    await checkScreen(page, 'the results page');
    await page.getByRole('link', { name: 'Accessibility statement' }).click();
    await page.getByRole('heading', { name: 'Accessibility statement for Jämlikhetskollen' }).waitFor();
    await checkScreen(page, 'the accessibility statement');
    expect(otherLanguageLeaks(await page.locator('body').innerText(), 'en')).toEqual([]);
  }, LONG);

  it('a rejected import in Swedish is axe-clean, and the HTML report imports back', async () => {
    s = await openApp();
    const { page } = s;
    await page.getByRole('heading', { name: 'Dina bedömningar' }).waitFor();
    await rejectImport(page, 'kunde inte läsas in', 'the rejected import');

    const record = caseAssessment(CASES[1]!);
    await seed(page, record);
    await page.goto(`${s.baseURL}#/a/${record.id}`);
    await page.getByRole('heading', { name: 'Kontrollera dina svar' }).waitFor();
    const [file] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: /som webbsida/ }).click()]);
    expect(file.suggestedFilename()).toMatch(/\.html$/);
    const path = join(dir, file.suggestedFilename());
    await file.saveAs(path);

    await page.getByRole('link', { name: 'Jämlikhetskollen' }).click();
    await page.getByLabel('Fil att läsa in').setInputFiles(path);
    await page.getByRole('button', { name: /Behåll båda/ }).click();
    await page.waitForFunction(() => document.querySelectorAll('.saved__item').length === 2);

    const empty = join(dir, 'ingen-data.html');
    writeFileSync(empty, '<!doctype html><html lang="sv"><title>x</title><p>Ingen bedömning här</p></html>');
    await page.getByLabel('Fil att läsa in').setInputFiles(empty);
    await page.getByRole('alert').getByText(/HTML-filen innehåller ingen bedömning/).waitFor();
    expect(await page.locator('.saved__item').count()).toBe(2);
  });

  it('has no transitions or animations when reduced motion is asked for', async () => {
    s = await openApp();
    const { page } = s;
    // Without the preference, the skip link slides in: the check below can see motion.
    expect((await motion(page)).some((m) => m.includes('skip-link'))).toBe(true);

    await page.emulateMedia({ reducedMotion: 'reduce' });
    expect(await motion(page)).toEqual([]);
    await page.keyboard.press('Tab');
    expect(await motion(page), 'after focusing the skip link').toEqual([]);
    const record = caseAssessment(CASES[0]!);
    await seed(page, record);
    await page.goto(`${s.baseURL}#/a/${record.id}/results`);
    await page.getByRole('heading', { name: 'Resultat av avstämningen' }).waitFor();
    expect(await motion(page), 'on the results page').toEqual([]);
    await page.locator('details summary').first().press('Enter');
    expect(await motion(page), 'after opening a details element').toEqual([]);
  });
});

/** A step reached with the keyboard: its heading has focus, the change was announced, axe and the narrow widths pass. */
async function checkStep(page: Page, position: number, title: string) {
  expect(await focusedHeading(page)).toBe(`H1 ${title}`);
  // A page's heading names its group in brackets: the title is matched as text.
  expect(await announced(page)).toMatch(new RegExp(`^Steg ${position} av \\d+: ${title.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}$`));
  await checkScreen(page, `step "${title}"`);
}

/** Picks a broken file on the start page and checks the error state; `expected` is part of its message. */
async function rejectImport(page: Page, expected: string, where: string) {
  const broken = join(dir, 'trasig.json');
  writeFileSync(broken, '{ "format": "jamlikhetskollen.assessment", "answers": 5 ');
  await page.locator('input[type="file"]').setInputFiles(broken);
  await page.getByRole('alert').getByText(expected).waitFor();
  await checkScreen(page, where);
}
