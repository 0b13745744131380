/**
 * The page's only script in the HTML. The start page is already there as
 * prerendered HTML (scripts/vite/prerender.ts) styled by the stylesheets
 * imported here, which the build links in <head>. The app itself (React,
 * i18next, the start page's code) is asked for only once that HTML has been
 * painted: on a slow connection the first paint then waits for the HTML and
 * the CSS alone, not for a hundred kilobytes of script competing for the same
 * bandwidth. Any other screen in the address (a deep link, a shared link) has
 * nothing painted worth waiting for, so the app starts at once.
 */
import './ui/styles.css';
import './ui/workshop.css';
// Every stylesheet of the start page's own folders, found rather than listed, so a new one is in the
// first paint too (the bench's floor page takes the same set: src/cli/bench/floor.ts).
import.meta.glob('./ui/{start,home}/*.css', { eager: true });
import { holdEarlyInput } from './app/early-input';

// A press on the painted page before the app has taken it over is held and handed on, not lost.
holdEarlyInput();

// After an update of the installed app, an open page may ask for a lazy chunk
// of the version it started with, which is no longer there: reload once to
// get the new version (work is saved as it is typed, so nothing is lost).
// Not twice in a row: a chunk that is still missing must show its error.
// Here, before the first dynamic import, so the app's own chunk is covered too.
window.addEventListener('vite:preloadError', (event) => {
  const KEY = 'jamlikhetskollen.reloaded-for-update';
  try {
    if (Date.now() - Number(sessionStorage.getItem(KEY) ?? 0) < 30_000) return;
    sessionStorage.setItem(KEY, String(Date.now()));
  } catch {
    return;
  }
  event.preventDefault();
  window.location.reload();
});

/** The longest the app waits for a paint that a browser may never report (no paint timing, a stalled frame). */
const AT_MOST_MS = 3000;

/** Resolves once the browser reports the first contentful paint (at once if it already has). */
function firstPaint(): Promise<void> {
  return new Promise((resolve) => {
    const timer = setTimeout(resolve, AT_MOST_MS);
    const done = () => {
      clearTimeout(timer);
      resolve();
    };
    try {
      const observer = new PerformanceObserver((list) => {
        if (list.getEntriesByName('first-contentful-paint').length === 0) return;
        observer.disconnect();
        done();
      });
      observer.observe({ type: 'paint', buffered: true });
    } catch {
      // No paint timing in this browser: start after the next frame instead.
      requestAnimationFrame(() => setTimeout(done, 0));
    }
  });
}

const prerendered = document.getElementById('root')?.dataset.prerendered !== undefined;
const home = window.location.hash === '' || window.location.hash === '#/';
// A page opened in a background tab paints nothing until shown; its app need not wait for that.
const waitForPaint = prerendered && home && document.visibilityState === 'visible';

await (waitForPaint ? firstPaint() : Promise.resolve());
// React's DOM renderer is most of the script to run before the page answers: run on its own, then a
// pause in which the browser can handle a tap or a scroll, then the app (which finds it already there).
// In one go they would be one long task of the main thread on a slow phone.
await import('react-dom/client');
await new Promise((resolve) => setTimeout(resolve, 0));
await import('./main');
