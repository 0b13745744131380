/**
 * The page's own report renderer, loaded only where no module worker can be
 * made (see worker/client.ts): the worker's renderer with the same fonts,
 * run on the page. Reach it only through `await import('../report/browser')`
 * so react-pdf (over a megabyte) stays out of the main bundle.
 */
import { registerBrowserFonts } from './browser-fonts';

registerBrowserFonts();

export { renderReport } from './worker/render';
