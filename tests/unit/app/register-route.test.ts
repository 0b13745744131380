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
