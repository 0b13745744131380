/**
 * The token the sync server asks for, and where it comes from.
 *
 * 1. The organisation's login: a deployment's reverse proxy answers a
 *    same-origin `GET <base>sync-token` for the signed-in user with
 *    `{ "token": "…" }`. Anything else (404 where no proxy answers it, a
 *    network error, another body) means no token from there.
 * 2. A token the user pasted (issued with `npm run server -- token`, or by
 *    whoever keeps the register), kept in sessionStorage.
 *
 * The pasted token is a credential: sessionStorage keeps it for this tab
 * only and forgets it when the tab closes, so it is not left behind on a
 * shared computer the way localStorage would leave it, nor read by other
 * tabs opened later.
 */

const PASTED_KEY = 'jk.sync-token';

export type Fetch = (input: string, init?: RequestInit) => Promise<Response>;

/** The token from the organisation's login, or undefined when the deployment gives none. */
export async function loginToken(fetcher: Fetch = fetch, base: string = import.meta.env.BASE_URL): Promise<string | undefined> {
  try {
    const response = await fetcher(`${base}sync-token`, { credentials: 'same-origin', headers: { Accept: 'application/json' } });
    if (!response.ok) return undefined;
    const body: unknown = await response.json();
    const token = typeof body === 'object' && body !== null ? (body as { token?: unknown }).token : undefined;
    return typeof token === 'string' && token.trim() !== '' ? token.trim() : undefined;
  } catch {
    return undefined;
  }
}

/** Where a pasted token is kept; undefined where the browser refuses storage. */
function tabStorage(): Storage | undefined {
  try {
    return globalThis.sessionStorage;
  } catch {
    return undefined;
  }
}

/** The token the user pasted in this tab, if any. */
export function pastedToken(storage: Storage | undefined = tabStorage()): string | undefined {
  try {
    return storage?.getItem(PASTED_KEY)?.trim() || undefined;
  } catch {
    return undefined;
  }
}

/** Keeps a pasted token for this tab (an empty one forgets it). */
export function keepPastedToken(token: string, storage: Storage | undefined = tabStorage()): void {
  try {
    if (token.trim()) storage?.setItem(PASTED_KEY, token.trim());
    else storage?.removeItem(PASTED_KEY);
  } catch {
    // Storage refused (private mode, full): the token then lasts only as long as the page keeps it.
  }
}

/** Where the token came from, so that the page can offer to paste another one when it was pasted. */
export type SyncToken = { source: 'login' | 'pasted'; token: string };

/** The login's token first, else a pasted one; undefined when there is neither. */
export async function findSyncToken(fetcher: Fetch = fetch, storage: Storage | undefined = tabStorage(), base?: string): Promise<SyncToken | undefined> {
  const login = await loginToken(fetcher, base);
  if (login) return { source: 'login', token: login };
  const pasted = pastedToken(storage);
  return pasted ? { source: 'pasted', token: pasted } : undefined;
}

/**
 * The name a token gives its holder (the `name` claim), shown to colleagues
 * beside this user's presence. Read, not verified: the server verifies the
 * token; a wrong name here would only mislabel the user's own presence.
 */
export function nameInToken(token: string): string | undefined {
  try {
    const payload = token.split('.')[1];
    if (!payload) return undefined;
    const json = new TextDecoder().decode(Uint8Array.from(atob(payload.replace(/-/g, '+').replace(/_/g, '/')), (c) => c.charCodeAt(0)));
    const name = (JSON.parse(json) as { name?: unknown }).name;
    return typeof name === 'string' && name.trim() !== '' ? name.trim() : undefined;
  } catch {
    return undefined;
  }
}
