/**
 * What Chromium fetches before the start page can be used: every JS and CSS
 * file the page asked for until the app marks itself ready
 * (`<html data-app="ready">`, set in src/main.tsx once the start page is
 * hydrated and its buttons answer). Loads that only later screens need
 * start after that mark and are not counted. Sizes come from `dist`, raw
 * and gzip (level 9), as a web host would send them.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { Page } from 'playwright-core';

export interface UsableLoad {
  files: Array<{ file: string; raw: number; gzip: number }>;
  raw: number;
  gzip: number;
}

/** The attribute src/main.tsx sets on `<html>` when the app answers input. */
export const READY_SELECTOR = 'html[data-app="ready"]';

/**
 * Waits until the app answers input, brought as a visitor brings it: the
 * app's script runs once someone is at the page (src/app/intent.ts), so the
 * pointer moves over it (twice, to a point it is not already at).
 */
export async function waitForApp(page: Page): Promise<void> {
  await page.mouse.move(10, 10);
  await page.mouse.move(20, 20);
  await page.locator(READY_SELECTOR).waitFor({ state: 'attached' });
}

/** Loads `url` in `page` (a fresh one: a warm cache would still count) and measures. */
export async function usableLoad(page: Page, url: string, dist: string): Promise<UsableLoad> {
  await page.goto(url);
  await waitForApp(page);
  // The browser's own record of what it asked for, and when, against the app's mark (src/app/ready.ts):
  // a request that started after the mark is not part of the first load.
  const asked = await page.evaluate(() => {
    const mark = performance.getEntriesByName('app-ready')[0];
    if (!mark) throw new Error('The page set data-app="ready" without the performance mark app-ready.');
    return performance
      .getEntriesByType('resource')
      .filter((entry) => entry.startTime <= mark.startTime)
      .map((entry) => new URL(entry.name))
      .filter((at) => at.origin === location.origin && /\.(js|css)$/.test(at.pathname))
      .map((at) => at.pathname);
  });
  const basePath = new URL(url).pathname.replace(/[^/]*$/, '');
  const files = [...new Set(asked)].map((path) => {
    const file = path.slice(basePath.length);
    const bytes = readFileSync(join(dist, file));
    return { file, raw: bytes.length, gzip: gzipSync(bytes, { level: 9 }).length };
  });
  return { files, raw: files.reduce((n, f) => n + f.raw, 0), gzip: files.reduce((n, f) => n + f.gzip, 0) };
}
