// The start page's list of saved assessments in real Chromium with real
// IndexedDB: a new assessment appears with its title and progress, and can
// be copied, renamed and (after confirming) deleted; all of it survives a
// reload; the page says that data stays on this device.
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import { axeViolations, openApp, stopServer, type Session } from './harness';
import { fieldId, fillCurrentStep, submitStep } from './wizard-driver';

let s: Session | undefined;
afterEach(async () => {
  await s?.close();
  s = undefined;
});
afterAll(stopServer);

describe('saved assessments', () => {
  it('lists, copies, renames and deletes assessments, asking before deleting', async () => {
    s = await openApp();
    const { page } = s;
    expect(await page.locator('main').innerText()).toContain('stannar i den här webbläsaren');
    await page.getByRole('button', { name: /^Påbörja bedömningen\W+Bedöm/ }).click();
    await page.getByRole('button', { name: 'Påbörja bedömningen', exact: true }).click();
    await fillCurrentStep(page, { type: { [fieldId('basics.title')]: 'Flytt av vårdcentralen i Öxnered' } });
    await submitStep(page);
    await page.getByRole('link', { name: 'Jämlikhetskollen' }).click();
    const list = page.locator('.saved');
    await list.getByRole('heading', { name: 'Flytt av vårdcentralen i Öxnered', exact: true }).waitFor();
    expect(await list.innerText()).toMatch(/1 av \d+ steg klara/);
    expect(await axeViolations(page)).toEqual([]);

    await page.getByRole('button', { name: /^Kopiera\W+Flytt av vårdcentralen i Öxnered$/ }).click();
    await list.getByRole('heading', { name: 'Kopia av Flytt av vårdcentralen i Öxnered', exact: true }).waitFor();

    await page.getByRole('button', { name: /^Byt namn\W+Kopia av Flytt av vårdcentralen i Öxnered$/ }).click();
    await page.getByLabel('Nytt namn').fill('Övningsexemplar');
    await page.getByRole('button', { name: 'Spara namnet' }).click();
    await list.getByRole('heading', { name: 'Övningsexemplar', exact: true }).waitFor();

    await page.getByRole('button', { name: /^Ta bort\W+Övningsexemplar$/ }).click();
    expect(await page.locator('.confirm').innerText()).toContain('Det går inte att ångra');
    await page.getByRole('button', { name: 'Avbryt' }).click();
    expect(await list.locator('.saved__item').count()).toBe(2);
    await page.getByRole('button', { name: /^Ta bort\W+Övningsexemplar$/ }).click();
    await page.getByRole('button', { name: 'Ja, ta bort' }).click();
    await page.waitForFunction(() => document.querySelectorAll('.saved__item').length === 1);

    await page.reload();
    await list.getByRole('heading', { name: 'Flytt av vårdcentralen i Öxnered', exact: true }).waitFor();
    expect(await list.locator('.saved__item').count()).toBe(1);
    await page.getByRole('button', { name: /^Öppna\W+Flytt av vårdcentralen i Öxnered$/ }).click();
    await page.locator('form').waitFor();
    expect(await page.locator('h1').textContent()).toBe('Beskriv förslaget');
  });
});
