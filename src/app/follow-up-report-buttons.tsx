/**
 * The downloads of one follow-up's addendum, PDF, HTML and Word, made in the
 * report worker by the same download area as the report itself
 * (./report-download): the language choice, stages in a polite live region,
 * one file at a time and a Cancel that ends the worker. The addendum is read
 * by a committee on its own, so its language is chosen here, apart from the
 * interface's.
 */
import type { Assessment } from '../assessment/assessment';
import type { QuestionnaireFile } from '../questionnaire/schema';
import type { ReportKind } from '../report/worker/protocol';
import { ReportDownloads, type DownloadTexts } from './report-download';

interface Props {
  file: QuestionnaireFile;
  assessment: Assessment;
  followUpId: string;
}

/** Each file's texts in ui.json, by key (written out, so the content tests can see each one is used). */
const TEXTS: Record<ReportKind, DownloadTexts> = {
  pdf: { download: 'followUpReport.download.pdf', failed: 'followUpReport.failed.pdf' },
  html: { download: 'followUpReport.download.html', failed: 'followUpReport.failed.html', hint: 'followUpReport.hint.html' },
  docx: { download: 'followUpReport.download.docx', failed: 'followUpReport.failed.docx' },
};

/** The language choice's label. */
const LANGUAGE_LABEL = 'followUpReport.language';

export function FollowUpReportButtons({ file, assessment, followUpId }: Props) {
  return (
    <ReportDownloads
      languageLabel={LANGUAGE_LABEL}
      texts={TEXTS}
      job={(kind, lang, texts, interfaceLang) => ({ document: 'follow-up', kind, request: { file, assessment, followUpId, lang }, texts, interfaceLang })}
    />
  );
}
