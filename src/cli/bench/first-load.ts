/**
 * First-load weight of the built app: what the start page needs before it
 * can show anything. That is every script, module preload and stylesheet
 * dist/index.html names, plus what the entry loads before its first render
 * (the start page's Swedish texts, the default language), each with its static
 * imports and CSS, read from Vite's manifest (dist/.vite/manifest.json).
 * Sizes are raw and gzip (level 9). It also tells whether any of it carries
 * PDF code (react-pdf, pdfkit, fontkit, pdf-lib), which must only load when a
 * PDF is made or read.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

export interface FirstLoad {
  files: Array<{ file: string; raw: number; gzip: number }>;
  raw: number;
  gzip: number;
  pdfCodeInFirstLoad: boolean;
  /** The PDF libraries found in the first load, by name. */
  pdfLibraries: string[];
}

/**
 * Modules the entry imports dynamically but awaits before the first render
 * (see src/main.tsx): the start page's texts; the rest of the language
 * (src/i18n/bundles/sv.ts) loads after it.
 */
export const STARTUP_MODULES = ['src/i18n/bundles/sv-start.ts'];

/** A string only each PDF library's built code contains. */
export const PDF_MARKERS: Record<string, string> = {
  '@react-pdf': 'registerHyphenationCallback',
  pdfkit: 'PDFKit',
  fontkit: 'Unknown font format',
  'pdf-lib': 'Failed to parse PDF',
};

interface Chunk {
  file: string;
  isEntry?: boolean;
  imports?: string[];
  css?: string[];
}

function readManifest(dist: string): Record<string, Chunk> {
  return JSON.parse(readFileSync(join(dist, '.vite/manifest.json'), 'utf8')) as Record<string, Chunk>;
}

/** The chunk's file, its static imports' files (transitively) and their CSS. */
function closure(manifest: Record<string, Chunk>, key: string, into: Set<string>): void {
  const chunk = manifest[key];
  if (!chunk) throw new Error(`${key} is not in the Vite manifest: was it renamed?`);
  if (into.has(chunk.file)) return;
  into.add(chunk.file);
  for (const css of chunk.css ?? []) into.add(css);
  for (const next of chunk.imports ?? []) closure(manifest, next, into);
}

/** The files of the first load, relative to `dist`. */
export function firstLoadFiles(dist: string): string[] {
  const html = readFileSync(join(dist, 'index.html'), 'utf8');
  const refs = [...html.matchAll(/<(?:script[^>]*\ssrc|link[^>]*\shref)="([^"]+\.(?:js|css))"/g)].map((m) => m[1]!);
  // Under a sub-path the references are absolute (/base/assets/…); the files sit at assets/… either way.
  const files = new Set(refs.map((ref) => ref.replace(/^(?:\.\/|\/(?:[^/]+\/)*?)(?=assets\/|[^/]+$)/, '')));
  const manifest = readManifest(dist);
  for (const [key, chunk] of Object.entries(manifest)) if (chunk.isEntry) closure(manifest, key, files);
  for (const key of STARTUP_MODULES) closure(manifest, key, files);
  return [...files];
}

/** The app's own chunk, which src/boot.ts imports once the start page has painted. */
export const APP_MODULE = 'src/main.tsx';

/**
 * The first load and, after it, the app's own chunk with everything it
 * imports statically: what a visitor's browser fetches without opening any
 * page beyond the start page.
 */
export function appLoadFiles(dist: string): string[] {
  const files = new Set(firstLoadFiles(dist));
  const manifest = readManifest(dist);
  if (manifest[APP_MODULE]) closure(manifest, APP_MODULE, files);
  return [...files];
}

/** Which PDF libraries' code is in the text. */
export function pdfLibrariesIn(text: string): string[] {
  return Object.entries(PDF_MARKERS).flatMap(([name, marker]) => (text.includes(marker) ? [name] : []));
}

/** The first load's files and sizes, and which PDF libraries it carries. */
export function firstLoad(dist: string): FirstLoad {
  const files = firstLoadFiles(dist).map((file) => {
    const bytes = readFileSync(join(dist, file));
    return { file, raw: bytes.length, gzip: gzipSync(bytes, { level: 9 }).length, text: bytes.toString('utf8') };
  });
  const pdfLibraries = [...new Set(files.flatMap((f) => pdfLibrariesIn(f.text)))];
  return {
    files: files.map(({ file, raw, gzip }) => ({ file, raw, gzip })),
    raw: files.reduce((n, f) => n + f.raw, 0),
    gzip: files.reduce((n, f) => n + f.gzip, 0),
    pdfCodeInFirstLoad: pdfLibraries.length > 0,
    pdfLibraries,
  };
}

/** Every built script in `dist/assets`, for checking that the PDF markers still find their libraries. */
export function allScripts(dist: string): string[] {
  return readdirSync(join(dist, 'assets'))
    .filter((f) => f.endsWith('.js'))
    .map((f) => readFileSync(join(dist, 'assets', f), 'utf8'));
}
