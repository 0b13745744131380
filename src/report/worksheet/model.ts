/**
 * The blank worksheet as plain, worded data: every step of a questionnaire
 * with its questions turned into things to fill in on paper (lines to write
 * on, tick boxes, a few blank blocks for a repeatable group, a template per
 * affected group, the recommendation check as a grid). Built from the
 * questionnaire data and the texts alone, so a new question appears on the
 * worksheet without touching this code.
 */
import type { Condition, FieldQuestion, Framework, Question, QuestionnaireFile, Step } from '../../questionnaire/schema';
import { findQuestion, staticOptions } from '../../questionnaire/walk';
import { numberRange } from '../../assessment/answer-list';
import type { Language } from '../../i18n/resources';
import type { Translate } from '../types';
import { subjectContext, withSubject } from '../../i18n/subject';
import type { CaseSheet } from '../case-sheet/model';

/** How a question is answered on paper. */
export type Ask =
  | { kind: 'lines'; lines: number }
  | { kind: 'date' }
  /** A figure written on a short line, with its unit after it and the range it must lie in, worded. */
  | { kind: 'number'; unit: string; range: string }
  | { kind: 'choice'; multiple: boolean; options: string[] }
  /** Options are the items of another group: the names are written in. */
  | { kind: 'names'; from: string };

export interface PaperQuestion {
  id: string;
  label: string;
  hint: string;
  /** "Only if …", when the question depends on earlier answers. */
  condition: string;
  ask: Ask;
}

export type Block =
  | { kind: 'question'; question: PaperQuestion }
  | { kind: 'group'; id: string; label: string; hint: string; condition: string; items: number; fields: PaperQuestion[] }
  /** Consecutive rating questions on the same scale, as one grid of tick boxes. */
  | { kind: 'grid'; id: string; options: string[]; rows: PaperQuestion[] };

export interface PaperRecommendation {
  id: string;
  heading: string;
  short: string;
  criteria: Array<{ id: string; label: string; hint: string }>;
}

export interface PaperStep {
  id: string;
  title: string;
  purpose: string;
  condition: string;
  /** A per-item step: filled in once per item of this group (its label), in this many blank copies. */
  perItem?: { group: string; itemName: string; copies: number };
  blocks: Block[];
  /** The recommendation check: the scale's option labels and the five recommendations. */
  check?: { options: string[]; recommendations: PaperRecommendation[] };
}

export interface Worksheet {
  title: string;
  description: string;
  steps: PaperStep[];
  lang: Language;
  /** The case printed first, when the worksheet is for a worked example. */
  caseSheet?: CaseSheet;
  /** Whether this is a workshop plan's selection of steps (they then follow on from each other instead of each starting a sheet). */
  planned: boolean;
}

export interface WorksheetRequest {
  file: QuestionnaireFile;
  framework: Framework;
  t: Translate;
  /** Whether a text exists (hints are optional). */
  exists: (key: string) => boolean;
  lang: Language;
  /** The steps to print, in this order (a workshop plan's, see `planSteps`); every step when absent. */
  steps?: readonly string[];
  /** The case to print first; its questions (tagged `case`) are then answered and left out of the steps. */
  caseSheet?: CaseSheet;
}

/**
 * How much room the sheet gives. The whole questionnaire is a reference to
 * fill in at leisure; a plan's worksheet is filled in during a timed
 * workshop, where a group writes a few lines per question: it asks the
 * items of a repeatable group and the affected groups of a per-item step in
 * columns side by side (table.tsx), gives less room, leaves the hints to the
 * facilitator and fits on a dozen pages.
 */
const ROOM = {
  whole: { groupItems: 3, perItemCopies: 2, longLines: 4, itemLongLines: 3, hints: true },
  planned: { groupItems: 3, perItemCopies: 3, longLines: 2, itemLongLines: 3, hints: false },
} as const;

