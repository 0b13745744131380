// Files in and out, in real Chromium: the review page saves the assessment
// as JSON and as a PDF that carries it; both import back on the start page
// (an assessment already here is only replaced after an explicit choice);
// a broken file is refused with its problems listed and nothing changed.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import { CASES, caseAssessment } from '../fixtures/cases';
import { axeViolations, openApp, stopServer, type Session } from './harness';
import { seed } from '../fixtures/seed';

let s: Session | undefined;
afterEach(async () => {
  await s?.close();
  s = undefined;
});
afterAll(stopServer);

const dir = mkdtempSync(join(tmpdir(), 'jk-files-'));

async function download(page: Page, button: RegExp): Promise<string> {
  const [file] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: button }).first().click()]);
  const path = join(dir, file.suggestedFilename());
  await file.saveAs(path);
  return path;
}

const savedCount = (page: Page) => page.locator('.saved__item').count();

describe('files in and out', () => {
  it('saves JSON and PDF from the review page and imports both back', async () => {
    s = await openApp();
    const { page } = s;
    const record = caseAssessment(CASES[1]!);
    await page.getByRole('heading', { name: 'Dina bedömningar' }).waitFor();
    await seed(page, record);
    await page.goto(`${s.baseURL}#/a/${record.id}`);
    await page.getByRole('heading', { name: 'Kontrollera dina svar' }).waitFor();

    const json = await download(page, /Spara som fil/);
    expect(json).toMatch(/sammanslagning-av-vardcentralerna.*\.json$/);
    expect(JSON.parse(readFileSync(json, 'utf8'))).toMatchObject({ format: 'jamlikhetskollen.assessment', id: record.id });
    const pdf = await download(page, /Ladda ner konsekvensbedömning/);
    expect(execFileSync('pdfdetach', ['-list', pdf], { encoding: 'utf8' })).toContain('assessment.json');

    await page.getByRole('link', { name: 'Jämlikhetskollen' }).click();
    await page.getByRole('heading', { name: 'Dina bedömningar' }).waitFor();
    // The list is read after the start page has drawn (its code loads on demand): wait for it.
    await expect.poll(() => savedCount(page)).toBe(1);

    // The same assessment again: nothing happens until the user chooses.
    await page.getByLabel('Fil att läsa in').setInputFiles(json);
    await page.getByRole('button', { name: /Behåll båda/ }).waitFor();
    expect(await savedCount(page)).toBe(1);
    expect(await axeViolations(page)).toEqual([]);
    await page.getByRole('button', { name: /Behåll båda/ }).click();
    await page.waitForFunction(() => document.querySelectorAll('.saved__item').length === 2);

    // The PDF carries the same assessment, unchanged: said so, with nothing to replace; a copy on request.
    await page.getByLabel('Fil att läsa in').setInputFiles(pdf);
    await page.getByRole('heading', { name: /finns redan här, med samma innehåll/ }).waitFor();
    expect(await page.getByRole('button', { name: /Ersätt den som finns/ }).count()).toBe(0);
    await page.getByRole('button', { name: /Behåll båda/ }).click();
    await page.getByText(/är inläst/).waitFor();
    await expect.poll(() => savedCount(page)).toBe(3);
  });

  it('refuses a broken file, lists its problems and changes nothing', async () => {
    s = await openApp();
    const { page } = s;
    await page.getByRole('heading', { name: 'Dina bedömningar' }).waitFor();
    const broken = join(dir, 'trasig.json');
    writeFileSync(broken, JSON.stringify({ ...caseAssessment(CASES[0]!), revision: 'x', answers: 5 }));
    await page.getByLabel('Fil att läsa in').setInputFiles(broken);
    const alert = page.getByRole('alert');
    await alert.waitFor();
    const text = await alert.innerText();
    expect(text).toContain('trasig.json');
    expect(text).toContain('$.revision');
    expect(text).toContain('$.answers');
    expect(await savedCount(page)).toBe(0);
    expect(await axeViolations(page)).toEqual([]);
  });

  it('lists a damaged record with its raw data to download, and the others still open', async () => {
    s = await openApp();
    const { page } = s;
    await page.getByRole('heading', { name: 'Dina bedömningar' }).waitFor();
    await seed(page, { id: 'a-broken', format: 'jamlikhetskollen.assessment', answers: 'not answers', note: 'åäö' });
    const good = caseAssessment(CASES[2]!);
    await seed(page, good);
    await page.reload();
    await page.getByRole('heading', { name: 'Skadad bedömning' }).waitFor();
    const raw = await download(page, /Ladda ner rådata/);
    expect(JSON.parse(readFileSync(raw, 'utf8'))).toMatchObject({ id: 'a-broken', note: 'åäö' });
    expect(await axeViolations(page)).toEqual([]);
    await page.getByRole('button', { name: /^Öppna\W+Digitalt först/ }).click();
    await page.getByRole('heading', { name: 'Kontrollera dina svar' }).waitFor();
  });
});
