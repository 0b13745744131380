/**
 * Prerenders the start page at build time, so it paints from HTML and CSS
 * before any script runs. After the app is built, src/app/prerender.tsx is
 * built for Node (React's server rendering), run once per language, and its
 * HTML put into #root: dist/index.html in Swedish, the reference language,
 * and dist/en.html in English, each with its own `lang`, title and
 * description, and a link to the other. No inline script is added, so the
 * CSP stays as strict as it is. Runs before the service worker is generated
 * (see vite.config.ts), so both pages are precached for offline use.
 */
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import react from '@vitejs/plugin-react';
import { build, type Plugin } from 'vite';
import { pickJson } from './pick-json.ts';

type Language = 'sv' | 'en';

/** The pages written, by language: the first is the default page. */
export const PAGES: ReadonlyArray<{ lang: Language; file: string; href: string }> = [
  { lang: 'sv', file: 'index.html', href: './' },
  { lang: 'en', file: 'en.html', href: './en.html' },
];

const ROOT_ELEMENT = '<div id="root"></div>';

const escapeAttribute = (text: string) => text.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');
const escapeText = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;');

function headTexts(root: string, lang: Language): { title: string; description: string } {
  const ui = JSON.parse(readFileSync(join(root, 'locales', lang, 'ui.json'), 'utf8')) as { app: { name: string; description: string } };
  return { title: ui.app.name, description: ui.app.description };
}

/** The built index.html made into one language's page, with the start page's HTML in #root. */
export function pageHtml(template: string, lang: Language, body: string, head: { title: string; description: string }): string {
  if (!template.includes(ROOT_ELEMENT)) throw new Error(`index.html has no ${ROOT_ELEMENT} to prerender into.`);
  const others = PAGES.filter((p) => p.lang !== lang)
    .map((p) => `<link rel="alternate" hreflang="${p.lang}" href="${p.href}" />`)
    .join('\n    ');
  return template
    .replace(/<html lang="[^"]*">/, `<html lang="${lang}">`)
    .replace(/<title>[^<]*<\/title>/, `<title>${escapeText(head.title)}</title>\n    ${others}`)
    .replace(/<meta name="description" content="[^"]*" \/>/, `<meta name="description" content="${escapeAttribute(head.description)}" />`)
    .replace(ROOT_ELEMENT, `<div id="root" data-prerendered="${lang}">${body}</div>`);
}

export function prerenderStartPage(): Plugin {
  let root = '';
  let outDir = '';
  let base = './';
  return {
    name: 'jamlikhetskollen:prerender',
    apply: 'build',
    configResolved(config) {
      root = config.root;
      outDir = resolve(config.root, config.build.outDir);
      base = config.base;
    },
    closeBundle: {
      sequential: true,
      order: 'pre',
      async handler() {
        // Inside the project, so the Node build finds React and the rest in node_modules.
        mkdirSync(join(root, 'node_modules/.tmp'), { recursive: true });
        const work = mkdtempSync(join(root, 'node_modules/.tmp/prerender-'));
        try {
          await build({
            configFile: false,
            root,
            base,
            logLevel: 'warn',
            plugins: [react(), pickJson()],
            build: { ssr: 'src/app/prerender.tsx', outDir: work, emptyOutDir: true, minify: false },
          });
          const { renderStart } = (await import(pathToFileURL(join(work, 'prerender.js')).href)) as {
            renderStart: (lang: Language) => Promise<string>;
          };
          const template = readFileSync(join(outDir, 'index.html'), 'utf8');
          for (const page of PAGES) {
            const body = await renderStart(page.lang);
            writeFileSync(join(outDir, page.file), pageHtml(template, page.lang, body, headTexts(root, page.lang)));
          }
        } finally {
          rmSync(work, { recursive: true, force: true });
        }
      },
    },
  };
}
