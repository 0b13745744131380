// Shared set-up for the real-browser tests: the built app served by Vite's
// preview server on a free local port, Debian's Chromium driven by
// playwright-core with a fresh profile, a guard that fails the test on any
// request to another origin, and axe with the WCAG 2.1 A/AA tags.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { AxeBuilder } from '@axe-core/playwright';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import { preview, type PreviewServer } from 'vite';

const ROOT = resolve(import.meta.dirname, '../..');
export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

// Flags that keep Chromium from reaching out on its own (background
// networking, component updates, sync): this machine has no network and
// the app must not need one.
const ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

export interface Session {
  baseURL: string;
  context: BrowserContext;
  page: Page;
  /** Requests the app tried to make to another origin (`close` fails when any). */
  foreignRequests: string[];
  /** Errors the page logged or threw (`close` fails when any). */
  pageErrors: string[];
  /** Closes the browser; throws if the app reached for another origin or logged an error. */
  close: () => Promise<void>;
}

let server: PreviewServer | undefined;

/** The built app to serve: dist/, or another build directory named by JK_DIST (one build per working copy). */
export const DIST = resolve(ROOT, process.env.JK_DIST ?? 'dist');

async function serve(): Promise<string> {
  server ??= await preview({
    root: ROOT,
    build: { outDir: DIST },
    preview: { port: 0, host: '127.0.0.1', strictPort: false },
    logLevel: 'silent',
  });
  const url = server.resolvedUrls?.local[0];
  if (!url) throw new Error('The preview server did not report an address. Was `vite build` run?');
  return url;
}

/**
 * Starts a browser with a fresh profile on the built app (dist/ on Vite's
 * preview server, or the app at `url` when given).
 */
export async function openApp(
  options: {
    locale?: string;
    viewport?: { width: number; height: number };
    url?: string;
    serviceWorkers?: 'allow' | 'block';
    /** False: no script runs, and loads do not wait for the app (only the prerendered HTML is there). */
    javaScript?: boolean;
    /** True: loads neither bring nor wait for the app; the test is the visitor (src/app/intent.ts). */
    untouched?: boolean;
  } = {},
): Promise<Session> {
  const baseURL = options.url ?? (await serve());
  const profile = mkdtempSync(join(tmpdir(), 'jk-chromium-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    headless: true,
    args: ARGS,
    acceptDownloads: true,
    locale: options.locale ?? 'sv-SE',
    viewport: options.viewport ?? { width: 1280, height: 900 },
    // 'block' when a test must see every request itself (a worker answers from its cache unseen).
    serviceWorkers: options.serviceWorkers ?? 'allow',
    javaScriptEnabled: options.javaScript ?? true,
  });
  const foreignRequests: string[] = [];
  const pageErrors: string[] = [];
  const origin = new URL(baseURL).origin;
  await context.route('**/*', (route) => {
    const url = route.request().url();
    // Compare whole origins: a prefix test would let 127.0.0.1:41730 or 127.0.0.1:4173.example.com through.
    if (url.startsWith('data:') || url.startsWith('blob:') || new URL(url).origin === origin) return route.continue();
    foreignRequests.push(url);
    return route.abort('blockedbyclient');
  });
  const watch = (page: Page) => {
    page.on('pageerror', (error) => pageErrors.push(error.message));
    page.on('console', (message) => {
      // The organisation's profile is optional (src/app/packs/): a build without org/ answers its request with a
      // 404 (or, offline before it was ever cached, not at all), which the browser logs; the app says nothing.
      if (message.type() === 'error' && /\/org\/organisation\.json$/.test(message.location().url) && message.text().startsWith('Failed to load resource')) return;
      if (message.type() === 'error') pageErrors.push(message.text());
    });
    if (options.javaScript !== false && !options.untouched) waitForAppOnLoad(page, origin);
  };
  context.on('page', watch);
  const page = context.pages()[0] ?? (await context.newPage());
  if (!watched.has(page)) watch(page);
  await page.goto(baseURL);
  await page.locator('main h1').waitFor();
  return {
    baseURL,
    context,
    page,
    foreignRequests,
    pageErrors,
    close: async () => {
      await context.close();
      rmSync(profile, { recursive: true, force: true });
      if (foreignRequests.length) throw new Error(`Requests to other origins: ${foreignRequests.join(', ')}`);
      if (pageErrors.length) throw new Error(`Errors in the page: ${pageErrors.join(' | ')}`);
    },
  };
}

/** What src/app/ready.ts sets once the app answers input. */
export const READY = 'html[data-app="ready"]';

const watched = new WeakSet<Page>();

/**
 * What brings the app's script to run on an untouched start page, as a
 * visitor's pointer does (src/app/intent.ts): the pointer moves over the
 * page, twice, so it is never already at the point it moves to.
 */
export async function someoneArrives(page: Page): Promise<void> {
  await page.mouse.move(10, 10);
  await page.mouse.move(20, 20);
}

/**
 * The start page is prerendered: its heading and buttons are in the HTML
 * before any script runs, and a click on them does nothing until the app has
 * taken them over. So every load of the app's page (goto, reload) in a test
 * also waits for the app's ready mark and a quiet network; a test then acts
 * on the app, never on the bare HTML. (A test of the HTML itself fetches it, or turns scripts off.)
 */
export function waitForAppOnLoad(page: Page, origin: string): void {
  if (watched.has(page)) return;
  watched.add(page);
  // Then the network quiet: the start page's parts further down hydrate once their code and texts are in,
  // and a file handed to one of their inputs before that would be lost (React replays clicks, not changes).
  const ready = async () => {
    await someoneArrives(page);
    await page.locator(READY).waitFor({ state: 'attached' });
    await page.waitForLoadState('networkidle');
  };
  const goto = page.goto.bind(page);
  const reload = page.reload.bind(page);
  page.goto = async (url, options) => {
    const response = await goto(url, options);
    if (new URL(url, origin).origin === origin) await ready();
    return response;
  };
  page.reload = async (options) => {
    const response = await reload(options);
    if (new URL(page.url()).origin === origin) await ready();
    return response;
  };
}

/** Stops the shared preview server (call once per file, in afterAll). */
export async function stopServer(): Promise<void> {
  await server?.close();
  server = undefined;
}

/** axe violations for WCAG 2.1 A and AA, as `rule: target` strings. */
export async function axeViolations(page: Page): Promise<string[]> {
  const result = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
  return result.violations.flatMap((v) => v.nodes.map((n) => `${v.id}: ${n.target.join(' ')} (${v.help})`));
}
