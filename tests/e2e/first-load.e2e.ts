// The byte budget of the first page load, read from the built dist/ (so it
// runs after `vite build`): at most 140 kB gzip of JS and CSS, and no PDF
// code in it. The count is only honest if it is complete, so the start page
// is also loaded in Chromium with every other script and stylesheet refused:
// it must still render in full.
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import { allScripts, firstLoad, firstLoadFiles, PDF_MARKERS, pdfLibrariesIn } from '../../src/cli/bench/first-load';
import { DIST, openApp, stopServer, type Session } from './harness';

const BUDGET_GZIP_BYTES = 140_000;

let s: Session | undefined;
afterEach(async () => {
  await s?.close();
  s = undefined;
});
afterAll(stopServer);

describe('first load', () => {
  it(`is at most ${BUDGET_GZIP_BYTES / 1000} kB gzip of JS and CSS`, () => {
    const load = firstLoad(DIST);
    expect(load.files.some((f) => f.file.endsWith('.js'))).toBe(true);
    expect(load.files.some((f) => f.file.endsWith('.css'))).toBe(true);
    expect(load.gzip).toBeLessThanOrEqual(BUDGET_GZIP_BYTES);
  });

  it('carries no PDF code (react-pdf, pdfkit, fontkit, pdf-lib)', () => {
    // The markers must still find each library somewhere in the build, or this check would prove nothing.
    const built = allScripts(DIST).join('\n');
    expect(pdfLibrariesIn(built).sort()).toEqual(Object.keys(PDF_MARKERS).sort());
    expect(firstLoad(DIST).pdfLibraries).toEqual([]);
  });

  it('is all the start page needs: it renders with every other script and stylesheet refused', async () => {
    const allowed = firstLoadFiles(DIST);
    s = await openApp({ serviceWorkers: 'block' });
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
