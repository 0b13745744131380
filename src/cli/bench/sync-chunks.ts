/**
 * The bundle cost of sync: the chunks a browser loads once a deployment
 * switches sync on (VITE_SYNC_URL), found from the build's module graph
 * (which chunk holds which modules), not from file names. A chunk counts when
 * it holds any module of the sync libraries (yjs and the lib0 and y-protocols
 * it is built on, @hocuspocus/provider and its common part, y-indexeddb) or of
 * src/sync/. Vite's manifest does not say which modules a chunk holds, so the
 * build is made here with a small plugin that records it.
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { Plugin } from 'vite';
import { appLoadFiles } from './first-load';

/** Issue 19's estimate of what sync may add, gzip: the bench prints the figure beside it. */
export const SYNC_AIM_GZIP_BYTES = 37_000;

/** A module id of the sync code: a library's file in node_modules, or the app's own src/sync/. */
export const SYNC_MODULE = /[\\/]node_modules[\\/](?:yjs|lib0|y-protocols|y-indexeddb|@hocuspocus[\\/](?:provider|common))[\\/]|[\\/]src[\\/]sync[\\/]/;

/** The sync libraries a browser build must carry, by the module ids that show each. */
export const SYNC_LIBRARIES: Record<string, RegExp> = {
  yjs: /[\\/]node_modules[\\/]yjs[\\/]/,
  '@hocuspocus/provider': /[\\/]node_modules[\\/]@hocuspocus[\\/]provider[\\/]/,
  'y-indexeddb': /[\\/]node_modules[\\/]y-indexeddb[\\/]/,
  'src/sync': /[\\/]src[\\/]sync[\\/]/,
};

/** Each built chunk's file (relative to the build folder) and the module ids it holds. */
export type ChunkModules = Record<string, string[]>;

/** A Vite plugin that records, into `into`, which modules each written chunk holds. */
export function recordChunkModules(into: ChunkModules): Plugin {
  return {
    name: 'jk-bench-chunk-modules',
    apply: 'build',
    generateBundle(_options, bundle) {
      for (const out of Object.values(bundle)) if (out.type === 'chunk') into[out.fileName] = [...out.moduleIds];
    },
  };
}

/** The chunks that hold any sync module, in file order. */
export function syncChunkFiles(chunks: ChunkModules): string[] {
  return Object.entries(chunks)
    .filter(([, ids]) => ids.some((id) => SYNC_MODULE.test(id)))
    .map(([file]) => file)
    .sort();
}

/** Which of SYNC_LIBRARIES the given chunks hold. */
export function librariesIn(chunks: ChunkModules, files: readonly string[]): string[] {
  const ids = files.flatMap((f) => chunks[f] ?? []);
  return Object.entries(SYNC_LIBRARIES).flatMap(([name, pattern]) => (ids.some((id) => pattern.test(id)) ? [name] : []));
}

export interface SyncCost {
  files: Array<{ file: string; raw: number; gzip: number }>;
  raw: number;
  gzip: number;
  /** The sync libraries found in those chunks (a figure that found none would measure nothing). */
  libraries: string[];
  /**
   * The files of the first load and of the app's own chunk with its static imports (first-load.ts,
   * appLoadFiles) that hold sync code, and the sync modules in them: both empty when sync stays out.
   */
  inFirstLoad: { files: string[]; modules: string[] };
}

/** The sync chunks' sizes in a built folder, and what of sync its first load holds. */
export function syncCost(dist: string, chunks: ChunkModules): SyncCost {
  const files = syncChunkFiles(chunks).map((file) => {
    const bytes = readFileSync(join(dist, file));
    return { file, raw: bytes.length, gzip: gzipSync(bytes, { level: 9 }).length };
  });
  const first = appLoadFiles(dist).filter((f) => f.endsWith('.js'));
  const modules = first.flatMap((f) => (chunks[f] ?? []).filter((id) => SYNC_MODULE.test(id)));
  return {
    files,
    raw: files.reduce((n, f) => n + f.raw, 0),
    gzip: files.reduce((n, f) => n + f.gzip, 0),
    libraries: librariesIn(chunks, files.map((f) => f.file)),
    inFirstLoad: { files: first.filter((f) => (chunks[f] ?? []).some((id) => SYNC_MODULE.test(id))), modules },
  };
}

/**
 * Builds the app from `root` as a deployment with a sync server does (the
 * given VITE_SYNC_URL) into a fresh folder, recording the module graph, and
 * measures the sync chunks. The folder is removed afterwards.
 */
export async function measureSyncBuild(root: string, syncUrl = 'wss://sync.example.org/'): Promise<SyncCost> {
  const { build } = await import('vite');
  const outDir = mkdtempSync(join(tmpdir(), 'jk-bench-sync-'));
  const chunks: ChunkModules = {};
  const before = process.env.VITE_SYNC_URL;
  process.env.VITE_SYNC_URL = syncUrl;
  try {
    await build({ root, logLevel: 'silent', plugins: [recordChunkModules(chunks)], build: { outDir, emptyOutDir: true } });
    return syncCost(outDir, chunks);
  } finally {
    if (before === undefined) delete process.env.VITE_SYNC_URL;
    else process.env.VITE_SYNC_URL = before;
    rmSync(outDir, { recursive: true, force: true });
  }
}
