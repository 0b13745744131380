/**
 * The one result of evaluating an assessment. The results page, the PDF, the
 * CLI and later reports all read this plain object; nobody recomputes.
 * Texts are codes (`reasons.<code>`, `findings.<code>`) with parameters, so
 * each reader words them in its own language.
 */

import type { RepresentationRow } from './representation';

export type { RepresentationRow };

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

/**
 * Parameters of a text: plain values, item titles the user wrote, or lists.
 * A list parameter is worded by its name (see src/i18n/result-params.ts):
 * `dimensions` (dimension ids: physical, cost …), `factors` (option ids of
 * the group-factors question), `recommendations` (r1 … r5), anything else a
 * list of the user's own names, quoted.
 */
export type Params = Record<string, string | number | string[]>;

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
  /**
   * Every recommendation the finding concerns, in order (one root cause is
   * one finding, however many recommendations it touches). Empty for a
   * finding about the assessment as a whole.
   */
  recommendations: RecommendationId[];
  params?: Params;
  /** The answers the finding's sentence is built from. */
  refs: AnswerRef[];
  /** The step that fixes it. */
  stepId: string;
  /** Suggestion ids that fit the finding (text key `content:suggestions.<id>`). */
  suggestions?: string[];
}

export type CriterionAnswer = 'yes' | 'partly' | 'no' | 'not-relevant' | 'dont-know' | 'not-answered';

/**
 * What the assessment's own answers show for a criterion's declared backing:
 * `shown` (every check holds), `not-shown` (a check fails), `unchecked` (the
 * framework declares no backing, or nothing on the branch taken can show it).
 */
export type Evidence = 'shown' | 'not-shown' | 'unchecked';

/** How a criterion counts in its recommendation's score. */
export type Counted = 'met' | 'partly' | 'not-met' | 'excluded';

/**
 * Why a criterion counts other than the user answered:
 * - `claimed-not-shown`: "yes"/"partly", but the answers do not back it;
 * - `justification-missing`: "yes"/"partly" with nothing to back it and no justification;
 * - `dont-know`: a knowledge gap, counted as not met;
 * - `not-relevant-unjustified`: "not relevant" with no justification, counted as not met;
 * - `not-relevant-contradicted`: "not relevant" with a justification although the
 *   assessment says the criterion applies (counted as not met, with a finding);
 * - `not-answered`: no answer, counted as not met.
 */
export type CriterionNote =
  | 'claimed-not-shown'
  | 'justification-missing'
  | 'dont-know'
  | 'not-relevant-unjustified'
  | 'not-relevant-contradicted'
  | 'not-answered';

export interface CriterionResult {
  id: string;
  weight: number;
  /** What the user judged: the option chosen, by its role; 'not-answered' when empty or the check does not apply. */
  answer: CriterionAnswer;
  /** What the answers show for the criterion's backing. */
  evidence: Evidence;
  /** Why the answers do or do not back the criterion, each citing the answers (codes `results.evidence.<code>`). */
  evidenceReasons: Reason[];
  /** What the tool proposes from the answers it holds, when they decide it. */
  proposal?: 'yes' | 'no';
  /** How it counts in the score. */
  counted: Counted;
  /** Why it counts other than answered, if it does. */
  note?: CriterionNote;
  /** The score counted (null when excluded from scoring). */
  score: number | null;
  justification?: string;
}

export interface RecommendationResult {
  id: RecommendationId;
  status: Status;
  /**
   * Weighted share of the maximum (0–1) over the criteria that count: a
   * claim the answers do not back, "don't know" and no answer count as not
   * met; null when nothing was scored.
   */
  share: number | null;
  /** True when an open serious finding held the status below what the share gives. */
  capped: boolean;
  criteria: CriterionResult[];
  reasons: Reason[];
  /** Criterion ids whose suggestion applies (text key `content:criteria.<id>.suggestion`). */
  suggestions: string[];
  /** Ids of the findings that concern this recommendation. */
  findings: string[];
  /** Steps whose answers feed a gap here. */
  steps: string[];
}

/** The item of a repeatable group a gap belongs to (an affected group, a measure, an indicator …). */
export interface GapItem {
  /** The group question whose item it is (its item noun is `content:questions.<groupId>.itemTitle`). */
  groupId: string;
  /** The item's place in its list, from 0 ("Åtgärd 2" is index 1). */
  index: number;
  /** The name the user gave the item; '' when unnamed. */
  title: string;
}

export interface KnowledgeGap {
  ref: AnswerRef;
  /** The item the answer was given for, when the question is asked per item: so a reader can say which measure a gap is about. */
  item?: GapItem;
}

/**
 * The user's own overall judgement, found by its tag, and where the answers
 * stand against it: what the results page leads with.
 */
export interface OverallJudgement {
  /** The judgement question; `value` is the option chosen, absent while unanswered. */
  ref: AnswerRef;
  /** True when the option chosen goes ahead (a proposal as it is or adjusted; a service judged to need no major change). */
  proceeds: boolean;
  /** Ids of the open serious findings that stand against going ahead; empty unless the judgement goes ahead. */
  against: string[];
}

/**
 * The user's acknowledgement that the assessment is completed with serious
 * findings still open: their reason, and the findings open at the time the
 * result was made (ids of high-severity findings).
 */
export interface KnownGaps {
  reason: string;
  ref: AnswerRef;
  findings: string[];
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
  /** The overall judgement, when the questionnaire asks for one on the branch taken (absent from results made before it was recorded). */
  judgement?: OverallJudgement | null;
  /** Serious findings left open, with the user's reason for completing anyway; null when none are open or no reason is given. */
  knownGaps: KnownGaps | null;
  /** Ids of the open serious (high) findings. */
  openSerious: string[];
  /** Each group's share among users against its share among those in need, when the questionnaire asks (empty otherwise). */
  representation: RepresentationRow[];
  heatmap: {
    groups: Array<{ id: string; title: string }>;
    /** Question ids of the consequence dimensions, in questionnaire order. */
    dimensions: string[];
    cells: HeatmapCell[];
  };
}
