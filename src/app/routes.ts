/**
 * The two places in the app, kept in the URL fragment so that a reload or
 * the back button returns to the same assessment. The fragment never reaches
 * a server.
 */
export type Route = { name: 'home' } | { name: 'assessment'; id: string };

export function parseRoute(hash: string): Route {
  const match = /^#\/a\/([\w-]+)$/.exec(hash);
  return match ? { name: 'assessment', id: match[1]! } : { name: 'home' };
}

export function routeHash(route: Route): string {
  return route.name === 'assessment' ? `#/a/${route.id}` : '#/';
}

/** A new stable id for an assessment or a group item. */
export function newId(prefix: string): string {
  return `${prefix}-${crypto.randomUUID()}`;
}
