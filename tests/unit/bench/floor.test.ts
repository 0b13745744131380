// The floor page: the app's start page markup (its prerendered root, nested
// elements and all) and the app's own CSS, built by Vite, with no script.
// @vitest-environment node
import { mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { APP_STYLESHEETS, buildFloor, floorBytes, floorHtml, rootMarkup, startPageStylesheets } from '../../../src/cli/bench/floor';

const ROOT = resolve(import.meta.dirname, '../../..');
const prerendered = [
  '<!doctype html><html lang="en"><head>',
  '<meta name="description" content="Check a decision &amp; a service." />',
  '<title>Jämlikhetskollen</title>',
  '<script type="module" crossorigin src="./assets/index-abc.js"></script>',
  '<link rel="stylesheet" crossorigin href="./assets/index-abc.css">',
  '</head><body>',
  '<div id="root"><div class="container"><main><h1>Check a decision</h1><div class="start"><p>Text</p></div></main></div></div>',
  '<div id="after">not the root</div>',
  '<script id="vite-plugin-pwa:register-sw" src="./registerSW.js"></script>',
  '</body></html>',
].join('');

describe('the root markup', () => {
  it('is the whole root element, nested divs included, and nothing after it', () => {
    expect(rootMarkup(prerendered)).toBe('<div id="root"><div class="container"><main><h1>Check a decision</h1><div class="start"><p>Text</p></div></main></div></div>');
  });

  it('is the empty root of a page that is not prerendered', () => {
    expect(rootMarkup('<body><div id="root"></div><script src="x.js"></script></body>')).toBe('<div id="root"></div>');
  });

  it('is an error when there is no root or it is never closed', () => {
    expect(() => rootMarkup('<body><main></main></body>')).toThrow(/no <div id="root">/);
    expect(() => rootMarkup('<div id="root"><div>')).toThrow(/never closed/);
  });
});

describe('the floor page’s HTML', () => {
  const html = floorHtml(prerendered, './floor.css');

  it('keeps the app page’s language, title, description and start page markup', () => {
    expect(html).toContain('<html lang="en">');
    expect(html).toContain('<title>Jämlikhetskollen</title>');
    expect(html).toContain('<meta name="description" content="Check a decision &amp; a service." />');
    expect(html).toContain('<h1>Check a decision</h1>');
    expect(html).not.toContain('not the root');
  });

  it('has one stylesheet, the one given, and no script', () => {
    expect(html.match(/<link\b/g)).toHaveLength(1);
    expect(html).toContain('<link rel="stylesheet" href="./floor.css" />');
    expect(html).not.toMatch(/<script\b/i);
  });
});

describe('the floor page’s stylesheets', () => {
  it('are the app’s two first, then the start page components’ own, each an existing file', () => {
    const sheets = startPageStylesheets(ROOT);
    expect(sheets.slice(0, 2)).toEqual(APP_STYLESHEETS);
    expect(sheets).toContain('src/ui/start/start.css');
    for (const sheet of sheets) expect(readFileSync(resolve(ROOT, sheet), 'utf8').length).toBeGreaterThan(0);
  });
});

describe('the built floor page', () => {
  it('is Vite’s build of the page: the root markup, the app’s CSS in one hashed file, no script', async () => {
    const app = mkdtempSync(join(tmpdir(), 'jk-floor-app-'));
    writeFileSync(join(app, 'index.html'), prerendered);
    const out = await buildFloor(ROOT, app);

    const html = readFileSync(join(out, 'index.html'), 'utf8');
    expect(html).not.toMatch(/<script\b/i);
    expect(html).toContain('<h1>Check a decision</h1>');
    const sheets = [...html.matchAll(/<link rel="stylesheet"[^>]*href="\.\/(assets\/[^"]+\.css)"/g)].map((m) => m[1]!);
    expect(sheets).toHaveLength(1);
    expect(sheets[0]).toMatch(/^assets\/[\w-]+-[\w-]{8}\.css$/);
    expect(readdirSync(join(out, 'assets')).filter((f) => f.endsWith('.js'))).toEqual([]);

    // The app's two stylesheets and the start page's own, bundled and minified: a rule from each, no @import left.
    const css = readFileSync(join(out, sheets[0]!), 'utf8');
    expect(css).toMatch(/\.skip-link\{/);
    expect(css).toMatch(/\.workshop-tools\{/);
    expect(css).toMatch(/\.start-card\{/);
    expect(css).not.toContain('@import');

    const bytes = floorBytes(out);
    expect(bytes.files.map((f) => f.file)).toEqual(['index.html', sheets[0]]);
    expect(bytes.css.raw).toBe(Buffer.byteLength(css));
    expect(bytes.css.gzip).toBeLessThan(bytes.css.raw);
  });
});
