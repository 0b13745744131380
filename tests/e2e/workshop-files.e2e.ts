// Files for workshop trainers, in real Chromium: the blank worksheet is
// downloaded from the start page in the chosen language and read back, and
// the library case's handouts for a 90-minute plan (case sheet, worksheet
// with the case first, facilitator guide whose agenda ends at 1:30); three
// groups' assessments (the workshop cases, saved as JSON files) and a broken
// file are read into the comparison, which shows each one's statuses, groups
// and measures, refuses the broken file with its problems, saves nothing in
// this browser, prints to a PDF that reads back, and passes axe in both
// languages.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import { exportJson } from '../../src/assessment/export-file';
import { resources, type Language } from '../../src/i18n/resources';
import { flattenTexts } from '../../src/questionnaire/texts';
import { CASES, caseAssessment, file, framework } from '../fixtures/cases';
import { otherLanguageLeaks } from '../fixtures/leaks';
import { axeViolations, openApp, stopServer, type Session } from './harness';

let s: Session | undefined;
afterEach(async () => {
  await s?.close();
  s = undefined;
});
afterAll(stopServer);

const dir = mkdtempSync(join(tmpdir(), 'jk-workshop-'));
/** A text of the interface (`key`) or the model (`content:key`), with its {{parameters}} filled in. */
function texts(lang: Language) {
  const ui = flattenTexts(resources[lang].ui);
  const content = flattenTexts(resources[lang].content);
  const t = (key: string, params: Record<string, string | number> = {}) => {
    const text = key.startsWith('content:') ? content[key.slice('content:'.length)] : ui[key];
    if (typeof text !== 'string') throw new Error(`No text ${key}`);
    return text.replace(/{{(\w+)}}/g, (_, name: string) => String(params[name]));
  };
  return { t };
}
const normalise = (text: string) => text.replace(/\s+/g, ' ').trim();
const pdfText = (path: string) => normalise(execFileSync('pdftotext', ['-enc', 'UTF-8', '-raw', path, '-'], { encoding: 'utf8' }));

async function download(page: Page, button: RegExp): Promise<string> {
  const [saved] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: button }).click()]);
  const path = join(dir, saved.suggestedFilename());
  await saved.saveAs(path);
  return path;
}

/** Records in the app's IndexedDB store. */
const storedCount = (page: Page) =>
  page.evaluate(
    () =>
      new Promise<number>((resolve, reject) => {
        const open = indexedDB.open('jamlikhetskollen');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const request = open.result.transaction('assessments').objectStore('assessments').count();
          request.onsuccess = () => {
            open.result.close();
            resolve(request.result);
          };
          request.onerror = () => reject(request.error);
        };
      }),
  );

