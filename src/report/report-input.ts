/**
 * Builds the report's props from an assessment: the answers of the branch
 * taken, the cover details from the tagged basics questions, and the texts
 * in the reader's language. Pure, so the browser and Node entries (and
 * tests) build exactly the same document.
 */
import { answerList } from '../assessment/answer-list';
import { displayName, taggedAnswer, type Assessment } from '../assessment/assessment';
import type { Language } from '../i18n/resources';
import type { Framework, QuestionnaireFile } from '../questionnaire/schema';
import { formatDate } from './text';
import type { ReportProps, Translate } from './types';

/** What both entries take: everything needed to render one assessment. */
export interface ReportRequest {
  file: QuestionnaireFile;
  framework: Framework;
  assessment: Assessment;
  t: Translate;
  lang: Language;
}

export function reportInput(file: QuestionnaireFile, framework: Framework, assessment: Assessment, t: Translate, lang: Language): ReportProps {
  const tagged = (tag: string): string | undefined => {
    const value = taggedAnswer(file, assessment.answers, tag);
    return typeof value === 'string' && value.trim() ? value.trim() : undefined;
  };
  const date = tagged('meta-date');
  return {
    sections: answerList(file, framework, assessment.answers),
    title: displayName(file, assessment),
    meta: {
      organisation: tagged('meta-organisation'),
      date: date === undefined ? undefined : formatDate(date, lang),
      assessors: tagged('meta-assessors'),
      questionnaireTitle: t(`content:questionnaires.${file.id}.title`),
      // The version of the model texts printed here (answerList reads the current file).
      contentVersion: file.contentVersion,
    },
    t,
    lang,
  };
}

/** `reportInput` for a request object. */
export function requestProps(request: ReportRequest): ReportProps {
  return reportInput(request.file, request.framework, request.assessment, request.t, request.lang);
}
