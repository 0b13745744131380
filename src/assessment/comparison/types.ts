/**
 * The shape of a comparison of several groups' assessments of one case, as
 * the debrief screen and its PDF read it. Pure data: option ids, question
 * ids and the users' own words; the readers word everything else in their
 * own language.
 */
import type { Assessment } from '../assessment';
import type { AssessmentResult, RecommendationId, Status } from '../result';
import type { QuestionnaireFile } from '../../questionnaire/schema';

/** One imported assessment, with the result `evaluate()` gave for it. */
export interface CompareEntry {
  /** The name of the file it was read from. */
  fileName: string;
  file: QuestionnaireFile;
  assessment: Assessment;
  result: AssessmentResult;
}

/** Where one group's column comes from. */
export interface ColumnSource {
  fileName: string;
  /** The assessment's id: the same id twice is the same file loaded twice (see `duplicateOf`). */
  assessmentId: string;
  questionnaireId: string;
  /** How deep the group's analysis went (the screening outcome's role), null when the questionnaire does not screen. */
  depth: AssessmentResult['depth'];
}

/**
 * What one column says in one row:
 * - `choice`: option ids chosen, with each option's text key in the content namespace (`keys`, in the same order);
 * - `text`: the group's own words;
 * - `unanswered`: asked on the group's branch, left empty;
 * - `not-asked`: not on the group's branch (its screening skipped the step), or not in its questionnaire;
 * - `not-in-analysis`: the recommendation check is not part of the group's light (or no) analysis;
 * - `status`: a recommendation's status as `evaluate()` gave it.
 */
export type Cell =
  | { kind: 'choice'; questionId: string; options: string[]; keys: string[] }
  | { kind: 'text'; questionId: string; text: string }
  | { kind: 'unanswered'; questionId: string }
  | { kind: 'not-asked' }
  | { kind: 'not-in-analysis' }
  | { kind: 'status'; status: Status };

/** One line of a part: a question (by tag where it has one) or a recommendation, one cell per column. */
export interface CompareRow {
  /** Stable key: `tag:<tag>`, `question:<id>` or `recommendation:<id>`. */
  key: string;
  /** The semantic tag the row was found by, if any. */
  tag?: string;
  /** The question that words the row (the first column's that asks it); absent for a recommendation. */
  questionId?: string;
  recommendation?: RecommendationId;
  cells: Cell[];
  /** True when at least two columns that answered disagree. */
  differs: boolean;
}

export interface ComparedMeasure {
  id: string;
  what: string;
  /** Names of the affected groups the measure is for (the group's own words). */
  addresses: string[];
}

/** Every affected group a column named: `key` is `<column>/<itemId>`. */
export interface Occurrence {
  key: string;
  column: number;
  itemId: string;
  name: string;
}

/** Which occurrences share a row: the value the screen keeps in state and the trainer edits. Each row lists occurrence keys. */
export interface Grouping {
  rows: string[][];
}

/** What one column said about one affected group (a row may hold several of a column's items, merged by the trainer). */
export interface GroupCell {
  /** The items of this column on the row (empty: the column did not name the group). */
  members: Occurrence[];
  /** The consequence rating of each member, option ids in member order (undefined: not rated). */
  ratings: Array<string | undefined>;
  /** The content text key of each rating (`options.<question>.<option>`), undefined where not rated. */
  ratingKeys: Array<string | undefined>;
  /** The effect on each consequence dimension (question ids, `AffectedPart.dimensions`) of each member: option ids of the effect scale, undefined when not answered. */
  effects: Array<Array<string | undefined>>;
}

export interface AffectedRow {
  /** The commonest name on the row (ties: the first). */
  label: string;
  /** Index of the row in the grouping (what `mergeRows`/`splitRow` take). */
  index: number;
  cells: GroupCell[];
  /** Which columns named the group. */
  foundBy: boolean[];
  /** True when the columns that rated the group disagree on its consequence rating. */
  differs: boolean;
}

export interface AffectedPart {
  /** Consequence dimensions (question ids) in the first column's order; `GroupCell.effects` follows it. */
  dimensions: string[];
  /** The consequence rating question of each column (for wording), undefined where it has none. */
  ratingQuestion?: string;
  rows: AffectedRow[];
  /** The grouping the rows follow (the one given, reconciled with the entries, or the suggested one). */
  grouping: Grouping;
}

/** The parts of the debrief, in the order they are shown and printed. */
export interface ComparisonParts {
  screening: CompareRow[];
  affected: AffectedPart;
  children: CompareRow[];
  recommendations: CompareRow[];
  /** Each column's measures. */
  measures: ComparedMeasure[][];
  judgement: CompareRow[];
}

/** How many rows of a part differ, of how many ("Groups differ on 3 of 5 …"). */
export interface PartSummary {
  differ: number;
  of: number;
}

export type PartName = 'screening' | 'affected' | 'children' | 'recommendations' | 'judgement';

export interface Comparison {
  /** One label per column, in the order the files were read: the assessment's name, else who made it (the `meta-assessors` answer), else its title; numbered "(2)" only if two still clash. */
  columns: string[];
  /** Where each column comes from. */
  sources: ColumnSource[];
  parts: ComparisonParts;
  summary: Record<PartName, PartSummary>;
  /** Whether the entries answer different questionnaires (a note for the reader). */
  mixedQuestionnaires: boolean;
}
