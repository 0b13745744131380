/**
 * The Swedish texts of the start page (and the shell around every screen),
 * awaited before the first render (src/main.tsx). Kept small because it is
 * part of the first load: the texts of the assessment screens, results,
 * reports, the glossary and the facilitator notes come with ./sv.ts.
 * The ui namespaces are imported by name so the bundler leaves the others
 * out; tests/unit/i18n/load.test.ts checks that every text the start page
 * can show is here, and that this equals the same part of the locale files.
 */
import { a11y, app, compare, examples, footer, glossary, importFile, langNames, language, problems, saved, session, skipLink, start, storage, workshop, worksheet } from '../../../locales/sv/ui.json';
import { steps as commonSteps } from '../../../locales/sv/content/common.json';
import { frameworks, recommendations } from '../../../locales/sv/content/framework.json';
import { questionnaires as proposalQuestionnaires, steps as proposalSteps } from '../../../locales/sv/content/proposal.json';
import { questionnaires as auditQuestionnaires, steps as auditSteps } from '../../../locales/sv/content/service-audit.json';
import { textsFromFiles } from './from-files';

export default textsFromFiles(
  { ui: { a11y, app, compare, examples, footer, glossary, importFile, langNames, language, problems, saved, session, skipLink, start, storage, workshop, worksheet } },
  // Of the content files, only the sections the start page shows (START_CONTENT in ./from-files): imported by
  // name so the bundler leaves the questions, options, criteria and help texts to the whole language.
  {
    common: { steps: commonSteps },
    framework: { frameworks, recommendations },
    proposal: { questionnaires: proposalQuestionnaires, steps: proposalSteps },
    'service-audit': { questionnaires: auditQuestionnaires, steps: auditSteps },
  },
);
