/**
 * What the start page shows of the shipped model (ids, the questionnaires'
 * step lists, the recommendations' ids, the content version), picked from the
 * files at build time (scripts/vite/pick-json.ts) so that the first page load
 * carries a few hundred bytes of them instead of the whole model. Browser
 * only: the CLI reads the whole files through shipped.ts and catalogue.ts.
 */
import frameworkPart from 'pick:id,contentVersion,recommendations.*.id:../../questionnaires/framework.json';
import proposalPart from 'pick:id,subject,steps.*.id:../../questionnaires/proposal.json';
import serviceAuditPart from 'pick:id,subject,steps.*.id:../../questionnaires/service-audit.json';
import type { FrameworkOverview, QuestionnaireOverview } from './shipped';

export const frameworkOverview = frameworkPart as FrameworkOverview;

/** In the order the start screen offers them (as shipped.ts lists the files). */
export const questionnaireOverviews = [proposalPart, serviceAuditPart] as QuestionnaireOverview[];
