/**
 * The props of the report document. The document is fed only by these: it
 * never reads i18next, the machine or the UI, so the same component renders
 * in the browser and in Node, and a test can render any assessment.
 *
 * Two kinds of data: the `AssessmentResult` exactly as `evaluate()` made it
 * (statuses, findings, gaps, heat map: read, never recomputed), and the
 * answers, found by their semantic tags (report-parts.ts) and already worded
 * as strings in the report's language.
 */
import type { Decision } from '../assessment/after/decision';
import type { ReviewRound } from '../assessment/after/review';
import type { Row, Section } from '../assessment/answer-list';
import type { DecisionText } from '../assessment/decision-text/types';
import type { AssessmentResult } from '../assessment/result';
import type { Language } from '../i18n/resources';
import type { LensParts } from './lens-parts';
import type { AnswerRef } from './model/types';

/** A translation function, as i18next's `t` (keys may carry a `content:` or `ui:` namespace). */
export type Translate = (key: string, options?: Record<string, unknown>) => string;

/** A question and its answer, worded: the label and one string per value (one per chosen option). */
export interface Answer {
  label: string;
  value: string[];
}

/** An item of a repeatable group (an alternative, a measure …) with its answers. */
export interface Item {
  id: string;
  title: string;
  rows: Row[];
}

/**
 * Why a part of the report has nothing to show: the questionnaire has no
 * such question at all (the part is left out), the screening chose a branch
 * without it, or it was not answered.
 */
export type Absence = 'not-in-questionnaire' | 'not-on-branch' | 'no-answers';

/** A part of the report: its data, or why there is none. */
export type Part<T> = { state: 'shown'; value: T } | { state: Absence };

export interface ReportMeta {
  organisation?: string;
  committee?: string;
  /** The service an audit is about, and who runs it (the cover names them instead of a committee). */
  service?: string;
  serviceOwner?: string;
  decisionType?: string;
  /** Already formatted for the reader's language. */
  date?: string;
  assessors?: string;
  /** The overall judgement, if answered. */
  judgement?: string;
  /** Whether the branch taken asks for an overall judgement (no further analysis does not). */
  judgementAsked: boolean;
  /** The screening outcome (depth of analysis), if answered. */
  depth?: string;
  questionnaireTitle: string;
  contentVersion: string;
  frameworkTitle: string;
  frameworkVersion: string;
  followUpDate?: string;
}

export interface AffectedGroup {
  id: string;
  name: string;
  factors: string[];
  /** The item's other answers (description, size …). */
  details: Answer[];
}

export interface Measure {
  id: string;
  what: string;
  /** Names of the affected groups the measure addresses. */
  addresses: string[];
  owner: string[];
  cost: string[];
  date: string[];
}

export interface Indicator {
  id: string;
  name: string;
  breakdown: string[];
  baseline: string[];
  details: Answer[];
}

/** The answers of the branch taken, found by semantic tags. */
export interface ReportParts {
  proposal: Part<{ rows: Row[]; alternatives?: { label: string; items: Item[] } }>;
  screening: Part<{ outcome?: Answer; justification?: Answer; rows: Row[] }>;
  groups: Part<{ groups: AffectedGroup[]; rows: Row[] }>;
  /** Whether the questionnaire rates consequences per group and dimension at all (the self-audit does not). */
  hasHeatmap: boolean;
  /** The overall consequence per affected group, by group id (a column beside the heat map). */
  ratings: { label: string; byGroup: Record<string, string>; /** The rating's question id. */ question: string } | undefined;
  evidence: Part<{ rows: Row[] }>;
  measures: Part<{ measures: Measure[]; rows: Row[] }>;
  followUp: Part<{ indicators: Indicator[]; plan: Answer[] }>;
  conclusion: Part<{ rows: Row[] }>;
  /** Titles of every item of every group on the branch, by id (to say which group a knowledge gap concerns). */
  itemTitles: Record<string, string>;
  /**
   * The answers each part prints (the cover's: title, organisation, dates …),
   * so that the appendix can leave them out. A measure's fields that its
   * table has no column for are not among them.
   */
  shows: Record<'cover' | 'proposal' | 'screening' | 'groups' | 'evidence' | 'measures' | 'followUp' | 'conclusion', AnswerRef[]>;
}

export interface ReportProps {
  /** The assessment's name; may be empty (the document then says "untitled"). */
  title: string;
  meta: ReportMeta;
  result: AssessmentResult;
  /** The framework's ratio below which a group counts as under-represented (representation in numbers). */
  underRepresented?: number;
  /** The lenses' parts: an audit's resources, norms and barriers, a proposal's public-health target areas. */
  lens?: LensParts;
  /** The decision text (the konsekvensbeskrivning as blocks), as codes with parameters. */
  decision: DecisionText;
  parts: ReportParts;
  /** The appendix: the answers of the branch taken (`answerList`), then any set aside from earlier versions. */
  sections: Section[];
  /** By recommendation id, answers to question-pack questions linked to it, printed beside its status (src/assessment/pack-answers.ts). */
  packAnswers?: Record<string, Row[]>;
  /** The peer review's rounds, oldest first (format version 4); absent or empty when nobody has reviewed it. */
  review?: ReviewRound[];
  /** The committee's decision on record, once recorded (not the decision text, `decision`). */
  decisionOnRecord?: Decision;
  /** When the PDF is made (its metadata). */
  createdAt: Date;
  t: Translate;
  lang: Language;
}
