// The static build deployed under a sub-path of a plain web server (as
// `BASE=/jamlikhet/ npm run build` makes it): everything loads from under
// that path (scripts, styles, fonts, manifest, service worker), the worker's
// scope is the sub-path, a hash route survives a reload, the PDF (lazy
// chunk and fonts) downloads, and the page reloads from the worker offline.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { build } from 'vite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openApp, type Session } from './harness';
import { serveStatic, type StaticServer } from './static-server';
import { fieldId, fillCurrentStep, heading, submitStep } from './wizard-driver';

const ROOT = resolve(import.meta.dirname, '../..');
const BASE = '/jamlikhet/';
const TITLE = 'Ny skolskjuts i Överkalix';
const outDir = mkdtempSync(join(tmpdir(), 'jk-subpath-'));
let server: StaticServer;
let s: Session | undefined;

beforeAll(async () => {
  // The same switch the README documents: the BASE environment variable.
  const before = process.env.BASE;
  process.env.BASE = BASE;
  try {
    await build({ root: ROOT, logLevel: 'silent', build: { outDir, emptyOutDir: true } });
  } finally {
    if (before === undefined) delete process.env.BASE;
    else process.env.BASE = before;
  }
  server = await serveStatic(outDir, BASE);
});

afterAll(async () => {
  await s?.close();
  await server?.close();
  rmSync(outDir, { recursive: true, force: true });
});

describe(`the build under ${BASE}`, () => {
  it('loads, routes, makes a PDF and works offline from the sub-path only', async () => {
    s = await openApp({ url: server.url });
    const { page, context } = s;
    await page.getByRole('heading', { name: 'Dina bedömningar' }).waitFor();
    await page.waitForFunction(() => navigator.serviceWorker.controller !== null, undefined, { timeout: 60_000 });
    expect(await page.evaluate(async () => (await navigator.serviceWorker.ready).scope)).toBe(server.url);

    await page.getByRole('button', { name: /^Påbörja bedömningen\W+Bedöm/ }).click();
    await page.getByRole('button', { name: 'Påbörja bedömningen', exact: true }).click();
    await page.locator('form').waitFor();
    expect(new URL(page.url()).pathname).toBe(BASE);
    expect(new URL(page.url()).hash).toMatch(/^#\/a\/a-/);
    await fillCurrentStep(page, { type: { [fieldId('basics.title')]: TITLE } });
    await submitStep(page);
    // A reload on the hash route opens the same assessment at the same step.
    const step = await heading(page);
    await page.reload();
    await page.locator('form').waitFor();
    expect(await heading(page)).toBe(step);

    // "No further analysis" is accepted only with children and differences between groups ruled out.
    const input = { screening: { check: [`${fieldId('screening.children')}-no`, `${fieldId('screening.affects-differently')}-no`, `${fieldId('screening.outcome')}-no-analysis`] } };
    for (let i = 0; i < 8 && (await heading(page)) !== 'Kontrollera dina svar'; i += 1) {
      const id = (await page.locator('form [id^="f-"]').first().getAttribute('id')) ?? '';
      await fillCurrentStep(page, id.startsWith('f-screening') ? input.screening : {});
      await submitStep(page);
    }
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: /konsekvensbedömning/ }).first().click()]);
    const file = join(outDir, 'report.pdf');
    await download.saveAs(file);
    expect(execFileSync('pdftotext', ['-enc', 'UTF-8', file, '-'], { encoding: 'utf8' }).replace(/\s+/g, ' ')).toContain(TITLE);

    await context.setOffline(true);
    await page.reload();
    await page.getByRole('heading', { name: 'Kontrollera dina svar' }).waitFor();

    // Nothing was asked for outside the sub-path, and nothing was missing.
    // The organisation's profile is optional: this build has none (src/app/packs/).
    expect(server.log.filter((line) => !line.startsWith(`200 ${BASE}`) && line !== `404 ${BASE}org/organisation.json`)).toEqual([]);
    for (const kind of ['.js', '.css', '.woff', 'sw.js', 'manifest.webmanifest']) {
      expect(server.log.some((line) => line.endsWith(kind)), kind).toBe(true);
    }
  });
});
