/**
 * The English texts of the start page (and the shell around every screen),
 * awaited before the first render (src/main.tsx). Kept small because it is
 * part of the first load: the texts of the assessment screens, results,
 * reports, the glossary and the facilitator notes come with ./en.ts.
 * The ui namespaces are imported by name so the bundler leaves the others
 * out; tests/unit/i18n/load.test.ts checks that every text the start page
 * can show is here, and that this equals the same part of the locale files.
 */
import { a11y, app, compare, examples, footer, glossary, importFile, langNames, language, problems, saved, session, skipLink, start, storage, workshop, worksheet } from '../../../locales/en/ui.json';
import { textsFromFiles } from './from-files';

export default textsFromFiles(
  { ui: { a11y, app, compare, examples, footer, glossary, importFile, langNames, language, problems, saved, session, skipLink, start, storage, workshop, worksheet } },
  // Every content file but the glossary and the facilitator notes, which only other screens show.
  import.meta.glob<object>(['../../../locales/en/content/*.json', '!../../../locales/en/content/glossary.json', '!../../../locales/en/content/workshop.json'], {
    eager: true,
    import: 'default',
  }),
);
