/**
 * Registers the service worker that keeps the whole build for offline use
 * (vite-plugin-pwa generates it; see vite.config.ts). Not at once: installing
 * it fetches every file of the build, several megabytes with the PDF code,
 * so it waits until the start page answers input and the browser is idle.
 * The development server has none.
 */
import { whenIdle, whenReady } from './ready';

export function registerServiceWorker(): void {
  // import.meta.hot exists only under the development server (import.meta.env.DEV would also be true
  // in a production build made with NODE_ENV=test, as the browser tests make one).
  if (import.meta.hot || !('serviceWorker' in navigator)) return;
  // BASE_URL is './' in the usual build (the worker sits beside the page) or the sub-path (/x/).
  const base = import.meta.env.BASE_URL;
  void whenReady()
    .then(whenIdle)
    .then(() => navigator.serviceWorker.register(`${base}sw.js`, { scope: base }))
    .catch((error: unknown) => console.warn('Offline use not available: the service worker could not be registered', error));
}
