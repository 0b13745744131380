/**
 * The handouts for workshops: the case sheet, the worksheet (for a plan's
 * steps or the whole questionnaire, with the case first when one is chosen)
 * and the facilitator guide. The PDF code, the parsed model and the example
 * are loaded here, on the click, with dynamic imports, so they never weigh
 * on the start page's first load. The workshop page calls the same function.
 */
import type { ExampleId } from '../assessment/examples';
import type { Language } from '../i18n/languages';
import { ensureLanguage } from '../i18n/load';
import { framework, workshop } from '../questionnaire/catalogue';
import { planSteps, plansFor } from '../questionnaire/workshop';
import { loadExample } from './examples';
import { loadPackSetup } from './packs/registry';
import { questionnaireForNew } from './questionnaire-for';

/** The app's i18next instance (only src/i18n names i18next itself). */
type I18n = Parameters<typeof ensureLanguage>[0];

export type HandoutKind = 'case' | 'worksheet' | 'guide';

export interface HandoutChoice {
  kind: HandoutKind;
  questionnaireId: string;
  /** The plan's length; absent for the whole questionnaire (a guide needs a plan). */
  minutes?: number;
  /** The worked example run in the workshop, if any (a case sheet needs one). */
  caseId?: ExampleId;
  lang: Language;
}

/** Renders and saves a handout in `choice.lang`, which may differ from the language on screen. */
export async function downloadHandout(i18n: I18n, choice: HandoutChoice): Promise<void> {
  const { kind, questionnaireId, minutes, caseId, lang } = choice;
  // A handout shows the questionnaire as a new assessment here gets it: with the organisation's question packs.
  await loadPackSetup();
  const file = questionnaireForNew(questionnaireId)?.file;
  if (!file) throw new Error(`No questionnaire ${questionnaireId}`);
  const plan = minutes === undefined ? undefined : plansFor(workshop, questionnaireId).find((p) => p.minutes === minutes);
  if (minutes !== undefined && !plan) throw new Error(`No ${minutes}-minute plan for ${questionnaireId}`);
  const [pdf, example] = await Promise.all([import('../report/worksheet/browser'), caseId ? loadExample(caseId, lang) : undefined, ensureLanguage(i18n, lang)]);
  if (example && !example.ok) throw new Error(`The example ${caseId} could not be read`);
  const t = i18n.getFixedT(lang);
  const exists = (key: string) => i18n.exists(key, { lng: lang });
  const answers = example?.value.answers;
  const caseSheet = answers ? pdf.caseSheetModel({ file, framework, answers, t, lang }) : undefined;
  if (kind === 'case') {
    if (!answers) throw new Error('A case sheet needs a case');
    return pdf.downloadHandoutPdf({ kind, request: { file, framework, answers, t, lang } });
  }
  if (kind === 'guide') {
    if (!plan) throw new Error('A facilitator guide needs a plan');
    return pdf.downloadHandoutPdf({ kind, request: { file, workshop, plan, ...(caseId ? { caseId } : {}), ...(caseSheet ? { caseTitle: caseSheet.title } : {}), t, lang } });
  }
  return pdf.downloadHandoutPdf({ kind, request: { file, framework, t, exists, lang, ...(plan ? { steps: planSteps(plan) } : {}), ...(caseSheet ? { caseSheet } : {}) } });
}
