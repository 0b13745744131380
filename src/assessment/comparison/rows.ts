/**
 * The answer rows of the debrief: a question found by its tag (never by a
 * questionnaire's question id) or, for the screening step's untagged
 * questions, by id, with what each column answered.
 */
import { createContext, type Ctx } from '../context';
import type { AnswerValue } from '../../questionnaire/answers';
import type { Framework } from '../../questionnaire/schema';
import { isAnswered } from '../../questionnaire/visibility';
import { allQuestions, staticOptions, type Located } from '../../questionnaire/walk';
import type { Cell, CompareEntry, CompareRow } from './types';

/** What a row asks: a tag, or a question id where the question has none of the tags asked for. */
export type RowSpec = { tag: string } | { questionId: string };

export const specKey = (spec: RowSpec) => ('tag' in spec ? `tag:${spec.tag}` : `question:${spec.questionId}`);

export const contexts = (entries: CompareEntry[], framework: Framework): Ctx[] =>
  entries.map((e) => createContext(e.file, framework, e.assessment.answers));

/** The top-level question a spec names in one questionnaire (visible or not). */
function locate(ctx: Ctx, spec: RowSpec): Located | undefined {
  return allQuestions(ctx.file).find((l) =>
    !l.group && l.step.kind === 'questions' && ('tag' in spec ? l.question.tags?.includes(spec.tag) : l.question.id === spec.questionId),
  );
}

/** The content text key of an option of a question with options of its own or from a set. */
export function optionKey(located: Located, id: string): string {
  const source = 'options' in located.question ? located.question.options : undefined;
  return typeof source === 'string' ? `optionSets.${source}.${id}` : `options.${located.question.id}.${id}`;
}

/** One column's cell for a question: not asked off its branch, else its answer. */
export function answerCell(ctx: Ctx, located: Located | undefined): Cell {
  if (!located || !ctx.visible.question(located.question.id)) return { kind: 'not-asked' };
  const questionId = located.question.id;
  const value: AnswerValue | undefined = ctx.answers[questionId];
  if (!isAnswered(value)) return { kind: 'unanswered', questionId };
  if (staticOptions(ctx.file, located.question)) {
    const options = typeof value === 'string' ? [value] : Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string') : [];
    return { kind: 'choice', questionId, options, keys: options.map((id) => optionKey(located, id)) };
  }
  return { kind: 'text', questionId, text: typeof value === 'string' ? value.trim() : Array.isArray(value) ? value.join(', ') : '' };
}

/** A comparable value of a cell, or undefined for a cell that says nothing to compare (unanswered, not asked, free text). */
function comparable(cell: Cell): string | undefined {
  if (cell.kind === 'choice') return [...cell.options].sort().join('|');
  if (cell.kind === 'status') return cell.status;
  return undefined;
}

/**
 * True when at least two columns gave different choices (or statuses).
 * Free text never counts: two groups never word a justification alike, and
 * a marker on every text row would hide the real disagreements.
 */
export function cellsDiffer(cells: Cell[]): boolean {
  return new Set(cells.map(comparable).filter((v) => v !== undefined)).size > 1;
}

/** True when a row has something to compare (a choice or a status in some column). */
export const comparableRow = (row: CompareRow) => row.cells.some((c) => comparable(c) !== undefined);

/** A row per spec, with one cell per column. */
export function answerRows(ctxs: Ctx[], specs: RowSpec[]): CompareRow[] {
  return specs.map((spec) => {
    const located = ctxs.map((ctx) => locate(ctx, spec));
    const cells = ctxs.map((ctx, i) => answerCell(ctx, located[i]));
    const questionId = located.find(Boolean)?.question.id;
    return {
      key: specKey(spec),
      ...('tag' in spec ? { tag: spec.tag } : {}),
      ...(questionId ? { questionId } : {}),
      cells,
      differs: cellsDiffer(cells),
    };
  });
}

/** Specs present in at least one column's questionnaire, in the order given. */
export function presentSpecs(ctxs: Ctx[], specs: RowSpec[]): RowSpec[] {
  return specs.filter((spec) => ctxs.some((ctx) => locate(ctx, spec)));
}

const SCREENING_TAGS = ['affects-people', 'affects-differently', 'children-affected', 'screening-outcome'];

/**
 * The screening's rows: the four screening tags, plus the other questions of
 * the step that holds the screening outcome, in that step's order.
 */
export function screeningSpecs(ctxs: Ctx[]): RowSpec[] {
  const specs: RowSpec[] = [];
  const seen = new Set<string>();
  const add = (spec: RowSpec) => {
    if (seen.has(specKey(spec))) return;
    seen.add(specKey(spec));
    specs.push(spec);
  };
  for (const ctx of ctxs) {
    const step = ctx.file.steps.find((s) => s.kind === 'questions' && s.questions.some((q) => q.tags?.includes('screening-outcome')));
    if (step?.kind !== 'questions') continue;
    for (const q of step.questions) {
      if (q.type === 'group') continue;
      const tag = SCREENING_TAGS.find((t) => q.tags?.includes(t));
      add(tag ? { tag } : { questionId: q.id });
    }
  }
  SCREENING_TAGS.forEach((tag) => add({ tag }));
  return presentSpecs(ctxs, specs);
}

export const CHILDREN_SPECS: RowSpec[] = [{ tag: 'children-affected' }, { tag: 'child-best-interests' }, { tag: 'children-views' }];
export const JUDGEMENT_SPECS: RowSpec[] = [{ tag: 'overall-judgement' }, { tag: 'judgement-reasons' }];