describe('workshop files', () => {
  it('downloads the blank worksheet from the start page in the chosen language', async () => {
    s = await openApp();
    const { page } = s;
    const en = texts('en');
    await page.getByLabel('Språk för utskrifterna').selectOption('en');
    await page.getByLabel('Workshopens längd').selectOption({ label: 'Hela frågeformuläret (utan plan)' });
    await page.getByLabel('Fall', { exact: true }).selectOption({ label: 'Inget fall (tomt arbetsblad)' });
    const path = await download(page, /^Arbetsblad \(PDF\)/);
    expect(path).toMatch(/worksheet-.*\.pdf$/);
    const text = pdfText(path);
    const steps = file.steps.map((step, i) => en.t('worksheet.stepHeading', { number: i + 1, total: file.steps.length, title: en.t(`content:steps.${step.id}.title`) }));
    expect(steps.filter((heading) => !text.includes(normalise(heading)))).toEqual([]);
    expect(text).toContain(normalise(en.t('content:questions.groups.items.label')));
    expect(otherLanguageLeaks(text, 'en')).toEqual([]);
    // The interface itself stays Swedish.
    expect(await page.locator('h1').textContent()).toBe('Gör en konsekvensbedömning för jämlikhet');
  });

  it('downloads the case sheet, the 90-minute worksheet with the case first, and the facilitator guide for the library case', async () => {
    s = await openApp();
    const { page } = s;
    const sv = texts('sv');
    // The panel starts on the first questionnaire's 90-minute plan and its first worked example.
    await expect.poll(() => page.getByLabel('Fall', { exact: true }).inputValue()).toBe('library');
    const sheet = pdfText(await download(page, /^Fallbeskrivning \(PDF\)/));
    expect(sheet).toContain(normalise(sv.t('caseSheet.groupName')));
    const worksheet = await download(page, /^Arbetsblad \(PDF\)/);
    const first = normalise(execFileSync('pdftotext', ['-enc', 'UTF-8', '-l', '1', worksheet, '-'], { encoding: 'utf8' }));
    expect(first).toContain(normalise(sv.t('caseSheet.groupName')));
    const guide = pdfText(await download(page, /^Handledarguide \(PDF\)/));
    expect(guide).toContain(normalise(sv.t('guide.agenda.heading')));
    expect(guide).toContain('1:30 90 min');
    expect(guide).not.toContain(normalise(sv.t('examples.primary-care.title')));
    expect(await axeViolations(page)).toEqual([]);
  });

  it('compares three groups’ files side by side, refuses a broken one, saves nothing, and prints to PDF', async () => {
    s = await openApp();
    const { page } = s;
    const sv = texts('sv');
    const files = CASES.map((c, i) => {
      const path = join(dir, `grupp-${i + 1}.json`);
      // Each group named, as a workshop group names itself: the name labels its column.
      writeFileSync(path, exportJson({ ...caseAssessment(c), name: c.title }));
      return path;
    });
    const broken = join(dir, 'trasig.json');
    writeFileSync(broken, JSON.stringify({ ...caseAssessment(CASES[0]!), answers: 5 }));

    await page.getByRole('link', { name: 'Jämför flera gruppers bedömningar' }).click();
    await page.getByRole('heading', { level: 1, name: 'Jämför bedömningar' }).waitFor();
    await page.getByLabel('Filer att jämföra').setInputFiles([...files, broken]);
    await page.getByRole('button', { name: 'Visa alla delar' }).click();
    const table = page.getByTestId('compare-statuses');
    await table.waitFor();

    const alert = await page.getByRole('alert').innerText();
    expect(alert).toContain('trasig.json');
    expect(alert).toContain('$.answers');
    expect(await table.locator('thead th').allInnerTexts()).toEqual(['Rekommendation', ...CASES.map((c) => c.title)]);
    for (const r of framework.recommendations) {
      const cells = await table.locator(`tr[data-recommendation="${r.id}"] td`).allInnerTexts();
      // Each status is a badge: a hidden "Result:" for screen readers, then the status in words.
      expect(cells.map(normalise)).toEqual(CASES.map((c) => `${sv.t('results.statusLabel')} ${sv.t(`results.status.${c.statuses[r.id]}`)}`));
    }
    const groups = await page.getByTestId('compare-groups').innerText();
    for (const name of ['Skolbarn som läxläser', 'Äldre i Norrby', 'Personer utan BankID']) expect(groups).toContain(name);
    const schoolchildren = await page.getByTestId('compare-groups').getByRole('row', { name: /Skolbarn som läxläser/ }).locator('td').allInnerTexts();
    expect(schoolchildren).toEqual(['Skolbarn som läxläser', 'Inte nämnd', 'Inte nämnd']);
    expect(await page.locator('main').innerText()).toContain('Hälsokommunikatörer som talar patienternas egna språk');
    expect(await axeViolations(page)).toEqual([]);

    const pdf = await download(page, /Ladda ner jämförelsen/);
    const text = pdfText(pdf);
    for (const c of CASES) expect(text).toContain(normalise(c.title));
    for (const r of framework.recommendations) {
      expect(text).toContain(CASES.map((c) => sv.t(`results.status.${c.statuses[r.id]}`)).join(' '));
    }
    expect(text).toContain('Skolbarn som läxläser Skolbarn som läxläser Inte nämnd Inte nämnd');
    expect(text).toContain('Telefontid varje dag och hjälp att söka på plats i medborgarkontoret');

    await page.getByRole('button', { name: 'English' }).click();
    await page.getByRole('heading', { level: 1, name: 'Compare assessments' }).waitFor();
    const en = texts('en');
    for (const r of framework.recommendations) {
      const cells = await table.locator(`tr[data-recommendation="${r.id}"] td`).allInnerTexts();
      expect(cells.map(normalise), r.id).toEqual(CASES.map((c) => `${en.t('results.statusLabel')} ${en.t(`results.status.${c.statuses[r.id]}`)}`));
    }
    expect(await axeViolations(page)).toEqual([]);

    // Nothing was added to this browser's saved assessments.
    expect(await storedCount(page)).toBe(0);
    await page.getByRole('link', { name: 'Jämlikhetskollen' }).click();
    await page.getByRole('heading', { name: 'Your assessments' }).waitFor();
    expect(await page.locator('.saved__item').count()).toBe(0);
    expect(await storedCount(page)).toBe(0);
  });
});
