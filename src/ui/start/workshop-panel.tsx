/**
 * For trainers on the start page: the whole questionnaire as a blank
 * worksheet to print (questionnaire and language chosen here, independent
 * of the interface language), and the way to the comparison of several
 * groups' assessments.
 */
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { isLanguage, type Language } from '../../i18n/languages';
import { ReportLanguage } from '../shell/report-language';

interface Props {
  questionnaires: readonly { id: string }[];
  /** Renders and saves the worksheet (the caller loads the PDF code). */
  onDownload: (questionnaireId: string, lang: Language) => Promise<void>;
  compareHref: string;
}

export function WorkshopPanel({ questionnaires, onDownload, compareHref }: Props) {
  const { t, i18n } = useTranslation();
  const id = useId();
  const [state, setState] = useState<'idle' | 'busy' | 'failed'>('idle');
  const [questionnaire, setQuestionnaire] = useState(questionnaires[0]?.id ?? '');
  const [chosen, setChosen] = useState<Language | undefined>();
  const lang: Language = chosen ?? (isLanguage(i18n.language) ? i18n.language : 'sv');
  const download = async () => {
    setState('busy');
    try {
      await onDownload(questionnaire, lang);
      setState('idle');
    } catch (error) {
      console.error(error);
      setState('failed');
    }
  };
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
        <ReportLanguage id={`${id}-language`} label={t('worksheet.language')} value={lang} onChange={setChosen} />
        <button type="button" className="button--secondary" aria-busy={state === 'busy'} disabled={state === 'busy'} onClick={() => void download()}>
          {state === 'busy' ? t('worksheet.preparing') : t('worksheet.download')}
        </button>
      </div>
      {state === 'failed' && (
        <p className="error-message" role="alert">
          {t('worksheet.failed')}
        </p>
      )}
      <p className="workshop__compare">
        <a href={compareHref}>{t('compare.link')}</a>
      </p>
    </section>
  );
}
