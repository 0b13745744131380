// The start page is prerendered at build time (scripts/vite/prerender.ts):
// its content is in the HTML, in Swedish (index.html) and English (en.html),
// and paints before any script runs, under the same strict CSP (no inline
// script but index.html's own, allowed by its hash). The app then takes that HTML over (hydration) without an error or
// mismatch warning, without replacing a node of it, and without a layout shift.
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import { openApp, READY, stopServer, type Session } from './harness';

let s: Session | undefined;
afterEach(async () => {
  await s?.close();
  s = undefined;
});
afterAll(stopServer);

const PAGES = [
  { lang: 'sv', file: '', heading: 'Gör en konsekvensbedömning för jämlikhet', begin: 'Påbörja bedömningen', examples: 'Börja från ett exempel', steps: 'Beskriv förslaget' },
  { lang: 'en', file: 'en.html', heading: 'Carry out an equity impact assessment', begin: 'Start the assessment', examples: 'Start from an example', steps: 'Describe the proposal' },
] as const;

describe.each(PAGES)('the prerendered start page ($lang)', (p) => {
  it('is in the HTML itself, with no inline script but its own hashed one, and the CSP as strict as before', async () => {
    s = await openApp();
    const html = await (await fetch(new URL(p.file, s.baseURL))).text();
    expect(html).toContain(`<html lang="${p.lang}">`);
    expect(html).toContain(`data-prerendered="${p.lang}"`);
    expect(html).toContain(`<h1>${p.heading}</h1>`);
    expect(html).toContain(p.begin);
    // The parts that hydrate later are in it too: the examples and the folded step lists.
    expect(html).toContain(p.examples);
    expect(html).toContain(p.steps);
    // Every script is a file, but for index.html's own inline script, allowed by its SHA-256 alone.
    const scripts = [...html.matchAll(/<script\b[^>]*>/g)].map((m) => m[0]);
    expect(scripts.length).toBeGreaterThan(1);
    const inline = [...html.matchAll(/<script>([\s\S]*?)<\/script>/g)].map((m) => m[1]!);
    expect(inline).toHaveLength(1);
    // A data block, which no browser runs, is the one other script without a file: the list of the app's
    // files the page fetches once painted (scripts/vite/app-files.ts), the app's own chunk among them.
    const data = (t: string) => /\stype="application\/json"/.test(t);
    for (const tag of scripts.filter((t) => t !== '<script>' && !data(t))) expect(tag).toMatch(/\ssrc="/);
    expect(scripts.filter(data)).toEqual(['<script type="application/json" id="app-files">']);
    const files = JSON.parse(/<script type="application\/json" id="app-files">([^<]*)<\/script>/.exec(html)![1]!) as string[];
    expect(files.some((f) => /^\.\/assets\/main-[\w-]+\.js$/.test(f))).toBe(true);
    for (const file of files) expect((await fetch(new URL(file, s.baseURL))).status, file).toBe(200);
    const hash = `'sha256-${createHash('sha256').update(inline[0]!, 'utf8').digest('base64')}'`;
    // The CSP is the source page's, word for word, with that hash added: still no 'unsafe-inline' for script.
    const csp = (page: string) => /<meta http-equiv="Content-Security-Policy" content="([^"]+)"/.exec(page)?.[1];
    const source = csp(readFileSync(resolve(import.meta.dirname, '../../index.html'), 'utf8'))!;
    expect(csp(html)).toBe(source.replace("script-src 'self' 'wasm-unsafe-eval'", `script-src 'self' 'wasm-unsafe-eval' ${hash}`));
    expect(csp(html)).toMatch(/script-src 'self' 'wasm-unsafe-eval' 'sha256-[\w+/=]+';/);
  });

  it('shows its text and its buttons with JavaScript turned off', async () => {
    s = await openApp({ javaScript: false });
    const { page } = s;
    await page.goto(new URL(p.file, s.baseURL).href);
    await expect(page.getByRole('heading', { level: 1 }).textContent()).resolves.toBe(p.heading);
    expect(await page.getByRole('button', { name: new RegExp(`^${p.begin}`) }).count()).toBe(1);
    expect(await page.getByRole('heading', { level: 2, name: p.examples }).count()).toBe(1);
    // A folded list still opens: <details> needs no script.
    const steps = page.locator('.start__more').first();
    await steps.locator('summary').click();
    await expect(steps.getByText(p.steps).isVisible()).resolves.toBe(true);
    expect(await page.locator(READY).count()).toBe(0);
  });

  it('lays out the same before any script and once the app runs: its styles are all in the first load', async () => {
    const boxes = () =>
      [...document.querySelectorAll('#root h1, #root h2, #root section, #root button, #root footer')].map((e) => {
        const r = e.getBoundingClientRect();
        return `${e.tagName} ${Math.round(r.x)},${Math.round(r.y + window.scrollY)} ${Math.round(r.width)}×${Math.round(r.height)}`;
      });
    s = await openApp({ javaScript: false });
    await s.page.goto(new URL(p.file, s.baseURL).href);
    const bare = await s.page.evaluate(boxes);
    await s.close();
    s = await openApp({ serviceWorkers: 'block' });
    await s.page.goto(new URL(p.file, s.baseURL).href);
    await s.page.waitForLoadState('networkidle');
    expect(bare.length).toBeGreaterThan(20);
    expect(await s.page.evaluate(boxes)).toEqual(bare);
  });

  it('is taken over by the app without an error or warning, a replaced node or a layout shift', async () => {
    s = await openApp({ serviceWorkers: 'block' });
    const { page } = s;
    const warnings: string[] = [];
    page.on('console', (m) => {
      if (m.type() === 'warning' && !m.text().includes('Service Worker registration blocked')) warnings.push(m.text());
    });
    // Before any script: note every element the app takes out of #root, and every layout shift.
    await page.addInitScript(() => {
      const w = window as unknown as { removed: string[]; shift: number };
      w.removed = [];
      w.shift = 0;
      new MutationObserver((records) => {
        for (const r of records)
          for (const node of r.removedNodes) if (node instanceof Element && r.target instanceof Element && r.target.closest('#root')) w.removed.push(node.outerHTML.slice(0, 80));
      }).observe(document, { childList: true, subtree: true });
      new PerformanceObserver((list) => {
        for (const entry of list.getEntries()) w.shift += (entry as unknown as { value: number }).value;
      }).observe({ type: 'layout-shift', buffered: true });
    });
    await page.goto(new URL(p.file, s.baseURL).href);
    // The parts that hydrate later are in, and answer: the examples section's buttons.
    await page.waitForLoadState('networkidle');
    expect(await page.evaluate(() => document.documentElement.lang)).toBe(p.lang);
    const { removed, shift } = await page.evaluate(() => {
      const w = window as unknown as { removed: string[]; shift: number };
      return { removed: w.removed, shift: w.shift };
    });
    expect(removed).toEqual([]);
    expect(shift).toBe(0);
    expect(warnings).toEqual([]);
    // Hydrated, not merely shown: the language switch works.
    const other = p.lang === 'sv' ? 'English' : 'Svenska';
    await page.getByRole('button', { name: other }).click();
    await page.getByRole('heading', { level: 1, name: p.lang === 'sv' ? PAGES[1].heading : PAGES[0].heading }).waitFor();
    // s.close() fails the test on any console error (a hydration mismatch is one).
  });
});
