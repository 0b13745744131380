// The report model of a fixture, built as the entries build it (evaluate,
// konsekvensbeskrivning, real texts), for tests that read the model itself.
import { decisionText } from '../../../src/assessment/decision-text';
import { evaluate } from '../../../src/assessment/evaluate';
import { createI18n } from '../../../src/i18n';
import type { Language } from '../../../src/i18n/resources';
import { framework, questionnaires } from '../../../src/questionnaire/catalogue';
import type { AppendixMode } from '../../../src/report/model/build';
import type { ReportModel } from '../../../src/report/model/types';
import { requestModel, type ReportRequest } from '../../../src/report/report-input';
import type { Fixture } from './fixtures';

export function requestOf(fixture: Fixture, lang: Language = 'sv', appendix: AppendixMode = 'unique'): ReportRequest {
  const { assessment } = fixture;
  const file = questionnaires.find((q) => q.id === assessment.questionnaire.id)!;
  const { t } = createI18n(lang);
  const result = evaluate(file, framework, assessment);
  return { file, framework, assessment, result, decision: decisionText(file, framework, assessment.answers, result), t, lang, appendix };
}

export const modelOf = (fixture: Fixture, appendix: AppendixMode = 'unique', lang: Language = 'sv'): ReportModel =>
  requestModel(requestOf(fixture, lang, appendix), undefined, new Date('2026-11-23T12:00:00Z'));
