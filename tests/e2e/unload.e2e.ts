// Text typed a moment before a reload, in real Chromium: the page reloads
// right after the keystrokes, long before the autosave's pause is over, and
// the text is still in its field afterwards (a plain field on the first
// step, a group item's field on a later one). It is then saved normally and
// the copy kept for the reload is gone. A copy older than the stored
// version is never applied: it is offered as a file or discarded.
import type { Page } from 'playwright-core';
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import { axeViolations, openApp, stopServer, type Session } from './harness';
import { waitForStored } from './stored';
import { fieldId, fillCurrentStep, heading, submitStep } from './wizard-driver';

let s: Session | undefined;
afterEach(async () => {
  await s?.close();
  s = undefined;
});
afterAll(stopServer);

const TITLE = fieldId('basics.title');
const GROUPS = fieldId('groups.items');

async function start(page: Page): Promise<string> {
  await page.getByRole('button', { name: /^Påbörja bedömningen\W+Bedöm/ }).click();
  await page.getByRole('button', { name: 'Påbörja bedömningen', exact: true }).click();
  await page.locator('form').waitFor();
  return /#\/a\/([\w-]+)/.exec(page.url())![1]!;
}

/** Reloads at once (nothing awaited after the typing) and waits for the step's form. */
async function reloadNow(page: Page) {
  await page.reload();
  await page.locator('form').waitFor();
}

/** Types keystroke by keystroke at the end of the field's text. */
async function typeAtEnd(page: Page, selector: string, text: string) {
  const field = page.locator(selector);
  await field.focus();
  await field.press('End');
  await field.pressSequentially(text);
}

/** The unsaved-work copies in localStorage. */
const backups = (page: Page) => page.evaluate(() => Object.keys(localStorage).filter((k) => k.startsWith('jamlikhetskollen.unsaved')));

describe('reloading right after typing', () => {
  it('keeps the last keystrokes, on a plain field and on a group item field', async () => {
    s = await openApp();
    const { page } = s;
    await start(page);

    // First step: fill, then a few real keystrokes, then reload at once.
    const title = page.locator(`#${TITLE}`);
    await title.fill('Ny cykelväg till Östra skolan');
    await title.pressSequentially(', etapp två');
    await reloadNow(page);
    expect(await page.locator(`#${TITLE}`).inputValue()).toBe('Ny cykelväg till Östra skolan, etapp två');
    // Once back, it is saved the normal way and the copy is removed.
    await waitForStored(page, { contains: 'Ny cykelväg till Östra skolan, etapp två' });
    await page.waitForFunction(() => !Object.keys(localStorage).some((k) => k.startsWith('jamlikhetskollen.unsaved.')));

    // Twice in a row, with the second reload straight after more typing.
    await typeAtEnd(page, `#${TITLE}`, ' och tre');
    await reloadNow(page);
    await typeAtEnd(page, `#${TITLE}`, '!');
    await reloadNow(page);
    expect(await page.locator(`#${TITLE}`).inputValue()).toBe('Ny cykelväg till Östra skolan, etapp två och tre!');

    // On to the groups step (basics, proposal, screening with the full branch).
    await fillCurrentStep(page);
    await submitStep(page);
    await fillCurrentStep(page);
    await submitStep(page);
    await fillCurrentStep(page, { check: [`${fieldId('screening.outcome')}-full`] });
    await submitStep(page);
    await page.locator(`#${GROUPS}`).waitFor();
    const groupsTitle = await heading(page);
    await page.locator(`#${GROUPS} > button`).last().click();
    const item = page.locator(`#${GROUPS} input[type="text"]`).last();
    const itemId = (await item.getAttribute('id'))!;
    await item.fill('Barn som går till skolan');
    await item.pressSequentially(' på egen hand');
    await reloadNow(page);
    expect(await heading(page)).toBe(groupsTitle);
    expect(await page.locator(`#${itemId}`).inputValue()).toBe('Barn som går till skolan på egen hand');
    await waitForStored(page, { contains: 'Barn som går till skolan på egen hand' });
    expect(await backups(page)).toEqual([]);
  });

  it('does not apply a copy older than the stored version, and offers it as a file', async () => {
    s = await openApp();
    const { page } = s;
    const id = await start(page);
    await page.locator(`#${TITLE}`).fill('Sparad titel');
    await waitForStored(page, { contains: 'Sparad titel' });
    // A copy based on an older revision, as left by a tab closed before another tab saved.
    await page.evaluate(
      ({ key, field }) =>
        new Promise<void>((resolve) => {
          const open = indexedDB.open('jamlikhetskollen');
          open.onsuccess = () => {
            const get = open.result.transaction('assessments').objectStore('assessments').get(key);
            get.onsuccess = () => {
              open.result.close();
              const record = get.result as { revision: number; drafts: Record<string, Record<string, unknown>> };
              const assessment = { ...record, drafts: { basics: { [field]: 'Äldre osparad titel' } } };
              const backup = { id: key, basedOn: record.revision - 1, tab: 'closed', assessment };
              localStorage.setItem(`jamlikhetskollen.unsaved.v1.${key}`, JSON.stringify(backup));
              resolve();
            };
          };
        }),
      { key: id, field: 'basics.title' },
    );
    await page.reload();
    const notice = page.getByRole('alert');
    await notice.getByText('Text som inte hann sparas förra gången').waitFor();
    expect(await page.locator(`#${TITLE}`).inputValue()).toBe('Sparad titel');
    expect(await axeViolations(page)).toEqual([]);

    const [file] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Ladda ner den osparade texten' }).click()]);
    expect(file.suggestedFilename()).toMatch(/\.json$/);
    // Still offered after another reload, until it is discarded.
    await page.reload();
    await page.getByRole('button', { name: 'Släng den osparade texten' }).click();
    expect(await page.getByText('Text som inte hann sparas förra gången').count()).toBe(0);
    expect(await backups(page)).toEqual([]);
    await page.reload();
    await page.locator('form').waitFor();
    expect(await page.getByText('Text som inte hann sparas förra gången').count()).toBe(0);
    expect(await page.locator(`#${TITLE}`).inputValue()).toBe('Sparad titel');
  });
});
