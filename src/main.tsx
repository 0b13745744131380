import { StrictMode, startTransition } from 'react';
import { createRoot, hydrateRoot } from 'react-dom/client';
import { App } from './app/app';
import { initialLanguage } from './app/language';
import { parseRoute } from './app/routes';
import { registerServiceWorker } from './app/service-worker';
import { initialWorkshopMode } from './app/workshop-mode';
import { loadStartTexts } from './i18n/load';

const root = document.getElementById('root');
if (!root) throw new Error('The page has no #root element.');
// Only the start page's texts in the active language are awaited here; the
// rest of the language loads once the page answers input (see i18n/load.ts
// and app/ready.ts), the other language when chosen.
const language = initialLanguage();
await loadStartTexts(language);
const app = (
  <StrictMode>
    <App />
  </StrictMode>
);
// The build prerendered the start page into #root in the page's language
// (see scripts/vite/prerender.ts), without workshop mode. When that is what
// this visit shows first, React takes over that HTML (hydration) instead of
// drawing the page again; otherwise (another screen in the address, another
// language chosen earlier, the presenter view) it renders afresh, replacing it.
const prerendered = root.dataset.prerendered;
// Either way in a transition, so React works in slices and yields to the browser between them: no
// long task holds up a tap or a scroll while the page is taken over.
if (prerendered === language && parseRoute(window.location.hash).name === 'home' && !initialWorkshopMode()) {
  startTransition(() => {
    hydrateRoot(root, app);
  });
} else {
  const fresh = createRoot(root);
  startTransition(() => fresh.render(app));
}

registerServiceWorker();
