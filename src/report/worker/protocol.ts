/**
 * What the page and the report worker say to each other. Everything posted
 * is plain data that survives `structuredClone`: the request without its
 * `t` (a function cannot be posted), and the translations of the report's
 * language as loaded for the page, from which the worker makes its own `t`.
 *
 * A job runs: `render` → `progress` (one per stage) → `done` or `error`.
 * Cancelling is the page's: it terminates the worker, so no reply follows
 * and the page reports the job as `cancelled` itself.
 */
import type { Assessment } from '../../assessment/assessment';
import type { LanguageTexts } from '../../i18n/instance';
import type { Language } from '../../i18n/languages';
import type { DocxScope } from '../docx/decision-document';
import type { QuestionnaireFile } from '../../questionnaire/schema';
import type { ReportRequest } from '../report-input';

export type ReportKind = 'pdf' | 'html' | 'docx';

/** The request as posted: everything but the translation function. */
export type PlainRequest = Omit<ReportRequest, 't'>;

export interface ReportJob {
  kind: ReportKind;
  request: PlainRequest;
  /** The report language's translations (`request.lang`). */
  texts: LanguageTexts;
  /** The language on screen: a file in another language says so in its name. */
  interfaceLang: Language;
  /** The Word file's scope (the selection for the decision, or the whole report). */
  scope?: DocxScope;
}

/**
 * A follow-up's addendum (src/report/follow-up): one follow-up of an
 * assessment, as PDF, HTML or Word. Told apart from a report's job by
 * `document`, so the report jobs above stay as they were.
 */
export interface FollowUpJob {
  document: 'follow-up';
  kind: ReportKind;
  request: { file: QuestionnaireFile; assessment: Assessment; followUpId: string; lang: Language };
  texts: LanguageTexts;
  interfaceLang: Language;
}

/** Every job the worker takes. */
export type AnyJob = ReportJob | FollowUpJob;

/**
 * Where a job is: the fonts (PDF only), the report's model, laying out and
 * drawing the file, and attaching the assessment to the PDF so it can be
 * imported again.
 */
export type Stage = 'fonts' | 'model' | 'draw' | 'attach';

/** The stages each kind of file passes, in order. */
export const STAGES: Record<ReportKind, readonly Stage[]> = { pdf: ['fonts', 'model', 'draw', 'attach'], html: ['model', 'draw'], docx: ['model', 'draw'] };

/** The finished file, named as the page saves it. */
export interface ReportFile {
  name: string;
  type: string;
  /** The PDF's or the Word file's bytes, or the HTML page's text. */
  content: Uint8Array | string;
}

export interface RenderMessage {
  type: 'render';
  id: number;
  job: AnyJob;
}

/** Sent when the review page opens: load the fonts now, so the first PDF does not wait for them. */
export interface WarmMessage {
  type: 'warm';
}

export type WorkerMessage = RenderMessage | WarmMessage;

export type WorkerReply =
  | { type: 'progress'; id: number; stage: Stage }
  | { type: 'done'; id: number; file: ReportFile }
  | { type: 'error'; id: number; message: string };

/** How a job ended, as the page sees it. */
export type Outcome = { type: 'done'; file: ReportFile } | { type: 'cancelled' };

/** The request without its translation function, ready to post. */
export function plainRequest(request: ReportRequest): PlainRequest {
  const { t: _t, ...plain } = request;
  return plain;
}
