// Offline after one visit, in real Chromium: once the service worker has
// taken control, the network is cut; a reload still brings up the app, a
// new assessment can be made and walked to its review, and the report PDF
// (its code and fonts load only on demand) downloads and reads back.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import { DIST, openApp, stopServer, type Session } from './harness';
import { fieldId, fillCurrentStep, heading, submitStep } from './wizard-driver';

let s: Session | undefined;
afterEach(async () => {
  await s?.close();
  s = undefined;
});
afterAll(stopServer);

const TITLE = 'Färre turer på linje 4 i Åmål';
// The report worker's script (src/report/worker/report.worker.ts), built as a file of its own.
const reportWorker = readdirSync(resolve(DIST, 'assets')).find((f) => /^report\.worker-[\w-]+\.js$/.test(f))!;

describe('offline', () => {
  it('loads, creates an assessment and downloads its PDF with no network', async () => {
    s = await openApp();
    const { page, context } = s;
    // The worker takes control once everything is precached (install, then activate and claim).
    await page.waitForFunction(() => navigator.serviceWorker.controller !== null, undefined, { timeout: 60_000 });
    const scope = await page.evaluate(async () => (await navigator.serviceWorker.ready).scope);
    expect(scope).toBe(s.baseURL);

    await context.setOffline(true);
    // Every response from here on must come from the worker's cache.
    const served: Array<{ url: string; fromWorker: boolean }> = [];
    page.on('response', (r) => served.push({ url: r.url(), fromWorker: r.fromServiceWorker() }));
    await page.reload();
    await page.getByRole('heading', { name: 'Gör en konsekvensbedömning för jämlikhet' }).waitFor();
    await page.getByRole('heading', { name: 'Dina bedömningar' }).waitFor();

    await page.getByRole('button', { name: /^Påbörja bedömningen\W+Bedöm/ }).click();
    await page.getByRole('button', { name: 'Påbörja bedömningen', exact: true }).click();
    await page.locator('form').waitFor();
    const input: Record<string, Parameters<typeof fillCurrentStep>[1]> = {
      basics: { type: { [fieldId('basics.title')]: TITLE } },
      // "No further analysis" is accepted only with children and differences between groups ruled out.
      screening: { check: [`${fieldId('screening.children')}-no`, `${fieldId('screening.affects-differently')}-no`, `${fieldId('screening.outcome')}-no-analysis`] },
    };
    for (let i = 0; i < 8 && (await heading(page)) !== 'Kontrollera dina svar'; i += 1) {
      const id = (await page.locator('form [id^="f-"]').first().getAttribute('id')) ?? '';
      await fillCurrentStep(page, input[id.slice(2).split('__')[0] ?? ''] ?? {});
      await submitStep(page);
    }
    expect(await heading(page)).toBe('Kontrollera dina svar');

    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: /PDF|konsekvensbedömning/ }).first().click()]);
    const file = join(mkdtempSync(join(tmpdir(), 'jk-offline-')), download.suggestedFilename());
    await download.saveAs(file);
    const text = execFileSync('pdftotext', ['-enc', 'UTF-8', file, '-'], { encoding: 'utf8' }).replace(/\s+/g, ' ');
    expect(text).toContain(TITLE);
    expect(text).toContain('Sida 1 av');
    // The network really is cut: a request for a file that is in no cache fails, where a reachable server
    // would answer it (with a 404). (navigator.onLine is not a proof: Chromium 150 no longer sets it false
    // under the emulated offline state.)
    const before = s.pageErrors.length;
    expect(await page.evaluate(() => fetch(`./not-cached-${Date.now()}.txt`, { cache: 'no-store' }).then(() => 'reached', () => 'refused'))).toBe('refused');
    // The refused probe logs its own error; only that one is expected.
    expect(s.pageErrors.slice(before).every((e) => e.includes('ERR_INTERNET_DISCONNECTED'))).toBe(true);
    s.pageErrors.length = before;
    expect(served.filter((r) => !r.fromWorker && !r.url.startsWith('blob:'))).toEqual([]);
    // The report worker and its fonts were among what the cache served.
    expect(reportWorker).toBeDefined();
    expect(served.some((r) => r.url.endsWith(reportWorker))).toBe(true);
    expect(served.some((r) => r.url.endsWith('.woff'))).toBe(true);
  });
});
