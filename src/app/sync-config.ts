/**
 * The organisation's sync server, as the deployment named it at build time
 * (`VITE_SYNC_URL`, see scripts/vite/sync-origin.ts, which also allows it in
 * the page's CSP). Undefined in a build without one: the app then offers no
 * sync and loads none of its code.
 */
export function syncServerUrl(address: string | undefined = import.meta.env.VITE_SYNC_URL as string | undefined): string | undefined {
  const trimmed = address?.trim();
  if (!trimmed) return undefined;
  try {
    const url = new URL(trimmed);
    return url.protocol === 'wss:' || url.protocol === 'ws:' ? url.href : undefined;
  } catch {
    return undefined;
  }
}
