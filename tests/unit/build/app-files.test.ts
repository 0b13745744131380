// The list of the app's files in the built HTML (scripts/vite/app-files.ts):
// the app's chunk and React's DOM renderer with all they import, less what the
// page's own script has loaded already.
import { describe, expect, it } from 'vitest';
import type { Rollup } from 'vite';
import { appFiles } from '../../../scripts/vite/app-files';

const chunk = (fileName: string, imports: string[], extra: Partial<Rollup.OutputChunk> = {}) =>
  ({ type: 'chunk', fileName, imports, isEntry: false, facadeModuleId: null, moduleIds: [], ...extra }) as unknown as Rollup.OutputChunk;

const bundle = (chunks: Rollup.OutputChunk[]): Rollup.OutputBundle => Object.fromEntries(chunks.map((c) => [c.fileName, c]));

describe('appFiles', () => {
  it('lists the app and the renderer with their imports, not the entry’s own', () => {
    const files = appFiles(
      bundle([
        chunk('assets/index.js', ['assets/runtime.js'], { isEntry: true, facadeModuleId: '/p/src/boot.ts' }),
        chunk('assets/runtime.js', []),
        chunk('assets/main.js', ['assets/react.js', 'assets/runtime.js', 'assets/i18n.js'], { facadeModuleId: '/p/src/main.tsx' }),
        chunk('assets/client.js', ['assets/react-dom.js'], { facadeModuleId: '/p/node_modules/react-dom/client.js' }),
        chunk('assets/react-dom.js', ['assets/react.js']),
        chunk('assets/react.js', []),
        chunk('assets/i18n.js', []),
        chunk('assets/pdf.js', ['assets/react.js'], { facadeModuleId: '/p/src/report/pdf.tsx' }),
      ]),
    );
    expect(files).toEqual(['assets/client.js', 'assets/i18n.js', 'assets/main.js', 'assets/react-dom.js', 'assets/react.js']);
  });

  it('refuses a build where the app’s chunk cannot be found', () => {
    expect(() => appFiles(bundle([chunk('assets/index.js', [], { isEntry: true })]))).toThrow(/main/);
  });
});
