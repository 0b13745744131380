// For tests of the moment before the app runs: a new tab whose requests for
// some script are held until the test releases them, opened without the
// harness's wait for the app (its page.goto would wait for the ready mark).
import type { Page, Route } from 'playwright-core';
import type { Session } from './harness';

/** The app's own chunk, which src/boot.ts imports once the start page has painted. */
export const MAIN_CHUNK = /\/assets\/main-[^/]+\.js$/;

export interface Holding {
  page: Page;
  /** Lets the held requests through. */
  release: () => void;
}

/**
 * Opens `url` (the start page by default) in a new tab of `session` with
 * every request whose path matches `held` (the app's chunk by default) held
 * back; `before` runs on the tab first (an init script). Resolves once the
 * page's HTML is there (its heading attached, shown or not).
 */
export async function openHolding(session: Session, options: { held?: RegExp; url?: string; before?: (page: Page) => Promise<void> } = {}): Promise<Holding> {
  const { held = MAIN_CHUNK, url = session.baseURL, before } = options;
  const page = await session.context.newPage();
  let release: () => void = () => {};
  const gate = new Promise<void>((r) => (release = r));
  await page.route(
    (u) => held.test(u.pathname),
    async (route: Route) => {
      await gate;
      await route.continue();
    },
  );
  await before?.(page);
  // A navigation the page starts itself; its evaluate may be cut off by that navigation.
  await page.evaluate((to) => window.location.assign(to), url).catch(() => undefined);
  await page.locator('#root h1').waitFor({ state: 'attached' });
  return { page, release };
}
