// The fragment routes, including a share link's data.
import { describe, expect, it } from 'vitest';
import { parseRoute, routeHash, type Route } from '../../../src/app/routes';

describe('routes', () => {
  it.each<[string, Route]>([
    ['#/', { name: 'home' }],
    ['#/a/a-1', { name: 'assessment', id: 'a-1' }],
    ['#/a/a-1/results', { name: 'results', id: 'a-1' }],
    ['#/a/a-1/peer-review', { name: 'peer-review', id: 'a-1' }],
    ['#/a/a-1/decision', { name: 'decision', id: 'a-1' }],
    ['#/a/a-1/follow-up', { name: 'follow-up', id: 'a-1' }],
    ['#/a/a-1/follow-up/fu-2', { name: 'follow-up', id: 'a-1', followUpId: 'fu-2' }],
    ['#/share/AbC-_09', { name: 'share', data: 'AbC-_09' }],
    ['#/share/en/AbC-_09', { name: 'share', data: 'AbC-_09', lang: 'en' }],
    ['#/join/en/example/library', { name: 'join', lang: 'en', source: { kind: 'example', id: 'library' } }],
    ['#/join/sv/AbC-_09', { name: 'join', lang: 'sv', source: { kind: 'data', data: 'AbC-_09' } }],
    ['#/workshop', { name: 'workshop' }],
    ['#/workshop/trainer', { name: 'trainer' }],
  ])('%s', (hash, route) => {
    expect(parseRoute(hash)).toEqual(route);
    expect(routeHash(route)).toBe(hash);
  });

  it('keeps a broken share link as a share route, so that it can explain itself', () => {
    expect(parseRoute('#/share/abc def')).toEqual({ name: 'share', data: 'abc def' });
    expect(parseRoute('#/share/')).toEqual({ name: 'share', data: '' });
    // A language the app does not have is not taken for one.
    expect(parseRoute('#/join/xx/example/library')).toEqual({ name: 'home' });
  });

  it('opens the start page for an address under an assessment that is not a page', () => {
    expect(parseRoute('#/a/a-1/decision/x')).toEqual({ name: 'home' });
    expect(parseRoute('#/a/a-1/peer-review/x')).toEqual({ name: 'home' });
    expect(parseRoute('#/a/a-1/other')).toEqual({ name: 'home' });
  });
});
