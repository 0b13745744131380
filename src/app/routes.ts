/**
 * The places in the app, kept in the URL fragment so that a reload or the
 * back button returns to the same assessment. The fragment never reaches a
 * server, which is also why a share link carries its data there.
 */
import type { JoinSource } from '../assessment/share-link';
import { isLanguage, type Language } from '../i18n/languages';
import { syncServerUrl } from './sync-config';

export type { JoinSource } from '../assessment/share-link';

export type Route =
  | { name: 'home' }
  | { name: 'accessibility' }
  | { name: 'compare' }
  | { name: 'assessment'; id: string }
  | { name: 'results'; id: string }
  /** A second person's review of a completed assessment (not the wizard's own check before completing). */
  | { name: 'peer-review'; id: string }
  /** The committee's decision on record. */
  | { name: 'decision'; id: string }
  /** The follow-ups after the decision; `followUpId` opens one of them. */
  | { name: 'follow-up'; id: string; followUpId?: string }
  /** A share link; `lang` is the language it was shared in (absent in links made before it was recorded). */
  | { name: 'share'; data: string; lang?: Language }
  /** A workshop group's link to the case: opens a case-only copy in `lang` and asks for the group's name. */
  | { name: 'join'; lang: Language; source: JoinSource; code?: string }
  /** The workshop's projected view (and, before it starts, its set-up). */
  | { name: 'workshop' }
  /** The trainer's window: notes and agenda that follow the projected view. */
  | { name: 'trainer' }
  | { name: 'glossary'; term?: string }
  /** The register of every shared assessment: only where the deployment names a sync server. */
  | { name: 'register' }
  /** A colleague's link to an assessment shared on the sync server: only where the deployment names one. */
  | { name: 'shared'; id: string };

/** The accessibility statement's address (the footer links to it). */
export const ACCESSIBILITY_HASH = '#/accessibility';

/** The register's address (the start page links to it where sync is switched on). */
export const REGISTER_HASH = '#/register';

export function parseRoute(hash: string): Route {
  if (hash === ACCESSIBILITY_HASH) return { name: 'accessibility' };
  if (hash === '#/compare') return { name: 'compare' };
  if (hash === '#/workshop') return { name: 'workshop' };
  if (hash === '#/workshop/trainer') return { name: 'trainer' };
  // Without a sync server there is no register: its address opens the start page, as any unknown one does.
  if (hash === REGISTER_HASH && syncServerUrl()) return { name: 'register' };
  const sharedOnServer = /^#\/shared\/([\w-]{1,100})$/.exec(hash);
  if (sharedOnServer && syncServerUrl()) return { name: 'shared', id: sharedOnServer[1]! };
  // Share data is base64url, which has no '/': a first segment that is a language code is the language.
  const shared = /^#\/share\/(?:([a-z]{2})\/)?(.*)$/s.exec(hash);
  if (shared) {
    const lang = shared[1];
    if (lang === undefined) return { name: 'share', data: shared[2]! };
    if (isLanguage(lang)) return { name: 'share', data: shared[2]!, lang };
  }
  // A workshop collected on the sync server puts its code in the groups' link (`w/<CODE>/`), for "Lämna in".
  const join = /^#\/join\/([a-z]{2})\/(?:w\/([2-9A-HJKMNP-Z]{8})\/)?(?:example\/([\w-]+)$|(.+)$)/s.exec(hash);
  if (join && isLanguage(join[1]!)) {
    const source: JoinSource = join[3] ? { kind: 'example', id: join[3] } : { kind: 'data', data: join[4]! };
    return join[2] ? { name: 'join', lang: join[1], source, code: join[2] } : { name: 'join', lang: join[1], source };
  }
  const glossary = /^#\/glossary(?:\/([\w-]+))?$/.exec(hash);
  if (glossary) return glossary[1] ? { name: 'glossary', term: glossary[1] } : { name: 'glossary' };
  const after = /^#\/a\/([\w-]+)\/(peer-review|decision|follow-up)(?:\/([\w-]+))?$/.exec(hash);
  if (after) {
    const id = after[1]!;
    if (after[2] === 'follow-up') return after[3] ? { name: 'follow-up', id, followUpId: after[3] } : { name: 'follow-up', id };
    // Only a follow-up has a part of its own in the address.
    if (!after[3]) return { name: after[2] === 'decision' ? 'decision' : 'peer-review', id };
  }
  const match = /^#\/a\/([\w-]+)(\/results)?$/.exec(hash);
  if (!match) return { name: 'home' };
  return match[2] ? { name: 'results', id: match[1]! } : { name: 'assessment', id: match[1]! };
}

export function routeHash(route: Route): string {
  if (route.name === 'home') return '#/';
  if (route.name === 'compare') return '#/compare';
  if (route.name === 'share') return route.lang ? `#/share/${route.lang}/${route.data}` : `#/share/${route.data}`;
  if (route.name === 'join') return `#/join/${route.lang}/${route.code ? `w/${route.code}/` : ''}${route.source.kind === 'example' ? `example/${route.source.id}` : route.source.data}`;
  if (route.name === 'workshop') return '#/workshop';
  if (route.name === 'trainer') return '#/workshop/trainer';
  if (route.name === 'register') return REGISTER_HASH;
  if (route.name === 'shared') return `#/shared/${route.id}`;
  if (route.name === 'glossary') return route.term ? `#/glossary/${route.term}` : '#/glossary';
  if (route.name === 'accessibility') return ACCESSIBILITY_HASH;
  if (route.name === 'peer-review' || route.name === 'decision') return `#/a/${route.id}/${route.name}`;
  if (route.name === 'follow-up') return route.followUpId ? `#/a/${route.id}/follow-up/${route.followUpId}` : `#/a/${route.id}/follow-up`;
  return route.name === 'results' ? `#/a/${route.id}/results` : `#/a/${route.id}`;
}

/** A new stable id for an assessment or a group item. */
export function newId(prefix: string): string {
  return `${prefix}-${crypto.randomUUID()}`;
}
