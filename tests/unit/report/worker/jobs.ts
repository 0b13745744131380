// Report jobs as the review page posts them: the request without `t`, and
// the report language's texts as the page loaded them.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { decisionText } from '../../../../src/assessment/decision-text';
import { evaluate } from '../../../../src/assessment/evaluate';
import { parseAssessmentJson } from '../../../../src/assessment/export-file';
import { createI18n } from '../../../../src/i18n';
import { loadLanguage } from '../../../../src/i18n/load';
import type { Language } from '../../../../src/i18n/languages';
import { framework, questionnaires } from '../../../../src/questionnaire/catalogue';
import type { ReportRequest } from '../../../../src/report/report-input';
import { plainRequest, type ReportJob, type ReportKind } from '../../../../src/report/worker/protocol';

/** A worked example's request, with a `t` of the language as the page has it. */
export function exampleRequest(id: string, lang: Language): ReportRequest {
  const parsed = parseAssessmentJson(readFileSync(resolve(import.meta.dirname, `../../../../questionnaires/examples/${id}.${lang}.json`), 'utf8'));
  if (!parsed.ok) throw new Error(`${id}.${lang}: ${JSON.stringify(parsed.problems)}`);
  const assessment = parsed.value;
  const file = questionnaires.find((q) => q.id === assessment.questionnaire.id)!;
  const result = evaluate(file, framework, assessment);
  const decision = decisionText(file, framework, assessment.answers, result);
  return { file, framework, assessment, result, decision, t: createI18n(lang).getFixedT(lang), lang };
}

/** The job the page posts for `request`. */
export async function jobOf(request: ReportRequest, kind: ReportKind, interfaceLang: Language = request.lang): Promise<ReportJob> {
  return { kind, request: plainRequest(request), texts: await loadLanguage(request.lang), interfaceLang };
}
