// The assessor's and the reviewer's copies of one assessment, changed apart
// in two browsers (two profiles), in real Chromium: the reviewer's file,
// imported where the assessor works, shows what differs (steps by title,
// the review round, the decision, the follow-up, which copy is newer) and
// asks; nothing is merged. Keep both makes a copy; replace puts the file's
// content in place (the list then shows its decision and sign-off); the same
// file once more is said to hold the same content. The start page lists
// what is due first, overdue said in words, with a link to follow up.
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import { questionnaires } from '../../src/questionnaire/catalogue';
import { formatFixture } from '../fixtures/formats';
import { seed } from '../fixtures/seed';
import { axeViolations, openApp, stopServer, type Session } from './harness';

const sessions: Session[] = [];
afterEach(async () => {
  for (const s of sessions.splice(0)) await s.close();
});
afterAll(stopServer);

const dir = mkdtempSync(join(tmpdir(), 'jk-import-diff-'));
const saved = (page: Page) => page.locator('.saved__item');

type Record4 = Record<string, unknown> & {
  id: string;
  updatedAt: string;
  questionnaire: { id: string; contentVersion: string };
  answers: Record<string, unknown>;
  review: unknown[];
  decision?: unknown;
  followUps: unknown[];
};

/**
 * The format 4 fixture (two review rounds, returned then approved; a decision; a follow-up), under the
 * questionnaire's current version, as a copy made with this version of the app would be.
 */
function reviewed(): Record4 {
  const record = JSON.parse(formatFixture('v4.json')) as Record4;
  record.questionnaire.contentVersion = questionnaires.find((q) => q.id === record.questionnaire.id)!.contentVersion;
  record.updatedAt = '2026-04-09T07:30:00.000Z';
  return record;
}

async function started(): Promise<Session> {
  const s = await openApp();
  sessions.push(s);
  await s.page.getByRole('heading', { name: 'Dina bedömningar' }).waitFor();
  return s;
}

describe('importing a copy that changed elsewhere', () => {
  it('shows what differs and asks; keep both and replace both work; the same file again changes nothing', async () => {
    // The reviewer's browser: the whole history, the decision and a follow-up.
    const reviewer = await started();
    const theirs = reviewed();
    await seed(reviewer.page, theirs);
    // The reviewer saves the file from the peer review page, as they would to send it back.
    await reviewer.page.goto(`${reviewer.baseURL}#/a/${theirs.id}/peer-review`);
    const [download] = await Promise.all([reviewer.page.waitForEvent('download'), reviewer.page.getByRole('button', { name: /Spara som fil/ }).first().click()]);
    const path = join(dir, 'granskad.json');
    await download.saveAs(path);

    // The assessor's browser: before the second round and the decision, with a changed answer and a
    // follow-up date now passed.
    const assessor = await started();
    const mine = reviewed();
    mine.review = mine.review.slice(0, 1);
    delete mine.decision;
    mine.followUps = [];
    mine.updatedAt = '2026-03-14T10:05:00.000Z';
    mine.answers['proposal.what'] = 'Biblioteket i Norrby stänger på lördagar (ändrat av handläggaren).';
    mine.answers['follow-up.when'] = '2026-10-01';
    await seed(assessor.page, mine);
    await assessor.page.reload();
    const { page } = assessor;
    await expect.poll(() => saved(page).count()).toBe(1);
    // Due first, overdue said in words (not by colour alone), with the link to follow up.
    await page.locator('.saved__due').getByText('Försenad: uppföljning 1 okt 2026').waitFor();
    expect(await page.getByRole('link', { name: /^Följ upp/ }).getAttribute('href')).toBe(`#/a/${mine.id}/follow-up`);

    await page.getByLabel('Fil att läsa in').setInputFiles(path);
    const question = page.getByRole('heading', { name: /finns redan här, och filen skiljer sig från den/ });
    await question.waitFor();
    // Focus lands on the question, so a keyboard user is where the choice is.
    expect(await question.evaluate((h) => h === document.activeElement)).toBe(true);
    const box = page.locator('.import .confirm-box');
    const text = await box.innerText();
    expect(text).toMatch(/Filen granskad\.json ändrades senast \(9 apr 2026 [\d.]+\)\. Den som finns här ändrades 14 mars 2026 [\d.]+\./);
    expect(text).toContain('Svaren skiljer sig i 2 steg: Beskriv förslaget och Uppföljning.');
    expect(text).toMatch(/Granskningsomgång 2 \(Sara Lind, påbörjad 15 mars 2026 [\d.]+\) finns bara i filen\./);
    expect(text).toContain('Bara filen har ett beslut registrerat: beslut med ändringar 8 apr 2026 (dnr KFN 2026/112).');
    expect(text).toContain('Uppföljningen 15 okt 2026 finns bara i filen.');
    expect(text).not.toContain('Även det här skiljer sig');
    expect(text).toContain('Inget slås ihop.');
    expect(await saved(page).count()).toBe(1);
    expect(await axeViolations(page)).toEqual([]);

    await page.getByRole('button', { name: /Behåll båda/ }).click();
    await expect.poll(() => saved(page).count()).toBe(2);

    // Again, and replace: the stored copy now holds the reviewer's decision and sign-off.
    await page.getByLabel('Fil att läsa in').setInputFiles(path);
    await question.waitFor();
    await page.getByRole('button', { name: /Ersätt den som finns/ }).click();
    await page.getByText(/är inläst/).waitFor();
    expect(await saved(page).count()).toBe(2);
    await expect
      .poll(() => saved(page).locator('.saved__after').allInnerTexts())
      .toEqual(['Beslut 8 apr 2026: med ändringar (dnr KFN 2026/112) · Granskad och godkänd 15 mars 2026', 'Beslut 8 apr 2026: med ändringar (dnr KFN 2026/112) · Granskad och godkänd 15 mars 2026']);

    // The same file once more: the same content, said so; nothing is changed unless asked.
    await page.getByLabel('Fil att läsa in').setInputFiles(path);
    await page.getByRole('heading', { name: /finns redan här, med samma innehåll/ }).waitFor();
    await page.getByRole('button', { name: 'Avbryt' }).click();
    expect(await saved(page).count()).toBe(2);
  });
});
