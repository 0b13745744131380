/**
 * Makes a follow-up addendum's file from a posted job in the report worker
 * (or on the page, where no worker runs): the model from the assessment and
 * the follow-up, then the PDF, the HTML page or the Word file, named after
 * the assessment with the follow-up's date (`titel-uppfoljning-2026-10-15.pdf`).
 */
import { displayName } from '../../assessment/assessment';
import { createI18nWith } from '../../i18n/instance';
import { subjectContext } from '../../i18n/subject';
import { reportFileName } from '../file-name';
import { prepareFonts } from '../fonts';
import type { Translate } from '../types';
import type { FollowUpJob, ReportFile, Stage } from '../worker/protocol';
import { followUpDocx, followUpHtml, followUpPdf } from './files';
import { followUpModel, type FollowUpRequest } from './model';

const TYPES = {
  pdf: 'application/pdf',
  html: 'text/html;charset=utf-8',
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
} as const;

/** The report's file name with the follow-up and its date before the language tag and extension. */
export function followUpFileName(request: FollowUpRequest, kind: FollowUpJob['kind'], date: string, interfaceLang?: FollowUpJob['interfaceLang']): string {
  const base = reportFileName(displayName(request.file, request.assessment), request.lang, kind, interfaceLang, subjectContext(request.file));
  const at = base.length - `.${kind}`.length - (interfaceLang !== undefined && interfaceLang !== request.lang ? `.${request.lang}`.length : 0);
  return `${base.slice(0, at)}-${request.t('followUpReport.fileName')}-${date}${base.slice(at)}`;
}

/** The posted request with a `t` of its own language again. */
export function followUpRequestOf(job: FollowUpJob): FollowUpRequest {
  const { lang } = job.request;
  const i18n = createI18nWith({ [lang]: job.texts }, lang);
  const t: Translate = i18n.getFixedT(lang);
  return { ...job.request, t };
}

export async function renderFollowUp(job: FollowUpJob, progress: (stage: Stage) => void): Promise<ReportFile> {
  progress(job.kind === 'pdf' ? 'fonts' : 'model');
  const request = followUpRequestOf(job);
  const covers = job.kind === 'pdf' ? await prepareFonts() : undefined;
  if (covers) progress('model');
  const model = followUpModel(request);
  // The page offers the buttons only for a follow-up it shows; one removed in another tab meanwhile ends here.
  if (!model) throw new Error(`No follow-up ${job.request.followUpId} in the assessment`);
  const name = followUpFileName(request, job.kind, model.date, job.interfaceLang);
  progress('draw');
  switch (job.kind) {
    case 'html':
      return { name, type: TYPES.html, content: followUpHtml(model, request) };
    case 'docx':
      return { name, type: TYPES.docx, content: await followUpDocx(model, request.t) };
    case 'pdf':
      return { name, type: TYPES.pdf, content: await followUpPdf(model, request, covers!, () => progress('attach')) };
  }
}
