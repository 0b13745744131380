// Copies and completion on the start page in real Chromium: one file
// imported three times gives three entries that read differently; a
// completed assessment reads "Slutförd …" on the list and opens as
// completed, not as the completion prompt; the file picker speaks the
// interface language; the start page with its list passes axe in both
// languages; the HTML report keeps the line breaks of a multi-line answer.
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import { longDate, shortDate } from '../../src/i18n/dates';
import { axeViolations, openApp, stopServer, type Session } from './harness';

const EXAMPLE = resolve(import.meta.dirname, '../../questionnaires/examples/library.sv.json');
const TITLE = 'Ändrade öppettider på filialbiblioteket i Östra Ryd';

let s: Session | undefined;
afterEach(async () => {
  await s?.close();
  s = undefined;
});
afterAll(stopServer);

async function importExample(session: Session, copy: boolean) {
  const { page } = session;
  await page.getByLabel('Fil att läsa in').setInputFiles(EXAMPLE);
  if (copy) await page.getByRole('button', { name: 'Behåll båda (läs in som kopia)' }).click();
  await page.locator('.import output.notice').waitFor();
}

const origins = (session: Session) => session.page.locator('.saved__origin').allInnerTexts();

describe('copies and completion on the start page', () => {
  it('names three imports of one file apart, and the picker says what was chosen', async () => {
    s = await openApp();
    const { page } = s;
    const picker = page.locator('.import .file-picker');
    expect(await picker.innerText()).toMatch(/Välj fil\s+Ingen fil vald/);

    await importExample(s, false);
    expect(await picker.locator('.file-picker__chosen').innerText()).toBe('Vald fil: library.sv.json');
    // A person never imports twice in one second; the test waits so the times can differ.
    await page.waitForTimeout(1100);
    await importExample(s, true);
    await page.waitForTimeout(1100);
    await importExample(s, true);
    await page.waitForFunction(() => document.querySelectorAll('.saved__origin').length === 3);

    const labels = await origins(s);
    expect(new Set(labels).size).toBe(3);
    for (const label of labels) expect(label).toMatch(/^Importerad från (fil|filen library\.sv\.json) \d{1,2} [a-zåäö]{3,4} \d\d\.\d\d(\.\d\d)?$/);
    expect(await axeViolations(page)).toEqual([]);

    await page.getByRole('button', { name: 'English' }).click();
    await page.getByRole('heading', { name: 'Your assessments' }).waitFor();
    expect(await picker.locator('.file-picker__button').innerText()).toBe('Choose a file');
    for (const label of await origins(s)) expect(label).toMatch(/^Imported from (a file|the file library\.sv\.json), \d{1,2} [A-Z][a-z]{2,3} \d\d:\d\d(:\d\d)?$/);
    expect(await axeViolations(page)).toEqual([]);

    // The list and the picker reflow at 320 px: nothing scrolls sideways.
    await page.setViewportSize({ width: 320, height: 800 });
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);
  });

  it('remembers completion: the list says when, and the assessment opens as completed', async () => {
    s = await openApp();
    const { page } = s;
    await importExample(s, false);
    await page.getByRole('button', { name: new RegExp(`^Öppna\\W+${TITLE}$`) }).click();
    await page.getByRole('button', { name: 'Slutför bedömningen' }).click();
    const anyway = page.getByRole('button', { name: 'Slutför ändå' });
    const heading = page.getByRole('heading', { level: 1, name: 'Bedömningen är klar' });
    await Promise.race([anyway.waitFor(), heading.waitFor()]);
    if (await anyway.isVisible()) {
      const reason = page.getByRole('textbox').last();
      if (await reason.isVisible()) await reason.fill('Beslutet kan inte vänta, och bristerna följs upp i juni.');
      await anyway.click();
    }
    await heading.waitFor();
    const today = shortDate(new Date(), 'sv');
    // The completed page says when; the list says it in the short style.
    expect(await page.locator('main').innerText()).toContain(`Slutförd ${longDate(new Date(), 'sv')}.`);

    await page.getByRole('link', { name: 'Jämlikhetskollen' }).click();
    const item = page.locator('.saved__item', { hasText: TITLE });
    await item.waitFor();
    expect(await item.locator('.saved__meta').innerText()).toContain(`Slutförd ${today}`);
    expect(await item.locator('.saved__meta').innerText()).not.toMatch(/steg klara/);
    expect(await axeViolations(page)).toEqual([]);

    await page.reload();
    await page.getByRole('button', { name: new RegExp(`^Öppna\\W+${TITLE}$`) }).click();
    await heading.waitFor();
    expect(await page.getByRole('button', { name: 'Slutför bedömningen' }).count()).toBe(0);
    expect(await page.getByRole('button', { name: 'Fortsätt redigera' }).count()).toBe(1);
  });

  it('keeps the line breaks of a multi-line answer in the HTML report', async () => {
    s = await openApp();
    const { page } = s;
    // The worked example with two assessors, one a line, imported as a user would.
    const example = JSON.parse(readFileSync(EXAMPLE, 'utf8')) as { answers: Record<string, unknown> };
    example.answers['basics.assessors'] = 'Anna Lind, utredare\nKarim Said, folkhälsostrateg';
    const path = join(mkdtempSync(join(tmpdir(), 'jk-lines-')), 'two-lines.json');
    writeFileSync(path, JSON.stringify(example));
    await page.getByLabel('Fil att läsa in').setInputFiles(path);
    await page.locator('.import output.notice').waitFor();
    await page.getByRole('button', { name: new RegExp(`^Öppna\\W+${TITLE}$`) }).click();
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: /Ladda ner rapporten som webbsida/ }).first().click()]);
    const html = readFileSync((await download.path())!, 'utf8');
    await page.setContent(html);
    const shown = await page.locator('body').innerText();
    // innerText follows the layout: without the kept breaks the two people would run together on one line.
    expect(shown).toContain('Anna Lind, utredare\nKarim Said, folkhälsostrateg');
    expect(shown).not.toContain('utredare Karim');
  });
});
