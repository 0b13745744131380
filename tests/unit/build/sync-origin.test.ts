// The deployment's sync server in the page's CSP (scripts/vite/sync-origin.ts)
// and in the app (src/app/sync-config.ts): its origin alone is added to
// connect-src, only a ws:// or wss:// address is taken, and a build without
// one is left as it was.
import { describe, expect, it } from 'vitest';
import { allowSyncOrigin, syncOrigin } from '../../../scripts/vite/sync-origin';
import { syncServerUrl } from '../../../src/app/sync-config';

const CSP = `<meta http-equiv="Content-Security-Policy" content="default-src 'self'; connect-src 'self' blob: data:; worker-src 'self' blob:" />`;

describe('the sync server in the CSP', () => {
  it('adds the server’s origin, and nothing else, to connect-src', () => {
    const out = allowSyncOrigin(`<head>${CSP}</head>`, syncOrigin('wss://sync.norrby.example:8443/'));
    expect(out).toContain(`connect-src 'self' blob: data: wss://sync.norrby.example:8443; worker-src 'self' blob:`);
    expect(out.replace(' wss://sync.norrby.example:8443', '')).toBe(`<head>${CSP}</head>`);
  });

  it('takes only a ws:// or wss:// address without a user, a query or a fragment', () => {
    expect(syncOrigin('ws://127.0.0.1:1234')).toBe('ws://127.0.0.1:1234');
    for (const bad of ['https://sync.example.org', 'sync.example.org', 'wss://user:pw@sync.example.org', 'wss://sync.example.org/?x=1', 'wss://sync.example.org/#a']) {
      expect(() => syncOrigin(bad), bad).toThrow(/VITE_SYNC_URL/);
    }
  });

  it('refuses a page without connect-src to add it to', () => {
    expect(() => allowSyncOrigin('<head></head>', 'wss://sync.example.org')).toThrow(/connect-src/);
  });
});

describe('syncServerUrl', () => {
  it('is undefined without an address or with one that is not ws:// or wss://', () => {
    expect(syncServerUrl(undefined)).toBeUndefined();
    expect(syncServerUrl('  ')).toBeUndefined();
    expect(syncServerUrl('https://sync.example.org')).toBeUndefined();
    expect(syncServerUrl('not an address')).toBeUndefined();
  });

  it('gives the address the deployment named', () => {
    expect(syncServerUrl(' wss://sync.norrby.example ')).toBe('wss://sync.norrby.example/');
  });

  it('is undefined in this build, which names no server', () => {
    expect(syncServerUrl()).toBeUndefined();
  });
});
