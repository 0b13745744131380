/**
 * The blank worksheet download. The PDF code is loaded here, on the click,
 * with a dynamic import, so it never weighs on the start page's first load.
 */
import type { Language } from '../i18n/languages';
import { ensureLanguage } from '../i18n/load';
import { framework, questionnaires } from '../questionnaire/catalogue';

/** The app's i18next instance (only src/i18n names i18next itself). */
type I18n = Parameters<typeof ensureLanguage>[0];

/** Renders and saves the worksheet of a questionnaire in `lang`. */
export async function downloadWorksheet(i18n: I18n, questionnaireId: string, lang: Language): Promise<void> {
  const file = questionnaires.find((q) => q.id === questionnaireId);
  if (!file) throw new Error(`No questionnaire ${questionnaireId}`);
  // The worksheet may be in the language not shown on screen: make sure its texts are here.
  const [{ downloadWorksheetPdf }] = await Promise.all([import('../report/worksheet/browser'), ensureLanguage(i18n, lang)]);
  await downloadWorksheetPdf({ file, framework, t: i18n.getFixedT(lang), exists: (key) => i18n.exists(key, { lng: lang }), lang });
}
