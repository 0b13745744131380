/**
 * The one result of evaluating an assessment. The results page, the PDF, the
 * CLI and later reports all read this plain object; nobody recomputes.
 * Texts are codes (`reasons.<code>`, `findings.<code>`) with parameters, so
 * each reader words them in its own language.
 */

export type RecommendationId = 'r1' | 'r2' | 'r3' | 'r4' | 'r5';
export type Status = 'met' | 'partly' | 'not-met' | 'not-relevant' | 'not-answered';
export type Severity = 'high' | 'medium' | 'low';

/** An answer a reason or finding rests on. `itemId` names a group item (an affected group, a measure …). */
export interface AnswerRef {
  stepId: string;
  questionId: string;
  itemId?: string;
  /** The answer's option id or text, as stored (option ids are translated by the reader). */
  value?: string;
}

/** Parameters of a text: plain values, or item titles the user wrote. */
export type Params = Record<string, string | number>;

export interface Reason {
  /** Text key: `results.reasons.<code>` in the ui namespace. */
  code: string;
  params?: Params;
  refs: AnswerRef[];
}

export interface Finding {
  /** Stable within one evaluation, for links and lists: `<code>:<item ids>`. */
  id: string;
  /** Text keys: `findings.<code>.title` and `findings.<code>.suggestion`. */
  code: string;
  severity: Severity;
  recommendation?: RecommendationId;
  params?: Params;
  refs: AnswerRef[];
  /** The step that fixes it. */
  stepId: string;
}

export type CriterionAnswer = 'yes' | 'partly' | 'no' | 'not-relevant' | 'dont-know' | 'not-answered';

export interface CriterionResult {
  id: string;
  weight: number;
  /** The option chosen, by its role; 'not-answered' when empty or the check does not apply. */
  answer: CriterionAnswer;
  /** The option's score (null when excluded from scoring). */
  score: number | null;
  justification?: string;
}

export interface RecommendationResult {
  id: RecommendationId;
  status: Status;
  /** Weighted share of the maximum (0–1) over scored criteria; null when nothing was scored. */
  share: number | null;
  criteria: CriterionResult[];
  reasons: Reason[];
  /** Criterion ids whose suggestion applies (text key `content:criteria.<id>.suggestion`). */
  suggestions: string[];
  /** Ids of the findings that concern this recommendation. */
  findings: string[];
  /** Steps whose answers feed a gap here. */
  steps: string[];
}

export interface KnowledgeGap {
  ref: AnswerRef;
}

export interface HeatmapCell {
  groupId: string;
  dimension: string;
  /** The effect score (-2 … 2), or null for "don't know" / unanswered. */
  value: number | null;
  /** The option id chosen, if any. */
  option?: string;
}

export interface AssessmentResult {
  questionnaire: { id: string; contentVersion: string };
  framework: { id: string; contentVersion: string };
  /** The screening outcome's role, when the questionnaire screens. */
  depth: 'no-analysis' | 'light' | 'full' | null;
  recommendations: RecommendationResult[];
  /** Sorted by severity (high first), then by step order. */
  findings: Finding[];
  knowledgeGaps: KnowledgeGap[];
  heatmap: {
    groups: Array<{ id: string; title: string }>;
    /** Question ids of the consequence dimensions, in questionnaire order. */
    dimensions: string[];
    cells: HeatmapCell[];
  };
}
