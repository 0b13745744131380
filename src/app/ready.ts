/**
 * The moment the start page answers input: hydrated from the prerendered
 * HTML, or rendered when there was none to hydrate. Everything the first
 * screen does not need (storage, the rest of the language, the sections
 * further down the start page) waits for it, so none of it competes with the
 * first render for the network or the main thread. The mark is also where
 * `npm run bench` stops counting the first load (`<html data-app="ready">`
 * and the performance mark `app-ready`).
 */

let resolveReady: () => void = () => {};
const ready = new Promise<void>((resolve) => {
  resolveReady = resolve;
});

/** True while rendering at build time, where nothing waits. */
const atBuild = typeof document === 'undefined';

/** Called once the first commit is done (App's effect). */
export function markReady(): void {
  if (atBuild || document.documentElement.dataset.app === 'ready') return;
  document.documentElement.dataset.app = 'ready';
  // The app has drawn its first screen: what index.html's script hid (a page opened elsewhere than the start page) shows now.
  document.documentElement.classList.remove('app-pending');
  performance.mark('app-ready');
  resolveReady();
}

/** Resolves when the start page answers input; at once when prerendering. */
export function whenReady(): Promise<void> {
  return atBuild ? Promise.resolve() : ready;
}

/** Resolves when the browser has a moment with nothing else to do (at most two seconds on). */
export function whenIdle(): Promise<void> {
  return new Promise<void>((resolve) => {
    if ('requestIdleCallback' in window) requestIdleCallback(() => resolve(), { timeout: 2000 });
    else setTimeout(resolve, 200);
  });
}

/** The mark src/app/intent.ts puts on `<html data-visitor>` once a press, a tap or a key is seen. */
const LEADING_ON = 'leading-on';

/** What a user does before leaving the start page: a press, a tap or a key. */
const INTENT_EVENTS = ['pointerdown', 'keydown', 'touchstart'] as const;

let resolveWanted: () => void = () => {};
const wanted = new Promise<void>((resolve) => {
  resolveWanted = resolve;
});

// Listening from the moment the app's code runs, so a press made before the page answers input counts too;
// one made before the app's code ran at all, boot.ts has marked on the page (src/app/intent.ts).
if (!atBuild) {
  if (document.documentElement.dataset.visitor === LEADING_ON) resolveWanted();
  const done = () => {
    for (const type of INTENT_EVENTS) window.removeEventListener(type, done, true);
    window.removeEventListener('hashchange', done);
    resolveWanted();
  };
  for (const type of INTENT_EVENTS) window.addEventListener(type, done, { capture: true, passive: true });
  window.addEventListener('hashchange', done);
}

/**
 * Resolves when what the start page does not show is about to be needed: at
 * once on any other screen; on the start page at the first press, tap or key
 * (the moment before a button leads on) or a change of address. A visitor who
 * only reads the start page loads none of it.
 */
export function whenWanted(): Promise<void> {
  if (atBuild) return Promise.resolve();
  const home = window.location.hash === '' || window.location.hash === '#/';
  if (!home) resolveWanted();
  return wanted;
}
