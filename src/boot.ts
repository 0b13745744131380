/**
 * The page's only script in the HTML. The start page is already there as
 * prerendered HTML (scripts/vite/prerender.ts) styled by the stylesheets
 * imported here, which the build links in <head>. The app itself (React,
 * i18next, the start page's code) is fetched only once that HTML has been
 * painted: on a slow connection the first paint then waits for the HTML and
 * the CSS alone, not for a hundred kilobytes of script competing for the same
 * bandwidth. It runs once someone is at the page (intent.ts): the pointer
 * moves, a key, a tap. Until then the page is what the HTML shows, and a
 * press on it is held and carried out as soon as the app runs
 * (early-input.ts). The app starts at once wherever the HTML is not what the
 * visit shows (another screen, language or view: index.html's script), in a
 * tab in the background, and on a device where the app has been used, whose
 * start page lists saved work only the app can read.
 */
import './ui/styles.css';
import './ui/workshop.css';
// Every stylesheet of the start page's own folders, found rather than listed, so a new one is in the
// first paint too (the bench's floor page takes the same set: src/cli/bench/floor.ts).
import.meta.glob('./ui/{start,home}/*.css', { eager: true });
import { holdEarlyInput } from './app/early-input';
import { whenSomeoneIsThere } from './app/intent';

// A press on the painted page before the app has taken it over is held and handed on, not lost.
holdEarlyInput();
// Watching for a visitor from the first moment, so the app knows about a press made before it ran.
const someoneIsThere = whenSomeoneIsThere();

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

/** Where the built HTML lists the app's files (scripts/vite/app-files.ts). */
const APP_FILES_ID = 'app-files';

/**
 * Fetches the app's files without running them, so the first press waits only for them to run: a prefetch
 * (low priority, into the browser's cache; a host's Last-Modified or ETag lets the app's own request reuse
 * it), not a modulepreload, which would compile each file on the main thread as it arrives.
 */
function fetchAppFiles(): void {
  let files: unknown;
  try {
    files = JSON.parse(document.getElementById(APP_FILES_ID)?.textContent ?? '[]');
  } catch {
    return;
  }
  if (!Array.isArray(files)) return;
  for (const href of files) {
    if (typeof href !== 'string') continue;
    const link = document.createElement('link');
    link.rel = 'prefetch';
    link.as = 'script';
    link.crossOrigin = 'anonymous';
    link.href = href;
    document.head.append(link);
  }
}

/**
 * The app's IndexedDB database (DB_NAME in src/storage/database.ts, written out here: an import would make
 * the name a chunk of its own, one more request before the first paint; tests/e2e/untouched.e2e.ts fails
 * if the two differ), and what every key it keeps in localStorage begins with.
 */
const OWN_DATABASE = 'jamlikhetskollen';
const OWN_KEYS = 'jamlikhetskollen.';

/**
 * Whether the app has kept anything on this device: then its start page may
 * list saved work or restore what a closed tab left, and the app runs at
 * once. Where that cannot be told (no list of databases, storage blocked), it
 * runs at once too.
 */
async function usedHereBefore(): Promise<boolean> {
  try {
    for (let i = 0; i < localStorage.length; i++) if (localStorage.key(i)?.startsWith(OWN_KEYS)) return true;
    if (typeof indexedDB.databases !== 'function') return true;
    return (await indexedDB.databases()).some((db) => db.name === OWN_DATABASE);
  } catch {
    return true;
  }
}

const root = document.getElementById('root');
const prerendered = root?.dataset.prerendered !== undefined;
const home = window.location.hash === '' || window.location.hash === '#/';
// What the HTML shows is what this visit shows: not hidden by index.html's script for another screen or language.
const startPageShown = prerendered && home && !document.documentElement.classList.contains('app-pending');
// A page opened in a background tab paints nothing until shown; its app need not wait for that.
const visible = document.visibilityState === 'visible';

if (startPageShown && visible) {
  await firstPaint();
  fetchAppFiles();
  if (!(await usedHereBefore())) await someoneIsThere;
}
// React's DOM renderer is most of the script to run before the page answers: run on its own, then a
// pause in which the browser can handle a tap or a scroll, then the app (which finds it already there).
// In one go they would be one long task of the main thread on a slow phone.
await import('react-dom/client');
await new Promise((resolve) => setTimeout(resolve, 0));
await import('./main');
