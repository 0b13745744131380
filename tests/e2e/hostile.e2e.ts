// Hostile input in real Chromium: markup and script typed into every text
// field of a full walk (group items too) is never run nor turned into
// elements; it shows literally on the review and results pages and in the
// PDF. A file above the import size limit is refused with a clear message.
import { execFileSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import { MAX_IMPORT_BYTES } from '../../src/app/import-file';
import { openApp, stopServer, type Session } from './harness';
import { fieldId, fieldStepId, fillCurrentStep, heading, showAllAnswers, submitStep, type StepInput } from './wizard-driver';

let s: Session | undefined;
afterEach(async () => {
  await s?.close();
  s = undefined;
});
afterAll(stopServer);

const PAYLOADS = [
  '<img src=x onerror="window.__xss=1">',
  '<script>window.__xss=1</script>',
  '"><svg onload=window.__xss=1>',
  'javascript:window.__xss=1',
  // Interpolation syntax of the translation library: must stay plain text too.
  '{{number}} $t(wizard.back)',
];

const STEPS: Record<string, StepInput> = {
  screening: { check: [`${fieldId('screening.outcome')}-full`, `${fieldId('screening.children')}-yes`] },
  groups: { addItems: { [fieldId('groups.items')]: 2 } },
  measures: { addItems: { [fieldId('measures.items')]: 1 } },
};

/** What running a payload or parsing it as markup would leave behind, if anything. */
async function injected(page: Page): Promise<unknown[]> {
  return page.evaluate(() => [
    Reflect.get(window, '__xss') as unknown,
    ...[...document.querySelectorAll('[onerror], [onload], img[src="x"], a[href^="javascript:"]')].map((e) => e.outerHTML),
    ...[...document.scripts].filter((e) => e.textContent?.includes('__xss')).map((e) => e.outerHTML),
  ]).then((found) => found.filter((x) => x !== undefined));
}

/** Types the payloads in turn into every empty text field of the step; returns how many. */
async function typePayloads(page: Page, from: number): Promise<number> {
  // The fields on show: a folded item's or an optional justification's are not (they are typed once opened).
  const texts = page.locator('form input[type="text"]:visible, form textarea:visible');
  const count = await texts.count();
  for (let i = 0; i < count; i += 1) {
    if ((await texts.nth(i).inputValue()) === '') await texts.nth(i).fill(PAYLOADS[(from + i) % PAYLOADS.length]!);
  }
  return count;
}

const stepId = fieldStepId;
const norm = (text: string) => text.replace(/\s+/g, ' ');

describe('hostile text', () => {
  it('is never run nor parsed as markup, and shows literally on review, results and in the PDF', async () => {
    s = await openApp();
    const { page } = s;
    await page.getByRole('button', { name: /^Påbörja bedömningen\W+Bedöm/ }).click();
    await page.getByRole('button', { name: 'Påbörja bedömningen', exact: true }).click();
    await page.locator('form').waitFor();
    let typed = 0;
    const groupNames: string[] = [];
    // One round a page: the groups and the recommendations come a page each, then an overview.
    for (let i = 0; i < 40 && (await heading(page)) !== 'Kontrollera dina svar'; i += 1) {
      const id = await stepId(page);
      const input = STEPS[id] ?? {};
      for (const [group, count] of Object.entries(input.addItems ?? {})) {
        for (let n = 0; n < count; n += 1) await page.locator(`#${group} > button`).last().click();
      }
      typed += await typePayloads(page, typed);
      // Dates, choices, and any text a choice reveals (with the first payload).
      await fillCurrentStep(page, { check: input.check }, PAYLOADS[0]);
      if (id === 'groups') {
        for (let n = 0; n < 3; n += 1) groupNames.push(await page.locator(`#${fieldId('groups.items', n, 'groups.item.name')}`).inputValue());
      }
      expect(await injected(page), `step ${id}`).toEqual([]);
      await submitStep(page);
    }
    expect(typed).toBeGreaterThan(40);
    expect(await heading(page)).toBe('Kontrollera dina svar');
    await showAllAnswers(page);
    const review = norm(await page.locator('main').innerText());
    for (const payload of PAYLOADS) expect(review).toContain(payload);
    expect(await injected(page)).toEqual([]);

    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: /PDF/ }).first().click()]);
    const file = join(mkdtempSync(join(tmpdir(), 'jk-hostile-')), 'report.pdf');
    await download.saveAs(file);
    const pdf = norm(execFileSync('pdftotext', ['-enc', 'UTF-8', file, '-'], { encoding: 'utf8' }));
    for (const payload of PAYLOADS) expect(pdf).toContain(payload);

    // The results page names the affected groups, whose names are payloads.
    await page.goto(page.url().replace(/#\/a\/([\w-]+).*$/, '#/a/$1/results'));
    await page.getByRole('heading', { level: 1, name: 'Resultat av avstämningen' }).waitFor();
    const results = norm(await page.locator('main').innerText());
    expect(groupNames).toHaveLength(3);
    for (const name of groupNames) expect(PAYLOADS).toContain(name);
    for (const name of groupNames) expect(results).toContain(name);
    expect(await injected(page)).toEqual([]);
  });

  it('the harness catches and fails a request to another origin (the guard every walk relies on)', async () => {
    const session = await openApp();
    s = undefined;
    const port = Number(new URL(session.baseURL).port);
    // A neighbouring port on the same host is another origin too.
    const others = ['http://example.invalid/beacon', `http://127.0.0.1:${port + 1}/`];
    for (const url of others) await session.page.goto(url).catch(() => undefined);
    expect(session.foreignRequests).toEqual(others);
    await expect(session.close()).rejects.toThrow(`Requests to other origins: ${others.join(', ')}`);
  });

  it('refuses a file above the import size limit with a clear message and reads nothing', async () => {
    s = await openApp();
    const { page } = s;
    await page.getByRole('heading', { name: 'Dina bedömningar' }).waitFor();
    const buffer = Buffer.alloc(MAX_IMPORT_BYTES + 1, 0x20);
    await page.getByLabel('Fil att läsa in').setInputFiles({ name: 'stor.json', mimeType: 'application/json', buffer });
    const alert = page.getByRole('alert');
    await alert.waitFor();
    const text = await alert.innerText();
    expect(text).toContain('stor.json');
    expect(text).toContain(`Filen är för stor (gränsen är ${MAX_IMPORT_BYTES / 1024 / 1024} MB).`);
    expect(await page.locator('.saved__item').count()).toBe(0);
  });
});

