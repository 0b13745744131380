/**
 * The app's code that the start page does not run until someone is at the
 * page (src/boot.ts), listed in the built HTML so the page can fetch it as
 * soon as it has painted: the first press then waits for the code to run, not
 * for it to arrive. The list is a JSON data block (`<script
 * type="application/json">`), which the browser never runs, so the CSP needs
 * no hash for it. Its files are the app's own chunk and React's DOM renderer
 * with every chunk they import, less what the page has already loaded.
 */
import type { Plugin, Rollup } from 'vite';

type OutputBundle = Rollup.OutputBundle;
type OutputChunk = Rollup.OutputChunk;

/** The element boot.ts reads the list from. */
export const APP_FILES_ID = 'app-files';

/** Modules whose chunks boot.ts imports once someone is there. */
const STARTS = [/\/src\/main\.tsx$/, /\/react-dom\/client\.js$/];

const chunks = (bundle: OutputBundle) => Object.values(bundle).filter((file): file is OutputChunk => file.type === 'chunk');

/** `names` and every chunk they import, statically, at any depth. */
function withImports(bundle: OutputBundle, names: string[]): Set<string> {
  const found = new Set<string>();
  const visit = (name: string) => {
    const chunk = bundle[name];
    if (found.has(name) || chunk?.type !== 'chunk') return;
    found.add(name);
    chunk.imports.forEach(visit);
  };
  names.forEach(visit);
  return found;
}

/** The files to fetch early, as paths inside the build (`assets/main-….js`). */
export function appFiles(bundle: OutputBundle): string[] {
  const all = chunks(bundle);
  const entries = all.filter((c) => c.isEntry).map((c) => c.fileName);
  const starts = STARTS.map((pattern) => {
    const chunk = all.find((c) => c.facadeModuleId !== null && pattern.test(c.facadeModuleId)) ?? all.find((c) => c.moduleIds.some((id) => pattern.test(id)));
    if (!chunk) throw new Error(`No chunk holds ${pattern}: the list of the app's files would miss it.`);
    return chunk.fileName;
  });
  const loaded = withImports(bundle, entries);
  return [...withImports(bundle, starts)].filter((name) => !loaded.has(name)).sort();
}

export function appFilesList(): Plugin {
  let base = './';
  return {
    name: 'jamlikhetskollen:app-files',
    apply: 'build',
    configResolved(config) {
      base = config.base;
    },
    transformIndexHtml: {
      order: 'post',
      handler(html, context) {
        if (!context.bundle) return html;
        // JSON inside a script element: `<` is escaped so no file name could ever close the element.
        const list = JSON.stringify(appFiles(context.bundle).map((name) => `${base}${name}`)).replace(/</g, '\\u003c');
        return html.replace('</head>', `  <script type="application/json" id="${APP_FILES_ID}">${list}</script>\n  </head>`);
      },
    },
  };
}
