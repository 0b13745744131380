/**
 * The Swedish texts of the start page (and the shell around every screen),
 * awaited before the first render (src/main.tsx). Kept small because it is
 * part of the first load: only the texts shown before the page answers input
 * are here, picked from the locale files at build time (`pick:` imports, see
 * scripts/vite/pick-json.ts). The start page's folded lists and the sections
 * further down wait for the whole language (./sv.ts; see src/app/later.tsx),
 * as do every other screen, the reports, the glossary and the facilitator
 * notes. tests/unit/i18n/load.test.ts checks that the start page renders from
 * these alone without a missing text, and that they equal the same parts of
 * the locale files.
 */
import ui from 'pick:a11y.footerLink,app,footer,glossary.link,glossary.loading,language,saved,session,skipLink,start,storage,workshop.toggle:../../../locales/sv/ui.json';
import proposal from 'pick:questionnaires:../../../locales/sv/content/proposal.json';
import serviceAudit from 'pick:questionnaires:../../../locales/sv/content/service-audit.json';
import { textsFromFiles } from './from-files';

export default textsFromFiles({ ui: ui as object }, { proposal: proposal as object, 'service-audit': serviceAudit as object });
