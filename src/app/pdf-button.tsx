/**
 * The PDF download, with the report's language chosen here, independent of
 * the interface language (a committee may want Swedish while a trainer
 * works in English). The report code (react-pdf, fonts, pdf-lib) is loaded
 * only here, with a dynamic import, so it never weighs on the first page
 * load; the review page prefetches it (see `prefetchPdf`).
 */
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Assessment } from '../assessment/assessment';
import type { SummarySentence } from '../assessment/consequence-summary';
import type { AssessmentResult } from '../assessment/result';
import { isLanguage, LANGUAGES, type Language } from '../i18n/languages';
import { ensureLanguage } from '../i18n/load';
import type { Framework, QuestionnaireFile } from '../questionnaire/schema';

const load = () => import('../report/browser');

/** Starts loading the PDF code in the background. */
export function prefetchPdf(): void {
  void load();
}

interface Props {
  file: QuestionnaireFile;
  framework: Framework;
  assessment: () => Assessment;
  result: AssessmentResult;
  summary: SummarySentence[];
}

export function PdfButton({ file, framework, assessment, result, summary }: Props) {
  const { t, i18n } = useTranslation();
  const id = useId();
  const [state, setState] = useState<'idle' | 'busy' | 'failed'>('idle');
  const [chosen, setChosen] = useState<Language | undefined>();
  const lang: Language = chosen ?? (isLanguage(i18n.language) ? i18n.language : 'sv');
  return (
    <div className="pdf">
      <div className="pdf__language">
        <label htmlFor={id}>{t('pdf.language')}</label>
        <select id={id} value={lang} onChange={(e) => isLanguage(e.target.value) && setChosen(e.target.value)}>
          {LANGUAGES.map((l) => (
            <option key={l} value={l} lang={l}>
              {t(`language.${l}`)}
            </option>
          ))}
        </select>
      </div>
      <button
        type="button"
        className="button--primary"
        aria-busy={state === 'busy'}
        disabled={state === 'busy'}
        onClick={async () => {
          setState('busy');
          try {
            // The report may be in the language not shown on screen: make sure its texts are here.
            const [{ downloadAssessmentPdf }] = await Promise.all([load(), ensureLanguage(i18n, lang)]);
            await downloadAssessmentPdf({ file, framework, assessment: assessment(), t: i18n.getFixedT(lang), lang, result, summary });
            setState('idle');
          } catch (error) {
            console.error(error);
            setState('failed');
          }
        }}
      >
        {state === 'busy' ? t('pdf.preparing') : t('pdf.download')}
      </button>
      {state === 'failed' && (
        <p className="error-message" role="alert">
          {t('pdf.failed')}
        </p>
      )}
    </div>
  );
}
