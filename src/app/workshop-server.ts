/**
 * Workshops on the organisation's sync server, as the app decides whether to
 * offer them: only in a build with a sync server (sync-config.ts), and for
 * collecting only to a user whose token carries the trainer right. The
 * token's claims are read here to decide what to offer, never trusted: the
 * server checks the signature and refuses a token without the right. No
 * sync code here; it loads when a collection starts.
 */
import { useEffect, useState } from 'react';
import { joinLink } from '../assessment/share-link';
import { parseRoute } from './routes';
import { syncServerUrl } from './sync-config';
import { findSyncToken } from './sync-token';

/** Whether a token's claims say it may open workshop sessions (unverified; for what to offer only). */
export function hasTrainerRight(token: string): boolean {
  const body = token.split('.')[1];
  if (!body) return false;
  try {
    const json = atob(body.replace(/-/g, '+').replace(/_/g, '/'));
    const claims: unknown = JSON.parse(json);
    return typeof claims === 'object' && claims !== null && (claims as { trainer?: unknown }).trainer === true;
  } catch {
    return false;
  }
}

/** The server and a trainer's token, once found; undefined while looking or where there is neither. */
export function useTrainerServer(): { url: string; token: string } | undefined {
  const url = syncServerUrl();
  const [token, setToken] = useState<string | undefined>();
  useEffect(() => {
    if (!url) return;
    let alive = true;
    void findSyncToken().then((found) => {
      if (alive && found && hasTrainerRight(found.token)) setToken(found.token);
    });
    return () => {
      alive = false;
    };
  }, [url]);
  return url && token ? { url, token } : undefined;
}

/**
 * A group's link to the case `caseId` with the session's code in it:
 * `#/join/<lang>/w/<code>/example/<id>`. Only where the routes read the code
 * back from such a link; otherwise the plain link, which always opens the
 * case (the group then types the code when it hands in), so that a link on
 * the projector never fails to open.
 */
export function joinLinkWithCode(page: string, lang: string, caseId: string, code: string): string {
  const plain = joinLink(page, lang, { kind: 'example', id: caseId });
  const withCode = plain.replace(`#/join/${lang}/`, `#/join/${lang}/w/${code}/`);
  const route = parseRoute(withCode.slice(withCode.indexOf('#')));
  const read = route.name === 'join' && (route as { code?: unknown }).code === code && route.source.kind === 'example' && route.source.id === caseId;
  return read ? withCode : plain;
}
