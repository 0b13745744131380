/**
 * The floor page: what the start page would cost with no script at all. It
 * is plain HTML holding the app's start page markup (the `<div id="root">`
 * of the built dist/index.html, which the build prerenders) and the app's own
 * stylesheets, built by Vite like the app (bundled, minified and hashed, no
 * plugins) into a folder of its own. Every bench figure that has a
 * counterpart is measured on it too, in the same run, so each app figure can
 * be read as a multiple of what this machine does for a static page.
 */
import { mkdirSync, mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { build } from 'vite';

/** The app's stylesheets, in the order src/boot.ts imports them. */
export const APP_STYLESHEETS = ['src/ui/styles.css', 'src/ui/workshop.css'];

/** The folders of the start page's own components, whose stylesheets the app's first load carries too. */
export const START_PAGE_FOLDERS = ['src/ui/start', 'src/ui/home'];

/** Every stylesheet of the start page, relative to `root`: the app's two, then each start page folder's (found, not listed, so a new one counts). */
export function startPageStylesheets(root: string): string[] {
  const own = START_PAGE_FOLDERS.flatMap((folder) =>
    readdirSync(resolve(root, folder))
      .filter((f) => f.endsWith('.css'))
      .sort()
      .map((f) => `${folder}/${f}`),
  );
  return [...APP_STYLESHEETS, ...own];
}

/**
 * The whole `<div id="root">…</div>` element of an HTML page, nested
 * elements included: the closing tag is the one that balances the `<div`s
 * opened after it. An empty root (no prerendering) comes back empty.
 */
export function rootMarkup(html: string): string {
  const start = html.search(/<div\b[^>]*\bid=["']?root["'\s>]/);
  if (start < 0) throw new Error('The page has no <div id="root">.');
  const tags = /<div\b[^>]*?(\/?)>|<\/div\s*>/g;
  tags.lastIndex = start;
  let depth = 0;
  for (let m = tags.exec(html); m; m = tags.exec(html)) {
    if (m[0].startsWith('</')) depth -= 1;
    else if (m[1] !== '/') depth += 1;
    if (depth === 0) return html.slice(start, m.index + m[0].length);
  }
  throw new Error('The page’s <div id="root"> is never closed.');
}

const escapeAttribute = (text: string) => text.replace(/&/g, '&amp;').replace(/"/g, '&quot;');

/**
 * The floor page's HTML, from the app's built page: its language, title,
 * description and start page markup, one stylesheet (`cssHref`), no script.
 */
export function floorHtml(appHtml: string, cssHref: string): string {
  const lang = /<html\b[^>]*\blang="([^"]*)"/.exec(appHtml)?.[1] ?? 'sv';
  const title = /<title>([\s\S]*?)<\/title>/.exec(appHtml)?.[1] ?? '';
  const description = /<meta\s+name="description"\s+content="([^"]*)"/.exec(appHtml)?.[1];
  return [
    '<!doctype html>',
    `<html lang="${escapeAttribute(lang)}">`,
    '  <head>',
    '    <meta charset="UTF-8" />',
    '    <meta name="viewport" content="width=device-width, initial-scale=1.0" />',
    ...(description === undefined ? [] : [`    <meta name="description" content="${description}" />`]),
    `    <link rel="stylesheet" href="${escapeAttribute(cssHref)}" />`,
    `    <title>${title}</title>`,
    '  </head>',
    '  <body>',
    `    ${rootMarkup(appHtml)}`,
    '  </body>',
    '</html>',
    '',
  ].join('\n');
}

export interface FloorBytes {
  files: Array<{ file: string; raw: number; gzip: number }>;
  html: { raw: number; gzip: number };
  css: { raw: number; gzip: number };
}

/**
 * Builds the floor page for the app built in `appDist` (project in `root`)
 * and returns its folder. The source sits in a fresh folder outside the
 * project; its CSS entry imports the start page's stylesheets (the app's two
 * and the start page components' own) by relative path, so
 * Vite inlines and minifies them into one hashed file, as it does for the app.
 */
export async function buildFloor(root: string, appDist: string): Promise<string> {
  const work = mkdtempSync(join(tmpdir(), 'jk-floor-'));
  const src = join(work, 'src');
  const out = join(work, 'dist');
  mkdirSync(src);
  const imports = startPageStylesheets(root).map((sheet) => `@import "${relative(src, resolve(root, sheet)).split('\\').join('/')}";`);
  writeFileSync(join(src, 'floor.css'), `${imports.join('\n')}\n`);
  writeFileSync(join(src, 'index.html'), floorHtml(readFileSync(join(appDist, 'index.html'), 'utf8'), './floor.css'));
  await build({
    configFile: false,
    root: src,
    base: './',
    logLevel: 'error',
    plugins: [],
    // The app's CSS may sit outside the floor's root; let Vite read it.
    server: { fs: { allow: [src, root] } },
    build: { outDir: out, emptyOutDir: true, target: 'es2022', sourcemap: false },
  });
  return out;
}

/** The floor's bytes: its HTML and its stylesheets, raw and gzip (level 9, as the app's are counted). */
export function floorBytes(dist: string): FloorBytes {
  const size = (file: string) => {
    const bytes = readFileSync(join(dist, file));
    return { file, raw: bytes.length, gzip: gzipSync(bytes, { level: 9 }).length };
  };
  const css = readdirSync(join(dist, 'assets'))
    .filter((f) => f.endsWith('.css'))
    .map((f) => size(`assets/${f}`));
  const html = size('index.html');
  const sum = (xs: Array<{ raw: number; gzip: number }>) => ({ raw: xs.reduce((n, x) => n + x.raw, 0), gzip: xs.reduce((n, x) => n + x.gzip, 0) });
  return { files: [html, ...css], html: sum([html]), css: sum(css) };
}
