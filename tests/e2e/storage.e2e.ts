// Storage under faults in real Chromium: IndexedDB refused (work goes on in
// memory, the user is warned at once and can export), the disk quota used
// up in the middle of work (answers kept, warned, export), and one
// assessment open in two tabs (edits appear in the other tab; a tab that
// missed them cannot overwrite the newer record and turns read-only).
import { readFileSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import { parseAssessmentJson } from '../../src/assessment/export-file';
import { axeViolations, openApp, stopServer, type Session } from './harness';
import { fieldId, fillCurrentStep, submitStep } from './wizard-driver';

let s: Session | undefined;
afterEach(async () => {
  await s?.close();
  s = undefined;
});
afterAll(stopServer);

const dir = mkdtempSync(join(tmpdir(), 'jk-storage-'));
const TITLE = fieldId('basics.title');

/** Starts a new proposal assessment from the start page and returns its id. */
async function start(page: Page): Promise<string> {
  await page.getByRole('button', { name: /^Påbörja bedömningen\W+Bedöm/ }).click();
  await page.getByRole('button', { name: 'Påbörja bedömningen', exact: true }).click();
  await page.locator('form').waitFor();
  return /#\/a\/([\w-]+)/.exec(page.url())![1]!;
}

/** Clicks "Export now" and returns the parsed assessment files it downloaded. */
async function exportNow(page: Page, label = 'Exportera nu') {
  const [file] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: label }).click()]);
  const path = join(dir, `${Date.now()}-${file.suggestedFilename()}`);
  await file.saveAs(path);
  const parsed = parseAssessmentJson(readFileSync(path, 'utf8'));
  if (!parsed.ok) throw new Error(`Not a valid assessment file: ${JSON.stringify(parsed.problems)}`);
  return parsed.value;
}

/** The record as stored in IndexedDB (read in the page, past the app). */
function stored(page: Page, id: string) {
  return page.evaluate(
    (key) =>
      new Promise<{ revision: number; answers: Record<string, unknown>; drafts: Record<string, Record<string, unknown>> }>((resolve, reject) => {
        const open = indexedDB.open('jamlikhetskollen');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const get = open.result.transaction('assessments').objectStore('assessments').get(key);
          get.onsuccess = () => {
            open.result.close();
            resolve(get.result);
          };
        };
      }),
    id,
  );
}

/** Whether the page asks the browser to confirm before leaving (a beforeunload listener cancels it). */
function leaveIsGuarded(page: Page) {
  return page.evaluate(() => {
    const event = new Event('beforeunload', { cancelable: true });
    window.dispatchEvent(event);
    return event.defaultPrevented;
  });
}

describe('IndexedDB unavailable', () => {
  it('warns at once, keeps working in memory and exports the typed answers', async () => {
    s = await openApp();
    const { page, context } = s;
    // As in a private window with storage blocked: opening the database throws.
    await context.addInitScript(() => {
      IDBFactory.prototype.open = () => {
        throw new DOMException('Storage is not allowed here', 'SecurityError');
      };
    });
    await page.reload();
    const alert = page.getByRole('alert');
    await alert.getByText('Ditt arbete sparas inte i webbläsaren').waitFor();
    expect(await axeViolations(page)).toEqual([]);
    expect(await leaveIsGuarded(page)).toBe(false);

    await start(page);
    await fillCurrentStep(page, { type: { [TITLE]: 'Ny simhall i Ådalen' } });
    await submitStep(page);
    // Closing the tab now would lose the work, so the browser is asked to confirm.
    expect(await leaveIsGuarded(page)).toBe(true);
    // "Saved" alone would mislead: the status says the work stays in this tab until exported.
    const status = page.locator('.save-status');
    await status.filter({ hasText: /^Sparat \d\d:\d\d, men bara i den här fliken\. Exportera/ }).waitFor();
    const exported = await exportNow(page);
    expect(exported).toMatchObject({ format: 'jamlikhetskollen.assessment', answers: { 'basics.title': 'Ny simhall i Ådalen' } });
    expect(await page.getByRole('status').filter({ hasText: 'har laddats ner' }).count()).toBe(1);

    await page.getByRole('button', { name: 'English' }).click();
    await alert.getByText('Your work is not being saved in this browser').waitFor();
    await status.filter({ hasText: /^Saved \d\d:\d\d, but only in this tab\. Export/ }).waitFor();
    expect(await axeViolations(page)).toEqual([]);
    // The start page lists the assessment kept in memory.
    await page.getByRole('link', { name: 'Jämlikhetskollen' }).click();
    await page.locator('.saved').getByRole('heading', { name: 'Ny simhall i Ådalen' }).waitFor();
  });
});