export function worksheetModel({ file, framework, t: translate, exists, lang, steps: chosen, caseSheet }: WorksheetRequest): Worksheet {
  const planned = chosen !== undefined;
  const room = ROOM[planned ? 'planned' : 'whole'];
  // A service audit's blank sheet words its criteria as the audit does (src/i18n/subject.ts).
  const subject = subjectContext(file);
  const t = withSubject(translate, subject);
  const optional = (key: string) => (exists(`content:${key}`) || (subject !== undefined && exists(`content:${key}_${subject}`)) ? t(`content:${key}`) : '');
  const label = (id: string) => t(`content:questions.${id}.label`);

  const optionLabels = (q: Question | FieldQuestion): string[] => {
    const source = 'options' in q ? q.options : undefined;
    const prefix = typeof source === 'string' ? `optionSets.${source}` : `options.${q.id}`;
    return (staticOptions(file, q) ?? []).map((o) => t(`content:${prefix}.${o.id}`));
  };

  const ask = (q: FieldQuestion, perItem: boolean): Ask => {
    switch (q.type) {
      case 'text':
      case 'longtext':
        return { kind: 'lines', lines: q.type === 'text' ? 1 : perItem ? room.itemLongLines : room.longLines };
      case 'date':
        return { kind: 'date' };
      case 'number':
        return { kind: 'number', unit: q.unit === 'percent' ? t('numbers.unit.percent') : '', range: t(numberRange(q).key, numberRange(q).params) };
      case 'single':
      case 'multi':
      case 'scale':
        return typeof q.options === 'object' && !Array.isArray(q.options)
          ? { kind: 'names', from: label(q.options.fromGroup) }
          : { kind: 'choice', multiple: q.type === 'multi', options: optionLabels(q) };
    }
  };

  const condition = (c: Condition | undefined): string => (c ? t('worksheet.onlyIf', { condition: conditionText(c) }) : '');
  const conditionText = (c: Condition): string => {
    if ('all' in c) return c.all.map(conditionText).join(` ${t('worksheet.condition.and')} `);
    if ('any' in c) {
      // "Jews" or "Roma" or … to one question reads as one condition with several answers.
      const ids = c.any.flatMap((p) => ('equals' in p ? [p.equals] : 'in' in p ? p.in : 'includes' in p ? [p.includes] : []));
      const question = c.any.every((p) => 'question' in p && ('equals' in p || 'in' in p || 'includes' in p)) ? c.any.map((p) => ('question' in p ? p.question : '')) : [];
      if (question.length && new Set(question).size === 1) return conditionText({ question: question[0]!, in: ids });
      return c.any.map(conditionText).join(` ${t('worksheet.condition.or')} `);
    }
    if ('not' in c) return t('worksheet.condition.not', { condition: conditionText(c.not) });
    const located = findQuestion(file, c.question);
    const question = label(c.question);
    if ('answered' in c || !located) return t('worksheet.condition.answered', { question });
    const ids = 'equals' in c ? [c.equals] : 'in' in c ? c.in : [c.includes];
    const options = staticOptions(file, located.question) ?? [];
    const source = 'options' in located.question ? located.question.options : undefined;
    const prefix = typeof source === 'string' ? `optionSets.${source}` : `options.${c.question}`;
    const answers = ids.map((id) => t('worksheet.condition.answer', { answer: options.some((o) => o.id === id) ? t(`content:${prefix}.${id}`) : id }));
    return t('worksheet.condition.is', { question, answers: answers.join(` ${t('worksheet.condition.or')} `) });
  };

  const hint = (key: string) => (room.hints ? optional(key) : '');
  const paper = (q: FieldQuestion, perItem = false): PaperQuestion => ({ id: q.id, label: label(q.id), hint: hint(`questions.${q.id}.hint`), condition: condition(q.showIf), ask: ask(q, perItem) });

  // With a case printed first, its questions are already answered: leave them out.
  const answered = (q: Question | FieldQuestion) => caseSheet !== undefined && (q.tags?.includes('case') ?? false);

  const blocks = (questions: Array<Question | FieldQuestion>, perItem = false): Block[] => {
    const out: Block[] = [];
    for (const q of questions) {
      if (answered(q)) continue;
      if (q.type === 'group') {
        // An item's long answers get the per-item room: there are several items to fill in.
        out.push({ kind: 'group', id: q.id, label: label(q.id), hint: hint(`questions.${q.id}.hint`), condition: condition(q.showIf), items: Math.min(room.groupItems, q.maxItems ?? room.groupItems), fields: q.fields.map((f) => paper(f, planned)) });
        continue;
      }
      const question = paper(q, perItem);
      const last = out.at(-1);
      // A scale question joins the grid before it when both use the same options.
      if (q.type === 'scale' && question.ask.kind === 'choice') {
        const options = question.ask.options;
        if (last?.kind === 'grid' && last.options.join('|') === options.join('|')) last.rows.push(question);
        else out.push({ kind: 'grid', id: q.id, options, rows: [question] });
        continue;
      }
      out.push({ kind: 'question', question });
    }
    // A grid of one row reads better as an ordinary question.
    return out.map((b) => (b.kind === 'grid' && b.rows.length === 1 ? { kind: 'question', question: b.rows[0]! } : b));
  };

  const step = (s: Step): PaperStep => {
    const base = { id: s.id, title: t(`content:steps.${s.id}.title`), purpose: t(`content:steps.${s.id}.purpose`), condition: condition(s.showIf) };
    if (s.kind === 'questions') return { ...base, blocks: blocks(s.questions) };
    if (s.kind === 'per-item') {
      const group = findQuestion(file, s.of)?.question;
      const itemName = group?.type === 'group' ? label(group.itemLabel) : label(s.of);
      return { ...base, perItem: { group: label(s.of), itemName, copies: room.perItemCopies }, blocks: blocks(s.questions, true) };
    }
    const scale = (file.optionSets[s.scale] ?? []).map((o) => t(`content:optionSets.${s.scale}.${o.id}`));
    return {
      ...base,
      blocks: [],
      check: {
        options: scale,
        recommendations: framework.recommendations.map((r) => ({
          id: r.id,
          heading: `${t('wizard.recommendationNumber', { number: r.number })} ${t(`content:recommendations.${r.id}.title`)}`,
          short: t(`content:recommendations.${r.id}.short`),
          criteria: r.criteria.map((c) => ({ id: c.id, label: t(`content:criteria.${c.id}.label`), hint: hint(`criteria.${c.id}.hint`) })),
        })),
      },
    };
  };

  return {
    title: t(`content:questionnaires.${file.id}.title`),
    description: t(`content:questionnaires.${file.id}.description`),
    steps: (chosen ?? file.steps.map((s) => s.id))
      .flatMap((id) => file.steps.filter((s) => s.id === id))
      .map(step)
      // A step whose questions the case has answered has nothing left to fill in.
      .filter((s) => s.blocks.length > 0 || s.check !== undefined),
    lang,
    planned,
    ...(caseSheet ? { caseSheet } : {}),
  };
}
