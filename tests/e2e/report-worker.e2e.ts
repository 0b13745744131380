// Reports are made off the page's thread, in real Chromium: with a
// four-group assessment on its review page, a click on the page while the
// PDF renders takes effect before the file arrives, and the PDF still
// downloads and reads back; a cancel stops it (the worker held at its
// fonts, so the test does not race the render), no file follows, the
// buttons come back and focus returns to the button that started it; the
// busy state passes axe. In Swedish and English.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Download, Page } from 'playwright-core';
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import { resources, type Language } from '../../src/i18n/resources';
import { flattenTexts } from '../../src/questionnaire/texts';
import { CASES, caseAssessment } from '../fixtures/cases';
import { seed } from '../fixtures/seed';
import { axeViolations, openApp, stopServer, type Session } from './harness';

let s: Session | undefined;
const dir = mkdtempSync(join(tmpdir(), 'jk-report-worker-'));
afterEach(async () => {
  await s?.close();
  s = undefined;
});
afterAll(async () => {
  await stopServer();
  rmSync(dir, { recursive: true, force: true });
});

const ui = (lang: Language, key: string) => flattenTexts(resources[lang].ui)[key] as string;
const fourGroups = CASES.find((c) => (c.answers['groups.items'] as unknown[]).length === 4)!;

/** The four-group case seeded and opened on its review page, in `lang`. */
async function openReview(lang: Language, options: Parameters<typeof openApp>[0] = {}): Promise<Page> {
  s = await openApp(options);
  const { page } = s;
  await page.getByRole('heading', { name: ui('sv', 'saved.heading') }).waitFor();
  await seed(page, caseAssessment(fourGroups));
  if (lang === 'en') await page.getByRole('button', { name: 'English' }).click();
  await page.goto(`${s.baseURL}#/a/${fourGroups.id}`);
  await page.getByRole('heading', { level: 1, name: ui(lang, 'review.heading') }).waitFor();
  return page;
}

/** The live status line once it names the stage where the pages are laid out (the long part). */
async function drawing(page: Page, lang: Language): Promise<void> {
  await page.locator('.pdf output').filter({ hasText: ui(lang, 'pdf.stage.draw') }).waitFor();
}

describe.each<Language>(['sv', 'en'])('the report worker (%s)', (lang) => {
  it('answers a click on the page while the PDF renders, and the PDF still downloads', { timeout: 120_000 }, async () => {
    const page = await openReview(lang);
    const toggle = page.locator('.review-section__toggle').first();
    const before = await toggle.getAttribute('aria-expanded');
    let arrived = false;
    const download = page.waitForEvent('download', { timeout: 90_000 }).then((d) => {
      arrived = true;
      return d;
    });
    await page.getByRole('button', { name: ui(lang, 'pdf.download') }).click();
    await drawing(page, lang);
    await toggle.click();
    const after = await toggle.getAttribute('aria-expanded');
    // The click was handled, and the file had not come yet: the page was not waiting on the report.
    const handledFirst = !arrived;
    expect(after).not.toBe(before);
    expect(handledFirst).toBe(true);

    const file = join(dir, `${lang}-${(await download).suggestedFilename()}`);
    await ((await download) as Download).saveAs(file);
    const text = execFileSync('pdftotext', ['-enc', 'UTF-8', file, '-'], { encoding: 'utf8' }).replace(/\s+/g, ' ');
    expect(text).toContain(fourGroups.title);
    expect(text).toContain(lang === 'sv' ? 'Sida 1 av' : 'Page 1 of');
    // Done: the buttons are back and the status says the file was made.
    await page.getByRole('button', { name: ui(lang, 'pdf.download') }).waitFor();
    expect(await page.getByRole('button', { name: ui(lang, 'pdf.cancel') }).count()).toBe(0);
    expect(await page.locator('.pdf output').innerText()).toContain(ui(lang, 'pdf.ready').replace(/{{\w+}}.*/, '').trim());
  });

  it('cancels: no file follows, the buttons come back and focus returns to the PDF button', { timeout: 120_000 }, async () => {
    // No service worker, so the worker's font requests reach the network, where they are held:
    // the report then waits at its fonts stage for as long as the test needs (no race with the render).
    const page = await openReview(lang, { serviceWorkers: 'block' });
    let release: () => void = () => {};
    const held = new Promise<void>((resolve) => (release = resolve));
    await s!.context.route('**/*.woff', async (route) => {
      await held;
      await route.continue();
    });
    const downloads: string[] = [];
    page.on('download', (d) => downloads.push(d.suggestedFilename()));
    const pdfButton = page.locator('.pdf button.button--primary');
    await pdfButton.click();
    await page.locator('.pdf output').filter({ hasText: ui(lang, 'pdf.stage.fonts') }).waitFor();
    const cancel = page.getByRole('button', { name: ui(lang, 'pdf.cancel') });
    // Focus moved to Cancel, as the clicked button is disabled while it works.
    expect(await cancel.evaluate((b) => b === document.activeElement)).toBe(true);
    expect(await pdfButton.isDisabled()).toBe(true);
    expect(await pdfButton.getAttribute('aria-busy')).toBe('true');
    // The busy state, with its status line and cancel button.
    expect(await axeViolations(page)).toEqual([]);

    await cancel.press('Enter');
    await page.getByRole('button', { name: ui(lang, 'pdf.download') }).waitFor();
    release();
    expect(await pdfButton.isEnabled()).toBe(true);
    expect(await pdfButton.evaluate((b) => b === document.activeElement)).toBe(true);
    expect(await cancel.count()).toBe(0);
    expect(await page.locator('.pdf output').innerText()).toBe(ui(lang, 'pdf.cancelled'));
    // The fonts now arrive: a worker still running would finish within this while and save its file.
    await page.waitForTimeout(8_000);
    expect(downloads).toEqual([]);
    expect(await axeViolations(page)).toEqual([]);

    // The next report starts a fresh worker and downloads.
    const [download] = await Promise.all([page.waitForEvent('download', { timeout: 90_000 }), page.getByRole('button', { name: ui(lang, 'htmlReport.download') }).click()]);
    expect(download.suggestedFilename()).toMatch(/\.html$/);
  });
});
