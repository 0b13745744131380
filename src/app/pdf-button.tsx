/**
 * The report downloads, PDF, HTML and the Word beslutsunderlag, with the
 * report's language chosen here for all three, independent of the interface
 * language (a committee may want Swedish while a trainer works in English);
 * a file in the other language says so in its name. The report code is
 * loaded only on a click, with a dynamic import, so it never weighs on the
 * first page load; the review page prefetches the PDF code (see
 * `prefetchPdf`). The HTML report is the accessible one: react-pdf cannot
 * make a tagged PDF. The Word file is for the tjänsteskrivelse: its text
 * goes into the organisation's template, and Word's own export makes a
 * tagged PDF of it.
 */
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { displayName, type Assessment } from '../assessment/assessment';
import type { DecisionText } from '../assessment/decision-text/types';
import type { AssessmentResult } from '../assessment/result';
import { isLanguage, type Language } from '../i18n/languages';
import { ReportLanguage } from '../ui/shell/report-language';
import { ensureLanguage } from '../i18n/load';
import type { Framework, QuestionnaireFile } from '../questionnaire/schema';
import type { ReportRequest } from '../report/report-input';
import { subjectContext } from '../i18n/subject';
import { reportFileName } from '../report/file-name';
import { downloadText } from './download';

const load = () => import('../report/browser');
const loadHtml = () => import('../report/html');
const loadDocx = () => import('../report/docx/browser');

/** Starts loading the PDF code in the background. */
export function prefetchPdf(): void {
  void load();
}

interface Props {
  file: QuestionnaireFile;
  framework: Framework;
  assessment: () => Assessment;
  result: AssessmentResult;
  decision: DecisionText;
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

export function PdfButton({ file, framework, assessment, result, decision }: Props) {
  const { t, i18n } = useTranslation();
  const id = useId();
  const [chosen, setChosen] = useState<Language | undefined>();
  const shown: Language = isLanguage(i18n.language) ? i18n.language : 'sv';
  const lang: Language = chosen ?? shown;
  const request = (): ReportRequest => ({ file, framework, assessment: assessment(), t: i18n.getFixedT(lang), lang, result, decision });
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
          await downloadAssessmentPdf(request(), shown);
        }}
      />
      <ReportButton
        primary={false}
        describedBy={`${id}-html-hint`}
        label={t('htmlReport.download')}
        busyLabel={t('htmlReport.preparing')}
        failedLabel={t('htmlReport.failed')}
        run={async () => {
          const [{ assessmentHtml }] = await Promise.all([loadHtml(), ensureLanguage(i18n, lang)]);
          const req = request();
          const html = assessmentHtml(req);
          downloadText(reportFileName(displayName(file, req.assessment), lang, 'html', shown, subjectContext(file)), html, 'text/html;charset=utf-8');
        }}
      />
      <p className="hint pdf__hint" id={`${id}-html-hint`}>{t('htmlReport.hint')}</p>
      <ReportButton
        primary={false}
        describedBy={`${id}-docx-hint`}
        label={t('docx.download')}
        busyLabel={t('docx.preparing')}
        failedLabel={t('docx.failed')}
        run={async () => {
          const [{ downloadDecisionDocx }] = await Promise.all([loadDocx(), ensureLanguage(i18n, lang)]);
          await downloadDecisionDocx(request(), shown);
        }}
      />
      <p className="hint pdf__hint" id={`${id}-docx-hint`}>{t('docx.hint')}</p>
    </div>
  );
}
