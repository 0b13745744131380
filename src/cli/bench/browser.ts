/**
 * Timings in Debian's Chromium against a built folder served as a web host
 * would (serve.ts: gzip, Last-Modified, no lifetime) on a free local port.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import { serveDist } from './serve';
import { waitForApp } from './usable-load';

export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
export const ARGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'];

/** Where the app keeps the interface language (src/app/language.ts). */
const LANGUAGE_KEY = 'jamlikhetskollen.language.v1';

export interface BrowserOptions {
  /** Interface language, set before the app's first script runs. */
  lang?: string;
  /** Open the page and wait for its heading first (off for a page that must be measured from its first request). */
  open?: boolean;
}

/** Serves `dist` and hands `work` a page in a fresh Chromium profile, then closes both. */
export async function withBrowser<T>(dist: string, work: (page: Page, baseURL: string, context: BrowserContext) => Promise<T>, options: BrowserOptions = {}): Promise<T> {
  const server = await serveDist(dist);
  const profile = mkdtempSync(join(tmpdir(), 'jk-bench-'));
  const context = await chromium.launchPersistentContext(profile, { executablePath: CHROMIUM, headless: true, args: ARGS, acceptDownloads: true });
  try {
    if (options.lang) await context.addInitScript(([key, lang]) => localStorage.setItem(key!, lang!), [LANGUAGE_KEY, options.lang]);
    const page = context.pages()[0] ?? (await context.newPage());
    if (options.open !== false) await openApp(page, server.url);
    return await work(page, server.url, context);
  } finally {
    await context.close();
    await server.close();
    rmSync(profile, { recursive: true, force: true });
  }
}

/**
 * Loads `url` and waits until the app answers input and the network is quiet.
 * The start page is prerendered HTML: a click on it before the app has taken
 * it over would measure the wait for the app's code, not what is measured.
 */
export async function openApp(page: Page, url: string): Promise<void> {
  await page.goto(url);
  await waitForApp(page);
  await page.waitForLoadState('networkidle');
}

/** One report download: click to the browser's download event, and the main thread's long tasks meanwhile. */
export interface ReportRun {
  ms: number;
  /** The longest task on the page's main thread from the click until the button is ready again, 0 if none passed 50 ms. */
  longestTask: number;
  /** How many tasks over 50 ms ran in that time. */
  longTasks: number;
}

declare global {
  interface Window {
    benchTasks?: { durations: number[]; observer: PerformanceObserver };
  }
}

/**
 * Downloads the PDF report of the stored assessment `id` `runs` times, by
 * the button named `label`. Before each click a PerformanceObserver for
 * long tasks (the browser reports every main-thread task over 50 ms) is
 * started in the page; what it saw is read once the button is ready again.
 */
export async function reportRuns(page: Page, baseURL: string, id: string, label: string, runs: number): Promise<ReportRun[]> {
  await page.goto(`${baseURL}#/a/${id}`);
  await page.reload();
  await waitForApp(page);
  const button = page.locator('.pdf').getByRole('button', { name: label, exact: true });
  await button.waitFor();
  // Let the review page's prefetch of the report code finish first.
  await page.waitForLoadState('networkidle');
  const result: ReportRun[] = [];
  for (let i = 0; i < runs; i += 1) {
    await button.waitFor({ state: 'visible' });
    await page.waitForFunction((name) => [...document.querySelectorAll('.pdf button')].some((b) => b.textContent === name && !(b as HTMLButtonElement).disabled), label);
    await page.evaluate(() => {
      window.benchTasks?.observer.disconnect();
      const durations: number[] = [];
      let since = 0;
      const observer = new PerformanceObserver((list) => {
        for (const entry of list.getEntries()) if (since && entry.startTime + entry.duration >= since) durations.push(entry.duration);
      });
      observer.observe({ type: 'longtask' });
      window.benchTasks = { durations, observer };
      // The click's own handler counts: the clock starts as the click is dispatched.
      document.addEventListener('click', () => (since = performance.now()), { capture: true, once: true });
    });
    const start = performance.now();
    const [download] = await Promise.all([page.waitForEvent('download', { timeout: 120_000 }), button.click()]);
    const ms = performance.now() - start;
    await download.delete();
    // Ready again: the same button, enabled, and a frame later so the observer has delivered its entries.
    await page.waitForFunction((name) => [...document.querySelectorAll('.pdf button')].some((b) => b.textContent === name && !(b as HTMLButtonElement).disabled), label);
    await page.evaluate(() => new Promise((done) => requestAnimationFrame(() => setTimeout(done, 100))));
    const durations = await page.evaluate(() => window.benchTasks?.durations ?? []);
    result.push({ ms, longestTask: Math.max(0, ...durations), longTasks: durations.filter((d) => d > 50).length });
  }
  return result;
}
