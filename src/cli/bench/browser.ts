/**
 * Timings in Debian's Chromium against the built app, served by Vite's
 * preview server on a free local port: click-to-file for the PDF of a worked
 * example (with the PDF code already prefetched, as the review page does).
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { chromium, type Page } from 'playwright-core';
import { preview } from 'vite';

export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
export const ARGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'];

/** `root` is the project folder: Vite serves its dist/. */
export async function withBrowser<T>(root: string, work: (page: Page, baseURL: string) => Promise<T>): Promise<T> {
  const server = await preview({ root, preview: { port: 0, host: '127.0.0.1' }, logLevel: 'silent' });
  const baseURL = server.resolvedUrls!.local[0]!;
  const profile = mkdtempSync(join(tmpdir(), 'jk-bench-'));
  const context = await chromium.launchPersistentContext(profile, { executablePath: CHROMIUM, headless: true, args: ARGS, acceptDownloads: true });
  try {
    const page = context.pages()[0] ?? (await context.newPage());
    await page.goto(baseURL);
    await page.locator('main h1').waitFor();
    return await work(page, baseURL);
  } finally {
    await context.close();
    await server.close();
    rmSync(profile, { recursive: true, force: true });
  }
}

/** Milliseconds from clicking the PDF button to the browser's download event, `runs` times. */
export async function pdfClickToFile(page: Page, baseURL: string, id: string, runs: number): Promise<number[]> {
  await page.goto(`${baseURL}#/a/${id}`);
  await page.reload();
  const button = page.locator('.pdf button').first();
  await button.waitFor();
  // Let the review page's prefetch of the PDF code finish first.
  await page.waitForLoadState('networkidle');
  const times: number[] = [];
  for (let i = 0; i < runs; i += 1) {
    await button.waitFor({ state: 'visible' });
    const start = performance.now();
    const [download] = await Promise.all([page.waitForEvent('download'), button.click()]);
    times.push(performance.now() - start);
    await download.delete();
    await page.waitForFunction(() => !document.querySelector('.pdf button[aria-busy="true"]'));
  }
  return times;
}

/**
 * The JS and CSS files the start page asks for until the network is idle
 * (the first load plus what it loads lazily right after rendering), with
 * their sizes in `dist`.
 */
export async function visitedFiles(page: Page, baseURL: string, dist: string): Promise<{ count: number; raw: number; gzip: number }> {
  const paths = new Set<string>();
  const base = new URL(baseURL);
  page.on('request', (r) => {
    const url = new URL(r.url());
    if (url.origin === base.origin && /\.(js|css)$/.test(url.pathname)) paths.add(url.pathname.slice(base.pathname.length));
  });
  await page.goto(baseURL);
  await page.reload({ waitUntil: 'networkidle' });
  let raw = 0;
  let gzip = 0;
  for (const path of paths) {
    const bytes = readFileSync(join(dist, path));
    raw += bytes.length;
    gzip += gzipSync(bytes, { level: 9 }).length;
  }
  return { count: paths.size, raw, gzip };
}
