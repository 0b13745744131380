// The module boundaries of docs/architecture: pure modules import no React,
// no UI, no report and no i18n; ui and report do not import each other; only
// src/i18n imports i18next itself. (Import cycles are caught by oxlint's
// import/no-cycle.)
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const SRC = resolve(import.meta.dirname, '../../src');

function files(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? files(join(dir, e.name)) : /\.(ts|tsx)$/.test(e.name) ? [join(dir, e.name)] : [],
  );
}

/** Imports of a file: bare package names, or `src/<area>` for relative imports inside src. */
function imports(file: string): string[] {
  const text = readFileSync(file, 'utf8');
  const specs = [...text.matchAll(/(?:import|export)\s[^'"]*?from\s+['"]([^'"]+)['"]|import\(\s*['"]([^'"]+)['"]\s*\)/g)].map(
    (m) => m[1] ?? m[2] ?? '',
  );
  return specs.map((spec) => {
    if (!spec.startsWith('.')) return spec.startsWith('@') ? spec.split('/').slice(0, 2).join('/') : spec.split('/')[0]!;
    const target = relative(SRC, resolve(dirname(file), spec));
    return target.startsWith('..') ? `outside:${target}` : `src/${target.split('/')[0]}`;
  });
}

const area = (file: string) => relative(SRC, file).split('/')[0]!;
const all = files(SRC).map((file) => ({ file: relative(SRC, file), area: area(file), imports: imports(file) }));

const PURE_FORBIDDEN = ['react', 'react-dom', 'react-i18next', 'i18next', '@react-pdf/renderer', 'src/ui', 'src/report', 'src/i18n', 'src/app', 'src/storage'];

describe('module boundaries', () => {
  it('finds the source files it checks', () => {
    expect(all.length).toBeGreaterThan(10);
    expect(all.some((f) => f.area === 'questionnaire')).toBe(true);
  });

  it.each(['questionnaire', 'assessment', 'machine', 'sync'])('src/%s imports no React, UI, report, storage or i18n', (pure) => {
    const offending = all
      .filter((f) => f.area === pure)
      .flatMap((f) => f.imports.filter((i) => PURE_FORBIDDEN.includes(i)).map((i) => `${f.file} → ${i}`));
    expect(offending).toEqual([]);
  });

  it('ui and report do not import each other', () => {
    const offending = all
      .filter((f) => (f.area === 'ui' && f.imports.includes('src/report')) || (f.area === 'report' && f.imports.includes('src/ui')))
      .map((f) => f.file);
    expect(offending).toEqual([]);
  });

  it('the report does not import the machine or the app', () => {
    const offending = all
      .filter((f) => f.area === 'report' && f.imports.some((i) => i === 'src/machine' || i === 'src/app'))
      .map((f) => f.file);
    expect(offending).toEqual([]);
  });

  it('only src/sync (and the Node-only server and command line) import Yjs, which loads only when sync is switched on', () => {
    expect(all.some((f) => f.area === 'sync' && f.imports.includes('yjs'))).toBe(true);
    // The server and the command line (Node only, never in the app's build) use Yjs and Hocuspocus as well.
    const offending = all
      .filter((f) => !['sync', 'server', 'cli'].includes(f.area) && f.imports.some((i) => i === 'yjs' || i.startsWith('y-') || i.startsWith('@hocuspocus')))
      .map((f) => f.file);
    expect(offending).toEqual([]);
  });

  it('the sync server is Node only: nothing but the command line imports it', () => {
    const offending = all.filter((f) => f.area !== 'server' && f.area !== 'cli' && f.imports.includes('src/server')).map((f) => f.file);
    expect(offending).toEqual([]);
  });

  it('only src/i18n imports i18next itself', () => {
    const offending = all.filter((f) => f.area !== 'i18n' && f.imports.includes('i18next')).map((f) => f.file);
    expect(offending).toEqual([]);
  });

  it('the machine is the only place that imports xstate (besides app and ui hooks)', () => {
    const offending = all
      .filter((f) => !['machine', 'app', 'ui'].includes(f.area) && f.imports.some((i) => i === 'xstate' || i === '@xstate/react'))
      .map((f) => f.file);
    expect(offending).toEqual([]);
  });
});
