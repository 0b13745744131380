/**
 * The report downloads, PDF and HTML, with the report's language chosen
 * here for both, independent of the interface language (a committee may
 * want Swedish while a trainer works in English). The report code is
 * loaded only on a click, with a dynamic import, so it never weighs on the
 * first page load; the review page prefetches the PDF code (see
 * `prefetchPdf`). The HTML report is the accessible one: react-pdf cannot
 * make a tagged PDF.
 */
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { displayName, type Assessment } from '../assessment/assessment';
import type { SummarySentence } from '../assessment/consequence-summary';
import type { AssessmentResult } from '../assessment/result';
import { isLanguage, type Language } from '../i18n/languages';
import { ReportLanguage } from '../ui/shell/report-language';
import { ensureLanguage } from '../i18n/load';
import type { Framework, QuestionnaireFile } from '../questionnaire/schema';
import type { ReportRequest } from '../report/report-input';
import { downloadText } from './download';

const load = () => import('../report/browser');
const loadHtml = () => import('../report/html');

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

type State = 'idle' | 'busy' | 'failed';

interface ButtonProps {
  label: string;
  busyLabel: string;
  failedLabel: string;
  primary: boolean;
  describedBy?: string;
  run: () => Promise<void>;
}

/** A download button that shows its progress and says so when it fails. */
function ReportButton({ label, busyLabel, failedLabel, primary, describedBy, run }: ButtonProps) {
  const [state, setState] = useState<State>('idle');
  return (
    <>
      <button
        type="button"
        className={primary ? 'button--primary' : 'button--secondary'}
        aria-busy={state === 'busy'}
        aria-describedby={describedBy}
        disabled={state === 'busy'}
        onClick={async () => {
          setState('busy');
          try {
            await run();
            setState('idle');
          } catch (error) {
            console.error(error);
            setState('failed');
          }
        }}
      >
        {state === 'busy' ? busyLabel : label}
      </button>
      {state === 'failed' && (
        <p className="error-message" role="alert">
          {failedLabel}
        </p>
      )}
    </>
  );
}

export function PdfButton({ file, framework, assessment, result, summary }: Props) {
  const { t, i18n } = useTranslation();
  const id = useId();
  const [chosen, setChosen] = useState<Language | undefined>();
  const lang: Language = chosen ?? (isLanguage(i18n.language) ? i18n.language : 'sv');
  const request = (): ReportRequest => ({ file, framework, assessment: assessment(), t: i18n.getFixedT(lang), lang, result, summary });
  return (
    <div className="pdf">
      <ReportLanguage id={id} label={t('pdf.language')} value={lang} onChange={setChosen} />
      <ReportButton
        primary
        label={t('pdf.download')}
        busyLabel={t('pdf.preparing')}
        failedLabel={t('pdf.failed')}
        run={async () => {
          // The report may be in the language not shown on screen: make sure its texts are here.
          const [{ downloadAssessmentPdf }] = await Promise.all([load(), ensureLanguage(i18n, lang)]);
          await downloadAssessmentPdf(request());
        }}
      />
      <ReportButton
        primary={false}
        describedBy={`${id}-html-hint`}
        label={t('htmlReport.download')}
        busyLabel={t('htmlReport.preparing')}
        failedLabel={t('htmlReport.failed')}
        run={async () => {
          const [{ assessmentHtml, htmlFileName }] = await Promise.all([loadHtml(), ensureLanguage(i18n, lang)]);
          const req = request();
          const html = assessmentHtml(req);
          downloadText(htmlFileName(displayName(file, req.assessment), lang), html, 'text/html;charset=utf-8');
        }}
      />
      <p className="hint pdf__hint" id={`${id}-html-hint`}>{t('htmlReport.hint')}</p>
    </div>
  );
}
