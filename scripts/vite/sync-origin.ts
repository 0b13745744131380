/**
 * The organisation's sync server, chosen by the deployment at build time:
 * `VITE_SYNC_URL=wss://sync.example.org npm run build`. The page's CSP then
 * allows that one origin in `connect-src`, and the app offers sync with it
 * (src/app/sync-config.ts reads the same variable). A build without it
 * allows no other origin at all, as before.
 */
import type { Plugin } from 'vite';

/** The origin of a sync server address, or an error for anything but a ws:// or wss:// address without a path beyond `/`. */
export function syncOrigin(address: string): string {
  let url: URL;
  try {
    url = new URL(address);
  } catch {
    throw new Error(`VITE_SYNC_URL is not an address: ${address}`);
  }
  if (url.protocol !== 'wss:' && url.protocol !== 'ws:') throw new Error(`VITE_SYNC_URL must be a ws:// or wss:// address: ${address}`);
  if (url.username || url.password || url.search || url.hash) throw new Error(`VITE_SYNC_URL must not carry a user, a query or a fragment: ${address}`);
  return url.origin;
}

/** The page with `origin` added to its CSP's connect-src. */
export function allowSyncOrigin(html: string, origin: string): string {
  const csp = /(<meta http-equiv="Content-Security-Policy" content="[^"]*connect-src [^;"]*)/;
  if (!csp.test(html)) throw new Error('index.html has no CSP connect-src to add the sync server to.');
  return html.replace(csp, `$1 ${origin}`);
}

export function syncServerOrigin(): Plugin {
  const address = process.env.VITE_SYNC_URL?.trim();
  const origin = address ? syncOrigin(address) : undefined;
  return {
    name: 'jamlikhetskollen:sync-origin',
    transformIndexHtml: { order: 'post', handler: (html) => (origin ? allowSyncOrigin(html, origin) : html) },
  };
}
