/**
 * The report downloads, PDF, HTML and the Word beslutsunderlag, with the
 * report's language chosen here for all three, independent of the interface
 * language (a committee may want Swedish while a trainer works in English);
 * a file in the other language says so in its name. The HTML report is the
 * accessible one: react-pdf cannot make a tagged PDF. The Word file is for
 * the tjänsteskrivelse: its text goes into the organisation's template, and
 * Word's own export makes a tagged PDF of it.
 *
 * Every file is made in the report worker (src/report/worker) by the shared
 * download area (./report-download), with its stages, cancel and status
 * line; the review page starts the worker ahead of the first click
 * (`prefetchPdf`).
 */
import type { Assessment } from '../assessment/assessment';
import type { DecisionText } from '../assessment/decision-text/types';
import type { AssessmentResult } from '../assessment/result';
import type { Framework, QuestionnaireFile } from '../questionnaire/schema';
import { reports } from '../report/worker';
import type { ReportKind } from '../report/worker/protocol';
import { ReportDownloads, type DownloadTexts } from './report-download';

/** Starts the report worker in the background, so its code is loaded by the first click. */
/** The language choice's label. */
const LANGUAGE_LABEL = 'pdf.language';

export function prefetchPdf(): void {
  reports.warm();
}

interface Props {
  file: QuestionnaireFile;
  framework: Framework;
  assessment: () => Assessment;
  result: AssessmentResult;
  decision: DecisionText;
}

/** Each report's texts in ui.json, by key (written out, so the content tests can see each one is used). */
const TEXTS: Record<ReportKind, DownloadTexts> = {
  pdf: { download: 'pdf.download', failed: 'pdf.failed' },
  html: { download: 'htmlReport.download', failed: 'htmlReport.failed', hint: 'htmlReport.hint' },
  docx: { download: 'docx.download', failed: 'docx.failed', hint: 'docx.hint' },
};

export function PdfButton({ file, framework, assessment, result, decision }: Props) {
  return (
    <ReportDownloads
      languageLabel={LANGUAGE_LABEL}
      texts={TEXTS}
      // The assessment is read at the click, so the file holds what was saved last.
      job={(kind, lang, texts, interfaceLang) => ({ kind, request: { file, framework, assessment: assessment(), lang, result, decision }, texts, interfaceLang })}
    />
  );
}
