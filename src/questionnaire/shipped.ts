/**
 * The model files shipped with the app, as they are on disk (not parsed),
 * for `catalogue.ts` to parse, and the shape of what the start page shows
 * of them (`overviews.ts` picks just that from the same files).
 */
import frameworkFile from '../../questionnaires/framework.json';
import proposalFile from '../../questionnaires/proposal.json';
import serviceAuditFile from '../../questionnaires/service-audit.json';

/** What the start page shows of a questionnaire. */
export interface QuestionnaireOverview {
  id: string;
  /** What it assesses (a proposal or an existing service): the start page words its entry by it. */
  subject?: string;
  steps: ReadonlyArray<{ id: string }>;
}

/** What the start page shows of the framework. */
export interface FrameworkOverview {
  id: string;
  contentVersion: string;
  recommendations: ReadonlyArray<{ id: string }>;
}

export const shippedFramework = frameworkFile satisfies FrameworkOverview;

/** Every shipped questionnaire, by file name, in the order the start screen offers them. */
export const shippedQuestionnaires = {
  proposal: proposalFile,
  'service-audit': serviceAuditFile,
} as const satisfies Record<string, QuestionnaireOverview>;