describe('quota used up', () => {
  it('tells the user, keeps every answer across steps and exports them', async () => {
    s = await openApp();
    const { page, context } = s;
    // The disk fills up after one successful write (starting the assessment).
    await context.addInitScript(() => {
      const put = IDBObjectStore.prototype.put;
      let calls = 0;
      IDBObjectStore.prototype.put = function (this: IDBObjectStore, ...args: Parameters<IDBObjectStore['put']>) {
        calls += 1;
        if (calls > 1) throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
        return put.apply(this, args);
      };
    });
    await page.reload();
    await page.locator('main h1').waitFor();
    const id = await start(page);
    await fillCurrentStep(page, { type: { [TITLE]: 'Fritidsgård i Klippan' } });
    await page.getByRole('alert').getByText('Lagringsutrymmet är fullt').waitFor();
    await submitStep(page);
    await fillCurrentStep(page);
    await submitStep(page);
    await page.getByRole('button', { name: 'Tillbaka' }).click();
    await page.getByRole('button', { name: 'Tillbaka' }).click();
    expect(await page.locator(`#${TITLE}`).inputValue()).toBe('Fritidsgård i Klippan');
    expect(await axeViolations(page)).toEqual([]);

    const exported = await exportNow(page);
    expect(exported.id).toBe(id);
    expect(exported.answers['basics.title']).toBe('Fritidsgård i Klippan');
    expect(exported.progress.reached.length).toBeGreaterThanOrEqual(3);
    // What reached the disk is a whole earlier record, never a half-written one.
    const onDisk = await stored(page, id);
    expect(onDisk.revision).toBeLessThan(exported.revision);
  });
});

describe('two tabs', () => {
  it('shows edits from the other tab, and a tab that missed them cannot overwrite them', async () => {
    s = await openApp();
    const a = s.page;
    const b = await s.context.newPage();
    await b.goto(s.baseURL);
    await b.getByRole('heading', { name: 'Dina bedömningar' }).waitFor();

    const id = await start(a);
    await fillCurrentStep(a, { type: { [TITLE]: 'Biblioteket i Tidaholm' } });
    await submitStep(a);
    // The start page in the other tab lists it as soon as it is saved.
    await b.locator('.saved').getByRole('heading', { name: 'Biblioteket i Tidaholm' }).waitFor();

    await b.goto(`${s.baseURL}#/a/${id}`);
    await b.locator('form').waitFor();
    // Going back a step in one tab takes the other along (the place is part of the record).
    await a.getByRole('button', { name: 'Tillbaka' }).click();
    await b.locator(`#${TITLE}`).waitFor();
    expect(await b.locator(`#${TITLE}`).inputValue()).toBe('Biblioteket i Tidaholm');
    await a.locator(`#${TITLE}`).fill('Biblioteket i Tidaholm, ny plats');
    await b.waitForFunction((sel) => (document.querySelector(sel) as HTMLInputElement | null)?.value === 'Biblioteket i Tidaholm, ny plats', `#${TITLE}`);

    // A third tab that hears nothing from the others (no BroadcastChannel), opened now.
    const c = await s.context.newPage();
    await c.addInitScript(() => {
      Reflect.deleteProperty(window, 'BroadcastChannel');
    });
    await c.goto(`${s.baseURL}#/a/${id}`);
    await c.locator(`#${TITLE}`).waitFor();
    await a.locator(`#${TITLE}`).fill('Biblioteket i Tidaholm, beslutat');
    await b.waitForFunction((sel) => (document.querySelector(sel) as HTMLInputElement | null)?.value === 'Biblioteket i Tidaholm, beslutat', `#${TITLE}`);
    const newest = await stored(a, id);
    // Taking up the other tab's version writes nothing back, so the tabs do not echo each other.
    await a.waitForTimeout(1500);
    expect(await stored(a, id)).toEqual(newest);

    await c.locator(`#${TITLE}`).fill('Gammal version');
    const notice = c.getByRole('alert');
    await notice.getByText('Bedömningen har ändrats i en annan flik').waitFor();
    expect(await c.locator(`#${TITLE}`).isDisabled()).toBe(true);
    expect(await stored(a, id)).toEqual(newest);
    expect(newest.drafts.basics?.['basics.title']).toBe('Biblioteket i Tidaholm, beslutat');
    expect(await axeViolations(c)).toEqual([]);

    await c.getByRole('button', { name: 'Visa den senaste versionen' }).click();
    await c.waitForFunction((sel) => (document.querySelector(sel) as HTMLInputElement | null)?.value === 'Biblioteket i Tidaholm, beslutat', `#${TITLE}`);
    expect(await c.locator(`#${TITLE}`).isDisabled()).toBe(false);
  });
});
