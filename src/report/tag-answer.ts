/**
 * The answer of the first question carrying a tag, worded for the reader
 * (options translated, dates formatted), or undefined when that question is
 * not on the branch taken or not answered. For the cover and the summary.
 */
import type { Section } from '../assessment/answer-list';
import type { Language } from '../i18n/resources';
import type { QuestionnaireFile } from '../questionnaire/schema';
import { allQuestions } from '../questionnaire/walk';
import { wordAnswer } from './text';
import type { Translate } from './types';

export function tagAnswer(file: QuestionnaireFile, sections: Section[], t: Translate, lang: Language): (tag: string) => string | undefined {
  const located = allQuestions(file).filter((l) => !l.group);
  return (tag) => {
    for (const l of located) {
      if (!l.question.tags?.includes(tag)) continue;
      const row = sections.find((s) => s.stepId === l.step.id)?.rows.find((r) => r.id === l.question.id);
      if (row?.kind !== 'answer') continue;
      const text = wordAnswer(t, lang, row).value.join(', ').trim();
      if (text) return text;
    }
    return undefined;
  };
}
