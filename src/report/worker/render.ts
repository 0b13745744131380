/**
 * Makes one report file from a posted job: the same steps the page once ran
 * itself (the report's model, react-pdf and the attached assessment, the
 * Word file, or the HTML page), now in the report worker. Takes only plain
 * data; the translation function is made here from the posted texts. The
 * fonts must be registered by whoever loads this module (the worker with
 * the app's font files, the tests from the installed package).
 */
import { pdf } from '@react-pdf/renderer';
import { displayName } from '../../assessment/assessment';
import { embedAssessment } from '../../assessment/pdf-embed';
import { createI18nWith } from '../../i18n/instance';
import { subjectContext } from '../../i18n/subject';
import { requestDocx } from '../docx/decision-document';
import { reportFileName } from '../file-name';
import { prepareFonts } from '../fonts';
import { assessmentHtml } from '../html';
import { reportDocument } from '../pdf/document';
import { requestModel, type ReportRequest } from '../report-input';
import { renderFollowUp } from '../follow-up/render';
import type { AnyJob, ReportFile, ReportJob, Stage } from './protocol';

const TYPES = {
  pdf: 'application/pdf',
  html: 'text/html;charset=utf-8',
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
} as const;

/** The posted request with a `t` of its own language again. */
export function requestOf(job: ReportJob): ReportRequest {
  const { lang } = job.request;
  const i18n = createI18nWith({ [lang]: job.texts }, lang);
  return { ...job.request, t: i18n.getFixedT(lang) };
}

/** Renders the job's file, telling `progress` each stage as it starts. */
export async function renderReport(job: AnyJob, progress: (stage: Stage) => void): Promise<ReportFile> {
  if ('document' in job) return renderFollowUp(job, progress);
  // A PDF's model needs the fonts (which characters they can draw), so they come first.
  progress(job.kind === 'pdf' ? 'fonts' : 'model');
  const request = requestOf(job);
  const { file, assessment, lang } = request;
  const name = (title: string) => reportFileName(title, lang, job.kind, job.interfaceLang, subjectContext(file));
  switch (job.kind) {
    case 'html':
      progress('draw');
      return { name: name(displayName(file, assessment)), type: TYPES.html, content: assessmentHtml(request) };
    case 'docx': {
      progress('draw');
      const { bytes, title } = await requestDocx(request, job.scope);
      return { name: name(title), type: TYPES.docx, content: bytes };
    }
    case 'pdf': {
      const covers = await prepareFonts();
      progress('model');
      const model = requestModel(request, covers);
      progress('draw');
      const rendered = new Uint8Array(await (await pdf(reportDocument(model)).toBlob()).arrayBuffer());
      progress('attach');
      // The PDF doubles as a save file: the assessment travels inside it and can be imported again.
      const bytes = await embedAssessment(rendered, assessment);
      return { name: name(displayName(file, assessment)), type: TYPES.pdf, content: bytes };
    }
  }
}
