/**
 * All the English translations, as one chunk the browser loads on demand:
 * after the first render, before a screen other than the start page, and on
 * a switch to the language (see ../load.ts). The start page itself needs
 * only ./en-start.ts.
 */
import { parseEach, textsFromFiles } from './from-files';

export default textsFromFiles(
  // ui.json as text, parsed here: a module of its own. The start bundle
  // imports parts of ui.json by name, and sharing that module would put the
  // whole file back into the first load.
  parseEach(import.meta.glob<string>('../../../locales/en/ui.json', { eager: true, import: 'default', query: '?raw' })),
  // The content files as text too, for the same reason: the start bundle imports their start page sections by name.
  parseEach(import.meta.glob<string>('../../../locales/en/content/*.json', { eager: true, import: 'default', query: '?raw' })),
);
