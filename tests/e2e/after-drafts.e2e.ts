// Nothing typed is lost on the pages after the decision, whose forms save
// only when asked: the decision, a new follow-up and a reviewer's verdicts
// each come back after a reload with a notice saying so; "discard" goes back
// to what is stored; a save leaves no draft behind.
import type { Page } from 'playwright-core';
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import { seed } from '../fixtures/seed';
import { completedLibrary } from './after-decision';
import { axeViolations, openApp, stopServer, type Session } from './harness';

let s: Session | undefined;
afterEach(async () => {
  await s?.close();
  s = undefined;
});
afterAll(stopServer);

const RESTORED = /Det du skrev .* men inte sparade är tillbaka i formuläret/;
const DISCARD = 'Ta bort det som inte är sparat';

async function stored(): Promise<{ page: Page; baseURL: string; id: string }> {
  s = await openApp();
  const library = completedLibrary('sv');
  await seed(s.page, library.record);
  return { page: s.page, baseURL: s.baseURL, id: library.record.id };
}

const drafts = (page: Page) => page.evaluate(() => Object.keys(localStorage).filter((k) => k.includes('form-draft')));

describe('unsaved text after the decision', () => {
  it('the decision: back after a reload, said so and axe-clean; discarded on request', async () => {
    const { page, baseURL, id } = await stored();
    await page.goto(`${baseURL}#/a/${id}/decision`);
    await page.locator('#decision-caseNumber').fill('KFN 2026/112');
    await page.locator('#decision-outcome-amended').check();
    await page.locator('#decision-changes').fill('Lördagsöppet behålls.');
    await page.reload();
    await page.getByText(RESTORED).waitFor();
    expect(await page.locator('#decision-caseNumber').inputValue()).toBe('KFN 2026/112');
    expect(await page.locator('#decision-outcome-amended').isChecked()).toBe(true);
    expect(await page.locator('#decision-changes').inputValue()).toBe('Lördagsöppet behålls.');
    expect(await axeViolations(page)).toEqual([]);
    await page.getByRole('button', { name: DISCARD }).click();
    expect(await page.locator('#decision-caseNumber').inputValue()).toBe('');
    await page.reload();
    await page.locator('#decision-caseNumber').waitFor();
    expect(await page.getByText(RESTORED).count()).toBe(0);
    expect(await drafts(page)).toEqual([]);
  });

  it('a new follow-up: the form opens again with what was typed, and a save removes the draft', async () => {
    const { page, baseURL, id } = await stored();
    await page.goto(`${baseURL}#/a/${id}/follow-up`);
    await page.getByRole('button', { name: 'Ny uppföljning' }).click();
    await page.locator('#fu-summary').fill('Besöken minskade, mest bland män.');
    await page.locator('#fu-measures-1-status-done').check();
    await page.reload();
    await page.getByText(RESTORED).waitFor();
    expect(await page.locator('#fu-summary').inputValue()).toBe('Besöken minskade, mest bland män.');
    expect(await page.locator('#fu-measures-1-status-done').isChecked()).toBe(true);
    await page.locator('#fu-indicators-0-measured-no').check();
    await page.locator('#fu-indicators-1-measured-no').check();
    await page.getByRole('button', { name: 'Spara uppföljningen' }).click();
    await page.locator('.follow-up-result').waitFor();
    expect(await drafts(page)).toEqual([]);
    await page.reload();
    await page.locator('.follow-up-result').waitFor();
    expect(await page.getByText(RESTORED).count()).toBe(0);
  });

  it("a reviewer's verdict and comment: back in the round after a reload", async () => {
    const { page, baseURL, id } = await stored();
    await page.goto(`${baseURL}#/a/${id}/peer-review`);
    await page.getByLabel('Namn').fill('Sara Lind');
    await page.getByRole('button', { name: 'Börja granska' }).click();
    await page.locator('#peer-review-groups-comment').waitFor();
    await page.locator('#peer-review-groups-verdict-needs-improvement').check();
    await page.locator('#peer-review-groups-comment').fill('Äldre utan dator saknas.');
    await page.reload();
    await page.getByText(RESTORED).waitFor();
    expect(await page.locator('#peer-review-groups-comment').inputValue()).toBe('Äldre utan dator saknas.');
    expect(await page.locator('#peer-review-groups-verdict-needs-improvement').isChecked()).toBe(true);
    expect(await axeViolations(page)).toEqual([]);
  });
});
