/**
 * The start page as HTML, rendered at build time (scripts/vite/prerender.ts)
 * so that the browser paints it before any script has run; main.tsx then
 * hydrates it. The same App as in the browser, in one language, on the
 * start page, with nothing saved yet and storage still opening: what the
 * browser's own first render shows, so hydration finds the same markup.
 * `prerender` waits for the parts that load later in the browser (see
 * ./later.tsx), so the HTML holds the whole page.
 */
import { StrictMode } from 'react';
import { prerender } from 'react-dom/static';
import type { Language } from '../i18n/languages';
import { loadStartTexts } from '../i18n/load';
import { App } from './app';

export async function renderStart(language: Language): Promise<string> {
  await loadStartTexts(language);
  const { prelude } = await prerender(
    <StrictMode>
      <App language={language} />
    </StrictMode>,
    // React moves a large finished part out of place to show the rest sooner, with an inline script
    // to put it back; a page written once at build time has no use for that.
    { progressiveChunkSize: Number.MAX_SAFE_INTEGER },
  );
  const html = await new Response(prelude).text();
  // The CSP forbids inline script: the page must be plain markup.
  if (html.includes('<script')) throw new Error(`The prerendered start page has an inline script: ${html.slice(html.indexOf('<script'), html.indexOf('<script') + 200)}`);
  return html;
}
