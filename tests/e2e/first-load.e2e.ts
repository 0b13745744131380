// The byte budget of the first page load: the JS and CSS Chromium fetches
// before the start page answers input (the app's ready mark, see
// src/app/ready.ts), sized from the built dist/ as gzip: at most 110 kB, and
// no PDF code in it. The count is only honest if it is complete, so the
// start page is also loaded with every other script and stylesheet refused:
// it must still render in full and answer input.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import { allScripts, firstLoad, PDF_MARKERS, pdfLibrariesIn } from '../../src/cli/bench/first-load';
import { usableLoad } from '../../src/cli/bench/usable-load';
import { DIST, openApp, READY, stopServer, type Session } from './harness';

const BUDGET_GZIP_BYTES = 110_000;

let s: Session | undefined;
afterEach(async () => {
  await s?.close();
  s = undefined;
});
afterAll(stopServer);

describe('first load', () => {
  it(`is at most ${BUDGET_GZIP_BYTES / 1000} kB gzip of JS and CSS, counted in Chromium, in either language`, async () => {
    s = await openApp({ serviceWorkers: 'block' });
    for (const page of ['', 'en.html']) {
      const load = await usableLoad(s.page, new URL(page, s.baseURL).href, DIST);
      expect(load.files.some((f) => f.file.endsWith('.js'))).toBe(true);
      expect(load.files.some((f) => f.file.endsWith('.css'))).toBe(true);
      // The language's start texts are in it; the whole language is not.
      expect(load.files.some((f) => /\/(sv|en)-start-[^/]+\.js$/.test(f.file))).toBe(true);
      expect(load.files.some((f) => /\/(sv|en)-[\w-]+\.js$/.test(f.file) && !f.file.includes('-start-'))).toBe(false);
      expect(load.gzip).toBeLessThanOrEqual(BUDGET_GZIP_BYTES);
    }
  });

  it('carries no PDF code (react-pdf, pdfkit, fontkit, pdf-lib)', async () => {
    // The markers must still find each library somewhere in the build, or this check would prove nothing.
    const built = allScripts(DIST).join('\n');
    expect(pdfLibrariesIn(built).sort()).toEqual(Object.keys(PDF_MARKERS).sort());
    expect(firstLoad(DIST).pdfLibraries).toEqual([]);
    s = await openApp({ serviceWorkers: 'block' });
    const load = await usableLoad(s.page, s.baseURL, DIST);
    expect(pdfLibrariesIn(load.files.map((f) => readFileSync(join(DIST, f.file), 'utf8')).join('\n'))).toEqual([]);
  });

  it('is all the start page needs: it renders and answers with every other script and stylesheet refused', async () => {
    s = await openApp({ serviceWorkers: 'block' });
    const allowed = (await usableLoad(s.page, s.baseURL, DIST)).files.map((f) => f.file);
    const { page } = s;
    const refused: string[] = [];
    // The page openApp loaded must finish its own lazy loads before anything is refused.
    await page.waitForLoadState('networkidle');
    await page.route(/\.(js|css)$/, (route) => {
      const path = new URL(route.request().url()).pathname.replace(/^\//, '');
      if (allowed.includes(path)) return route.fallback();
      refused.push(path);
      return route.abort();
    });
    // Refused chunks would trigger the app's one-time reload for a stale version (main.tsx), which
    // races the checks below: mark that reload as just done, in this page and the next.
    const reloaded = () => sessionStorage.setItem('jamlikhetskollen.reloaded-for-update', String(Date.now()));
    await page.addInitScript(reloaded);
    await page.evaluate(reloaded);
    await page.goto(s.baseURL);
    await page.getByRole('heading', { name: 'Gör en konsekvensbedömning för jämlikhet', level: 1 }).waitFor();
    await page.getByRole('button', { name: /^Påbörja bedömningen\W+Bedöm/ }).waitFor();
    expect(await page.locator('[data-questionnaire]').count()).toBe(2);
    // It answers input (goto waited for the mark): a click on the language switch changes the page's language.
    expect(await page.locator(READY).count()).toBe(1);
    // Every stylesheet the start page links (the app's, and a component's own) is loaded.
    const sheets = await page.locator('link[rel=stylesheet]').evaluateAll((ls) => ls.map((l) => (l as HTMLLinkElement).sheet !== null));
    expect(sheets.length).toBeGreaterThan(0);
    expect(sheets.every(Boolean)).toBe(true);
    // The lazy parts (storage, the saved list's model) were asked for and refused: the test did refuse something.
    expect(refused.length).toBeGreaterThan(0);
    // Refused loads log errors by design here; they are not the app's errors. Let them all arrive first.
    await page.waitForLoadState('networkidle');
    s.pageErrors.length = 0;
  });
});
