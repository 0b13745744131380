/**
 * Builds the report's props from a request: the result as `evaluate()` made
 * it, the konsekvensbeskrivning, the answers of the branch taken (for the
 * appendix), the tagged answers each section shows, and the cover details,
 * worded in the reader's language; answers set aside from earlier versions
 * of the questionnaire close the appendix, each version under its own
 * title. Pure, so the browser and Node entries
 * (and tests) build exactly the same document.
 */
import { packAnswersByRecommendation } from '../assessment/pack-answers';
import { answerList } from '../assessment/answer-list';
import { displayName, type Assessment } from '../assessment/assessment';
import { earlierList } from '../assessment/earlier-list';
import type { DecisionText } from '../assessment/decision-text/types';
import type { AssessmentResult } from '../assessment/result';
import type { Language } from '../i18n/resources';
import { subjectContext, withSubject } from '../i18n/subject';
import type { Framework, QuestionnaireFile } from '../questionnaire/schema';
import { visibility } from '../questionnaire/visibility';
import { allQuestions } from '../questionnaire/walk';
import type { AppendixMode } from './model/appendix';
import { lensParts } from './lens-parts';
import { reportParts } from './report-parts';
import { tagAnswer } from './tag-answer';
import { reportModel } from './model/build';
import type { ReportModel } from './model/types';
import { printableProps, type Covers } from './printable';
import type { ReportProps, Translate } from './types';

/** What both entries take: everything needed to render one assessment. */
export interface ReportRequest {
  file: QuestionnaireFile;
  framework: Framework;
  assessment: Assessment;
  /** `evaluate(file, framework, assessment)`: read by the report, never recomputed. */
  result: AssessmentResult;
  /** `decisionText(file, framework, answers, result)`: the decision text's blocks, worded by the report. */
  decision: DecisionText;
  t: Translate;
  lang: Language;
  /** The appendix: only the answers the body does not print (the default), or every answer. */
  appendix?: AppendixMode;
}

export function reportInput(request: ReportRequest, createdAt: Date = new Date()): ReportProps {
  const { file, framework, assessment, result, decision, lang } = request;
  // An audit of a service is worded as an audit everywhere in the report (src/i18n/subject.ts).
  const t = withSubject(request.t, subjectContext(file));
  const sections = answerList(file, framework, assessment.answers);
  const tagged = tagAnswer(file, sections, t, lang);
  const visible = visibility(file, assessment.answers);
  return {
    title: displayName(file, assessment),
    meta: {
      organisation: tagged('meta-organisation'),
      committee: tagged('meta-committee'),
      service: tagged('meta-service'),
      serviceOwner: tagged('meta-service-owner'),
      decisionType: tagged('meta-decision-type'),
      date: tagged('meta-date'),
      assessors: tagged('meta-assessors'),
      judgement: tagged('overall-judgement'),
      judgementAsked: allQuestions(file).some((l) => l.question.tags?.includes('overall-judgement') && visible.question(l.question.id)),
      depth: tagged('screening-outcome'),
      followUpDate: tagged('follow-up-date'),
      questionnaireTitle: t(`content:questionnaires.${file.id}.title`),
      // The version of the model texts printed here (answerList reads the current file).
      contentVersion: file.contentVersion,
      frameworkTitle: t(`content:frameworks.${framework.id}.title`),
      frameworkVersion: framework.contentVersion,
    },
    result,
    underRepresented: framework.thresholds.underRepresented,
    decision,
    parts: reportParts({ file, answers: assessment.answers, sections, t, lang }),
    lens: lensParts({ file, sections, t, lang }),
    sections: [
      ...sections,
      ...earlierList(file, assessment.answers, assessment.earlierAnswers).map((list, i) => ({
        stepId: `earlier-${i}`,
        title: {
          text: list.pack === undefined ? t('versions.reportTitle', { version: list.contentVersion }) : t('versions.reportTitlePack', { pack: list.pack, version: list.contentVersion }),
        },
        rows: list.rows,
      })),
    ],
    packAnswers: packAnswersByRecommendation(file, framework, assessment.answers, assessment.questionnaire.packs),
    // After the decision: who reviewed it and what was decided (cover), the comments and replies (appendix).
    review: assessment.review,
    ...(assessment.decision ? { decisionOnRecord: assessment.decision } : {}),
    createdAt,
    t,
    lang,
  };
}

/** `reportInput` for a request object (kept for the entries). */
export function requestProps(request: ReportRequest): ReportProps {
  return reportInput(request);
}

/**
 * The report model of a request, every string of the user's made
 * printable with the embedded fonts first (`covers`, see printable.ts);
 * without `covers` (the HTML page, which the browser draws) as typed.
 */
export function requestModel(request: ReportRequest, covers?: Covers, createdAt: Date = new Date()): ReportModel {
  const props = reportInput(request, createdAt);
  return reportModel(covers ? printableProps(props, covers) : props, { appendix: request.appendix ?? 'unique' });
}
