/**
 * For trainers on the start page: the handouts of a workshop (case sheet,
 * worksheet, facilitator guide) for a questionnaire, a plan (or the whole
 * questionnaire), a worked example's case (or none) and a language that may
 * differ from the interface's; the way to the workshop view and to the
 * comparison of several groups' assessments. The PDF code is the caller's
 * business (it loads on the click).
 */
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ExampleId } from '../../assessment/examples';
import { isLanguage, type Language } from '../../i18n/languages';
import { ReportLanguage } from '../shell/report-language';

export type HandoutKind = 'case' | 'worksheet' | 'guide';

export interface Handout {
  kind: HandoutKind;
  questionnaireId: string;
  /** The plan's length; absent for the whole questionnaire. */
  minutes?: number;
  caseId?: ExampleId;
  lang: Language;
}

interface Props {
  questionnaires: readonly { id: string }[];
  /** The plan lengths written for a questionnaire. */
  planLengths: (questionnaireId: string) => number[];
  /** The worked examples of a questionnaire. */
  casesOf: (questionnaireId: string) => ExampleId[];
  /** Renders and saves a handout (the caller loads the PDF code). */
  onDownload: (handout: Handout) => Promise<void>;
  workshopHref: string;
  compareHref: string;
}

const WHOLE = 'whole';
const NONE = 'none';
/** The plan chosen first: a 90-minute workshop when there is one, as most are. */
const USUAL = 90;

export function WorkshopPanel({ questionnaires, planLengths, casesOf, onDownload, workshopHref, compareHref }: Props) {
  const { t, i18n } = useTranslation();
  const id = useId();
  const [state, setState] = useState<{ busy?: HandoutKind; failed?: boolean }>({});
  const [questionnaire, setQuestionnaire] = useState(questionnaires[0]?.id ?? '');
  const [chosenPlan, setPlan] = useState<string | undefined>();
  const [chosenCase, setCase] = useState<string | undefined>();
  const [chosenLang, setLang] = useState<Language | undefined>();
  const lang: Language = chosenLang ?? (isLanguage(i18n.language) ? i18n.language : 'sv');
  const lengths = planLengths(questionnaire);
  const cases = casesOf(questionnaire);
  // A choice that the questionnaire does not offer falls back to its default.
  const plan = chosenPlan !== undefined && (chosenPlan === WHOLE || lengths.includes(Number(chosenPlan))) ? chosenPlan : String(lengths.includes(USUAL) ? USUAL : (lengths[0] ?? WHOLE));
  const caseId = cases.find((c) => c === chosenCase) ?? (chosenCase === NONE ? undefined : cases[0]);
  const minutes = plan === WHOLE ? undefined : Number(plan);

  const download = async (kind: HandoutKind) => {
    setState({ busy: kind });
    try {
      await onDownload({ kind, questionnaireId: questionnaire, lang, ...(minutes !== undefined ? { minutes } : {}), ...(caseId ? { caseId } : {}) });
      setState({});
    } catch (error) {
      console.error(error);
      setState({ failed: true });
    }
  };
  const button = (kind: HandoutKind, label: string, unavailable?: string) => (
    <button
      type="button"
      className="button--secondary"
      aria-busy={state.busy === kind}
      disabled={state.busy !== undefined || unavailable !== undefined}
      aria-describedby={unavailable ? `${id}-${kind}-why` : undefined}
      onClick={() => void download(kind)}
    >
      {state.busy === kind ? t('worksheet.preparing') : label}
    </button>
  );
  const needsCase = caseId ? undefined : t('worksheet.needsCase');
  const needsPlan = minutes === undefined ? t('worksheet.needsPlan') : undefined;

  return (
    <section className="workshop" aria-labelledby={`${id}-heading`}>
      <h2 id={`${id}-heading`}>{t('worksheet.heading')}</h2>
      <p>{t('worksheet.intro')}</p>
      <div className="pdf">
        <div className="pdf__language">
          <label htmlFor={`${id}-questionnaire`}>{t('worksheet.questionnaire')}</label>
          <select id={`${id}-questionnaire`} value={questionnaire} onChange={(e) => setQuestionnaire(e.target.value)}>
            {questionnaires.map((q) => (
              <option key={q.id} value={q.id}>
                {t(`content:questionnaires.${q.id}.title`)}
              </option>
            ))}
          </select>
        </div>
        <div className="pdf__language">
          <label htmlFor={`${id}-plan`}>{t('worksheet.plan')}</label>
          <select id={`${id}-plan`} value={plan} onChange={(e) => setPlan(e.target.value)}>
            {lengths.map((m) => (
              <option key={m} value={String(m)}>
                {t('worksheet.planMinutes', { minutes: m })}
              </option>
            ))}
            <option value={WHOLE}>{t('worksheet.planWhole')}</option>
          </select>
        </div>
        <div className="pdf__language">
          <label htmlFor={`${id}-case`}>{t('worksheet.case')}</label>
          <select id={`${id}-case`} value={caseId ?? NONE} onChange={(e) => setCase(e.target.value)}>
            {cases.map((c) => (
              <option key={c} value={c}>
                {t(`examples.${c}.title`)}
              </option>
            ))}
            <option value={NONE}>{t('worksheet.caseNone')}</option>
          </select>
        </div>
        <ReportLanguage id={`${id}-language`} label={t('worksheet.language')} value={lang} onChange={setLang} />
      </div>
      <div className="workshop__handouts">
        {button('case', t('worksheet.caseSheetButton'), needsCase)}
        {button('worksheet', t('worksheet.worksheetButton'))}
        {button('guide', t('worksheet.guideButton'), needsPlan)}
      </div>
      {needsCase || needsPlan ? (
        <ul className="workshop__why hint">
          {needsCase ? <li id={`${id}-case-why`}>{needsCase}</li> : null}
          {needsPlan ? <li id={`${id}-guide-why`}>{needsPlan}</li> : null}
        </ul>
      ) : null}
      {state.failed && (
        <p className="error-message" role="alert">
          {t('worksheet.failed')}
        </p>
      )}
      <p className="workshop__links">
        <a href={workshopHref}>{t('worksheet.run')}</a>
        <a href={compareHref}>{t('compare.link')}</a>
      </p>
    </section>
  );
}
