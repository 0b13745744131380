// A deployment with a sync server, for the browser tests that need one: the
// real sync server (in memory) on localhost, and the app built for it
// (VITE_SYNC_URL, which also allows it in the page's CSP) and served
// statically. Each file starts its own and stops it afterwards.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { build } from 'vite';
import { startSyncServer, type SyncServer } from '../../src/server/server';
import { serveStatic, type StaticServer } from './static-server';

const ROOT = resolve(import.meta.dirname, '../..');

export interface SyncDeployment {
  sync: SyncServer;
  web: StaticServer;
  stop: () => Promise<void>;
}

/** Starts the server with `secret`, builds the app for it into a temporary folder and serves it. */
export async function startSyncDeployment(secret: string): Promise<SyncDeployment> {
  const outDir = mkdtempSync(join(tmpdir(), 'jk-sync-app-'));
  const sync = await startSyncServer({ secret, debounce: 20, log: () => {} });
  const before = process.env.VITE_SYNC_URL;
  process.env.VITE_SYNC_URL = sync.url;
  try {
    await build({ root: ROOT, logLevel: 'silent', build: { outDir, emptyOutDir: true } });
  } finally {
    if (before === undefined) delete process.env.VITE_SYNC_URL;
    else process.env.VITE_SYNC_URL = before;
  }
  const web = await serveStatic(outDir, '/');
  return {
    sync,
    web,
    stop: async () => {
      await web.close();
      await sync.stop();
      rmSync(outDir, { recursive: true, force: true });
    },
  };
}
