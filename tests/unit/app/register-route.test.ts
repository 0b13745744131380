// The register's address: a route only where the deployment names a sync
// server; without one, #/register opens the start page like any unknown address.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { parseRoute, REGISTER_HASH, routeHash } from '../../../src/app/routes';

afterEach(() => {
  vi.unstubAllEnvs();
});

describe('the register’s route', () => {
  it('is the register where a sync server is named', () => {
    vi.stubEnv('VITE_SYNC_URL', 'wss://sync.example.org');
    expect(parseRoute(REGISTER_HASH)).toEqual({ name: 'register' });
    expect(routeHash({ name: 'register' })).toBe('#/register');
  });

  it('is the start page without one', () => {
    vi.stubEnv('VITE_SYNC_URL', '');
    expect(parseRoute('#/register')).toEqual({ name: 'home' });
  });
});

describe('a shared assessment’s link', () => {
  it('opens it where a sync server is named', () => {
    vi.stubEnv('VITE_SYNC_URL', 'wss://sync.example.org');
    expect(parseRoute('#/shared/a-1b2c')).toEqual({ name: 'shared', id: 'a-1b2c' });
    expect(routeHash({ name: 'shared', id: 'a-1b2c' })).toBe('#/shared/a-1b2c');
    expect(parseRoute('#/shared/a/b')).toEqual({ name: 'home' });
  });

  it('is the start page without one', () => {
    vi.stubEnv('VITE_SYNC_URL', '');
    expect(parseRoute('#/shared/a-1b2c')).toEqual({ name: 'home' });
  });
});
