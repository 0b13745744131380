/**
 * All translations, imported statically so the CLI and the tests need no
 * loader (the browser loads one language at a time, see `load.ts`). Swedish
 * is the reference language; English must be complete (the content tests
 * compare the key sets).
 */
import svUi from '../../locales/sv/ui.json';
import enUi from '../../locales/en/ui.json';
import svCommon from '../../locales/sv/content/common.json';
import enCommon from '../../locales/en/content/common.json';
import svFramework from '../../locales/sv/content/framework.json';
import enFramework from '../../locales/en/content/framework.json';
import svProposal from '../../locales/sv/content/proposal.json';
import enProposal from '../../locales/en/content/proposal.json';
import svAudit from '../../locales/sv/content/service-audit.json';
import enAudit from '../../locales/en/content/service-audit.json';
import svGlossary from '../../locales/sv/content/glossary.json';
import enGlossary from '../../locales/en/content/glossary.json';
import svWorkshop from '../../locales/sv/content/workshop.json';
import enWorkshop from '../../locales/en/content/workshop.json';
import { LANGUAGES, type Language } from './languages';
import { mergeTexts } from './texts';

export { LANGUAGES, isLanguage, type Language } from './languages';

/** The content files of each language, by file name (for the content tests). */
export const contentFiles: Record<Language, Record<string, unknown>> = {
  sv: { common: svCommon, framework: svFramework, proposal: svProposal, 'service-audit': svAudit, glossary: svGlossary, workshop: svWorkshop },
  en: { common: enCommon, framework: enFramework, proposal: enProposal, 'service-audit': enAudit, glossary: enGlossary, workshop: enWorkshop },
};

export const uiTexts: Record<Language, unknown> = { sv: svUi, en: enUi };

export const resources = Object.fromEntries(
  LANGUAGES.map((lang) => [
    lang,
    { ui: uiTexts[lang], content: mergeTexts(Object.values(contentFiles[lang])).texts },
  ]),
) as Record<Language, { ui: object; content: object }>;
