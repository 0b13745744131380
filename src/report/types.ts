/**
 * The props of the report document. The document is fed only by these: it
 * never reads i18next, the machine or the UI, so the same component renders
 * in the browser and in Node, and a test can render any assessment.
 */
import type { Section } from '../assessment/answer-list';
import type { Language } from '../i18n/resources';

/** A translation function, as i18next's `t` (keys may carry a `content:` or `ui:` namespace). */
export type Translate = (key: string, options?: Record<string, unknown>) => string;

export interface ReportMeta {
  organisation?: string;
  /** Already formatted for the reader's language. */
  date?: string;
  assessors?: string;
  questionnaireTitle: string;
  contentVersion: string;
}

export interface ReportProps {
  /** The answers of the branch taken, from `answerList`. */
  sections: Section[];
  /** The assessment's name; may be empty (the document then says "untitled"). */
  title: string;
  meta: ReportMeta;
  t: Translate;
  lang: Language;
}
