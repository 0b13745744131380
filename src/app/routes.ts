/**
 * The places in the app, kept in the URL fragment so that a reload or the
 * back button returns to the same assessment. The fragment never reaches a
 * server, which is also why a share link carries its data there.
 */
export type Route =
  | { name: 'home' }
  | { name: 'accessibility' }
  | { name: 'compare' }
  | { name: 'assessment'; id: string }
  | { name: 'results'; id: string }
  | { name: 'share'; data: string }
  | { name: 'glossary'; term?: string };

/** The accessibility statement's address (the footer links to it). */
export const ACCESSIBILITY_HASH = '#/accessibility';

export function parseRoute(hash: string): Route {
  if (hash === ACCESSIBILITY_HASH) return { name: 'accessibility' };
  if (hash === '#/compare') return { name: 'compare' };
  const shared = /^#\/share\/(.*)$/s.exec(hash);
  if (shared) return { name: 'share', data: shared[1]! };
  const glossary = /^#\/glossary(?:\/([\w-]+))?$/.exec(hash);
  if (glossary) return glossary[1] ? { name: 'glossary', term: glossary[1] } : { name: 'glossary' };
  const match = /^#\/a\/([\w-]+)(\/results)?$/.exec(hash);
  if (!match) return { name: 'home' };
  return match[2] ? { name: 'results', id: match[1]! } : { name: 'assessment', id: match[1]! };
}

export function routeHash(route: Route): string {
  if (route.name === 'home') return '#/';
  if (route.name === 'compare') return '#/compare';
  if (route.name === 'share') return `#/share/${route.data}`;
  if (route.name === 'glossary') return route.term ? `#/glossary/${route.term}` : '#/glossary';
  if (route.name === 'accessibility') return ACCESSIBILITY_HASH;
  return route.name === 'results' ? `#/a/${route.id}/results` : `#/a/${route.id}`;
}

/** A new stable id for an assessment or a group item. */
export function newId(prefix: string): string {
  return `${prefix}-${crypto.randomUUID()}`;
}
