/**
 * The blank worksheet download. The PDF code is loaded here, on the click,
 * with a dynamic import, so it never weighs on the start page's first load.
 */
import type { Language } from '../i18n/resources';
import { framework, questionnaires } from '../questionnaire/catalogue';

/** What the worksheet needs of the i18n instance: texts in the chosen language, and whether one exists. */
export interface WorksheetTexts {
  getFixedT: (lang: Language) => (key: string, options?: Record<string, unknown>) => string;
  exists: (key: string, options: { lng: Language }) => boolean;
}

/** Renders and saves the worksheet of a questionnaire in `lang`. */
export async function downloadWorksheet(i18n: WorksheetTexts, questionnaireId: string, lang: Language): Promise<void> {
  const file = questionnaires.find((q) => q.id === questionnaireId);
  if (!file) throw new Error(`No questionnaire ${questionnaireId}`);
  const { downloadWorksheetPdf } = await import('../report/worksheet/browser');
  await downloadWorksheetPdf({ file, framework, t: i18n.getFixedT(lang), exists: (key) => i18n.exists(key, { lng: lang }), lang });
}
