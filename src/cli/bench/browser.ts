/**
 * Timings in Debian's Chromium against the built app, served by Vite's
 * preview server on a free local port: click-to-file for the PDF of a worked
 * example (with the PDF code already prefetched, as the review page does).
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type Page } from 'playwright-core';
import { preview } from 'vite';

const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const ARGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'];

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
