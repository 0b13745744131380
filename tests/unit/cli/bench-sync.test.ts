// The bench's sync figure: which chunks count as sync (by the modules they
// hold, not their names), which libraries they show, and whether the first
// load or the app's main chunk holds any of it, on a small built folder
// written here.
// @vitest-environment node
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { afterAll, describe, expect, it } from 'vitest';
import { librariesIn, syncChunkFiles, syncCost, type ChunkModules } from '../../../src/cli/bench/sync-chunks';

const chunks: ChunkModules = {
  'assets/index-a.js': ['/app/src/main.tsx', '/app/node_modules/react/index.js'],
  'assets/register-page-b.js': ['/app/src/app/register-page.tsx'],
  // Named after the page that imports it, yet it holds yjs and the provider.
  'assets/page-c.js': ['/app/src/sync/register-session.ts', '/app/node_modules/yjs/dist/yjs.mjs', '/app/node_modules/lib0/encoding.js', '/app/node_modules/@hocuspocus/provider/dist/hocuspocus-provider.esm.js'],
  'assets/x-d.js': ['/app/node_modules/y-indexeddb/src/y-indexeddb.js'],
  // A file name that says "sync" is not sync code.
  'assets/sync-config-e.js': ['/app/src/app/sync-config.ts'],
};

const dir = mkdtempSync(join(tmpdir(), 'jk-bench-sync-test-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function write(files: Record<string, string>, html: string): void {
  mkdirSync(join(dir, 'assets'), { recursive: true });
  mkdirSync(join(dir, '.vite'), { recursive: true });
  for (const [file, text] of Object.entries(files)) writeFileSync(join(dir, file), text);
  writeFileSync(join(dir, 'index.html'), html);
  // The first load also follows the manifest's entry and the start texts (first-load.ts).
  writeFileSync(join(dir, '.vite/manifest.json'), JSON.stringify({
    'index.html': { file: 'assets/index-a.js', isEntry: true },
    'src/i18n/bundles/sv-start.ts': { file: 'assets/register-page-b.js' },
    // The app's own chunk, fetched once the start page has painted, and what it imports.
    'src/main.tsx': { file: 'assets/main-f.js', imports: ['_shared-g.js'] },
    '_shared-g.js': { file: 'assets/shared-g.js' },
  }));
}

describe('the sync chunks', () => {
  it('are the chunks holding a sync library or src/sync, whatever they are called', () => {
    expect(syncChunkFiles(chunks)).toEqual(['assets/page-c.js', 'assets/x-d.js']);
    expect(librariesIn(chunks, ['assets/page-c.js'])).toEqual(['yjs', '@hocuspocus/provider', 'src/sync']);
    expect(librariesIn(chunks, ['assets/x-d.js'])).toEqual(['y-indexeddb']);
    expect(librariesIn(chunks, ['assets/index-a.js'])).toEqual([]);
  });

  it('are sized gzip, and a first load without them says so', () => {
    const text = { 'assets/page-c.js': 'export const a = "yjs";'.repeat(50), 'assets/x-d.js': 'export const b = 1;' };
    write({ ...text, 'assets/index-a.js': 'boot', 'assets/register-page-b.js': 'page', 'assets/main-f.js': 'main', 'assets/shared-g.js': 'shared' }, '<script type="module" src="./assets/index-a.js"></script>');
    const cost = syncCost(dir, chunks);
    expect(cost.files.map((f) => f.file)).toEqual(['assets/page-c.js', 'assets/x-d.js']);
    const gz = (s: string) => gzipSync(Buffer.from(s), { level: 9 }).length;
    expect(cost.gzip).toBe(gz(text['assets/page-c.js']) + gz(text['assets/x-d.js']));
    expect(cost.raw).toBe(text['assets/page-c.js'].length + text['assets/x-d.js'].length);
    expect(cost.inFirstLoad).toEqual({ files: [], modules: [] });
  });

  it('are found in the first load when the entry holds them', () => {
    const inEntry = { ...chunks, 'assets/index-a.js': [...chunks['assets/index-a.js']!, '/app/node_modules/yjs/dist/yjs.mjs'] };
    expect(syncCost(dir, inEntry).inFirstLoad).toEqual({ files: ['assets/index-a.js'], modules: ['/app/node_modules/yjs/dist/yjs.mjs'] });
  });

  it('are found when the app’s main chunk imports them statically', () => {
    const inMain = { ...chunks, 'assets/shared-g.js': ['/app/src/sync/session.ts'] };
    expect(syncCost(dir, inMain).inFirstLoad).toEqual({ files: ['assets/shared-g.js'], modules: ['/app/src/sync/session.ts'] });
  });
});
