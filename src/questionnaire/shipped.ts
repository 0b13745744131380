/**
 * The model files shipped with the app, as they are on disk (not parsed).
 * The start page only needs their ids and step lists, which it reads from
 * here so that zod and the parsing stay off the first page load;
 * `catalogue.ts` parses the same files for everything else.
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

/** The overview of each shipped questionnaire, in order. */
export const questionnaireOverviews: QuestionnaireOverview[] = Object.values(shippedQuestionnaires);
