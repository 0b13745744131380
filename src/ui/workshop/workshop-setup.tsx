/**
 * Setting up a workshop: the questionnaire, the case (a worked example of
 * that questionnaire, or the groups' own), the plan's length with the plan
 * itself and its total shown, and the language of the groups' link.
 * Starting it is the app's business (`onStart`).
 */
import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { LANGUAGES, type Language } from '../../i18n/languages';
import { plansFor, type PlanLength, type Workshop } from '../../questionnaire/workshop';
import { Agenda } from './agenda';

export interface SetupChoice {
  questionnaire: string;
  caseId: string | null;
  minutes: PlanLength;
  lang: Language;
}

export interface CaseOption {
  id: string;
  questionnaire: string;
  title: string;
}

interface Props {
  workshop: Workshop;
  questionnaires: string[];
  cases: CaseOption[];
  lang: Language;
  onStart: (choice: SetupChoice) => void;
}

/** The plan length offered first: the one a 90-minute workshop needs, if written. */
const PREFERRED: PlanLength = 90;

export function WorkshopSetup({ workshop, questionnaires, cases, lang, onStart }: Props) {
  const { t } = useTranslation();
  const id = useId();
  const [questionnaire, setQuestionnaire] = useState(questionnaires[0] ?? '');
  const [caseId, setCaseId] = useState<string | null>(() => cases.find((c) => c.questionnaire === questionnaire)?.id ?? null);
  const [minutes, setMinutes] = useState<PlanLength>(PREFERRED);
  const [language, setLanguage] = useState<Language>(lang);
  const plans = plansFor(workshop, questionnaire);
  const plan = plans.find((p) => p.minutes === minutes) ?? plans[0];
  const offered = cases.filter((c) => c.questionnaire === questionnaire);

  const submit = (e: FormEvent) => {
    e.preventDefault();
    if (plan) onStart({ questionnaire, caseId, minutes: plan.minutes, lang: language });
  };

  return (
    <form className="workshop-setup" onSubmit={submit}>
      <h1>{t('workshop.setupHeading')}</h1>
      <p className="lead">{t('workshop.setupIntro')}</p>
      <div className="workshop-setup__choices">
        <div className="field">
          <label htmlFor={`${id}-q`}>{t('workshop.questionnaire')}</label>
          <select
            id={`${id}-q`}
            value={questionnaire}
            onChange={(e) => {
              setQuestionnaire(e.target.value);
              setCaseId(cases.find((c) => c.questionnaire === e.target.value)?.id ?? null);
            }}
          >
            {questionnaires.map((q) => (
              <option key={q} value={q}>
                {t(`content:questionnaires.${q}.title`)}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor={`${id}-c`}>{t('workshop.case')}</label>
          <select id={`${id}-c`} value={caseId ?? ''} onChange={(e) => setCaseId(e.target.value || null)}>
            {offered.map((c) => (
              <option key={c.id} value={c.id}>
                {c.title}
              </option>
            ))}
            <option value="">{t('workshop.noCase')}</option>
          </select>
        </div>
        <fieldset className="field workshop-setup__lengths">
          <legend>{t('workshop.length')}</legend>
          {plans.map((p) => (
            <label key={p.minutes} className="workshop-setup__length">
              <input type="radio" name={`${id}-m`} value={p.minutes} checked={p.minutes === plan?.minutes} onChange={() => setMinutes(p.minutes)} />{' '}
              {t('workshop.lengthOption', { count: p.minutes })}
            </label>
          ))}
        </fieldset>
        <div className="field">
          <label htmlFor={`${id}-l`}>{t('workshop.language')}</label>
          <select id={`${id}-l`} value={language} onChange={(e) => setLanguage(e.target.value as Language)}>
            {LANGUAGES.map((l) => (
              <option key={l} value={l}>
                {t(`langNames.${l}`)}
              </option>
            ))}
          </select>
        </div>
      </div>
      {plan && (
        <section className="workshop-setup__plan" aria-labelledby={`${id}-plan`}>
          <h2 id={`${id}-plan`}>{t('workshop.planHeading', { count: plan.minutes })}</h2>
          <Agenda plan={plan} current={undefined} headingId={`${id}-plan`} />
          <p className="workshop-setup__total">{t('workshop.total', { count: plan.parts.reduce((sum, p) => sum + p.minutes, 0) })}</p>
        </section>
      )}
      <button type="submit" className="button--primary" disabled={!plan}>
        {t('workshop.start')}
      </button>
    </form>
  );
}
