/**
 * The PDF download. The report code (react-pdf, fonts) is loaded only here,
 * with a dynamic import, so it never weighs on the first page load; the
 * review page prefetches it (see `prefetchPdf`).
 */
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Assessment } from '../assessment/assessment';
import { isLanguage } from '../i18n/resources';
import type { Framework, QuestionnaireFile } from '../questionnaire/schema';

const load = () => import('../report/browser');

/** Starts loading the PDF code in the background. */
export function prefetchPdf(): void {
  void load();
}

export function PdfButton({ file, framework, assessment }: { file: QuestionnaireFile; framework: Framework; assessment: () => Assessment }) {
  const { t, i18n } = useTranslation();
  const [state, setState] = useState<'idle' | 'busy' | 'failed'>('idle');
  const lang = isLanguage(i18n.language) ? i18n.language : 'sv';
  return (
    <div className="pdf">
      <button
        type="button"
        className="button--primary"
        aria-busy={state === 'busy'}
        disabled={state === 'busy'}
        onClick={async () => {
          setState('busy');
          try {
            const { downloadAssessmentPdf } = await load();
            await downloadAssessmentPdf({ file, framework, assessment: assessment(), t: i18n.getFixedT(lang), lang });
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
