/**
 * The report worker: renders PDF, Word and HTML reports off the page's
 * thread, so the page answers clicks while a report is made. Loaded as a
 * module worker by ./client.ts; its fonts are the app's own font files
 * (Vite asset URLs), which the service worker precaches for offline use.
 */
import { registerBrowserFonts } from '../browser-fonts';
import { handleMessage } from './handler';
import type { WorkerMessage } from './protocol';

/** The part of a dedicated worker's global scope used here (the app's types are the page's, not a worker's). */
interface WorkerScope {
  addEventListener(type: 'message', listener: (event: MessageEvent<WorkerMessage>) => void): void;
  postMessage(message: unknown, transfer: Transferable[]): void;
}

const scope = self as unknown as WorkerScope;

registerBrowserFonts();

scope.addEventListener('message', (event) => {
  void handleMessage(event.data, (reply, transfer = []) => scope.postMessage(reply, transfer));
});
