/**
 * A worked example's case on paper: the answers tagged `case` (what is
 * assessed, by whom, and the alternatives) worded as the report words
 * answers, for a group that works on paper or keeps the case beside the
 * screen. Short answers become facts (label, value); long texts keep their
 * paragraphs; a repeatable group (the alternatives) lists its items.
 */
import { answerList, type Row } from '../../assessment/answer-list';
import { caseAnswers } from '../../assessment/case';
import type { Language } from '../../i18n/resources';
import type { Answers } from '../../questionnaire/answers';
import type { Framework, QuestionnaireFile } from '../../questionnaire/schema';
import { tagAnswer } from '../tag-answer';
import { resolveText, wordAnswer } from '../text';
import type { Translate } from '../types';

export type CaseEntry = { kind: 'fact'; label: string; value: string } | { kind: 'text'; label: string; paragraphs: string[] };

export type CaseBlock = CaseEntry | { kind: 'items'; label: string; items: Array<{ title: string; entries: CaseEntry[] }> };

export interface CaseSheet {
  /** The case's title (the answer tagged `meta-title`). */
  title: string;
  /** What kind of assessment the case is for (the questionnaire's title). */
  questionnaireTitle: string;
  blocks: CaseBlock[];
  lang: Language;
}

export interface CaseRequest {
  file: QuestionnaireFile;
  framework: Framework;
  /** The example's answers; only those tagged `case` are used. */
  answers: Answers;
  t: Translate;
  lang: Language;
}

/** Answers of these types are printed as paragraphs under their label; the rest as a fact beside it. */
const LONG = new Set(['longtext']);

const paragraphs = (value: string[]): string[] => value.flatMap((v) => v.split(/\n\s*\n/)).map((p) => p.trim()).filter(Boolean);

function entry(t: Translate, lang: Language, row: Row & { kind: 'answer' }): CaseEntry {
  const { label, value } = wordAnswer(t, lang, row);
  return LONG.has(row.type) ? { kind: 'text', label, paragraphs: paragraphs(value) } : { kind: 'fact', label, value: value.join(', ') };
}

export function caseSheetModel({ file, framework, answers, t, lang }: CaseRequest): CaseSheet {
  const sections = answerList(file, framework, caseAnswers(file, answers));
  const title = tagAnswer(file, sections, t, lang)('meta-title') ?? '';
  const titleIds = new Set(file.steps.flatMap((s) => (s.kind === 'recommendation-check' ? [] : s.questions)).filter((q) => q.tags?.includes('meta-title')).map((q) => q.id));
  const blocks = sections.flatMap((s) =>
    s.rows.flatMap((row): CaseBlock[] => {
      if (row.kind === 'answer') return titleIds.has(row.id) ? [] : [entry(t, lang, row)];
      if (row.kind === 'group') {
        const items = row.items.map((item) => ({ title: item.title, entries: item.rows.flatMap((r) => (r.kind === 'answer' ? [entry(t, lang, r)] : [])) }));
        return items.length ? [{ kind: 'items', label: resolveText(t, row.label), items }] : [];
      }
      return [];
    }),
  );
  return { title, questionnaireTitle: t(`content:questionnaires.${file.id}.title`), blocks, lang };
}
