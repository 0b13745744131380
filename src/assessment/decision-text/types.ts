/**
 * The decision text (the "konsekvensbeskrivning" an official pastes into the
 * tjänsteskrivelse), as blocks: one per heading that organisations' Word
 * templates use, each readable on its own, plus a short variant of the
 * whole for templates with a single "Konsekvenser" paragraph.
 *
 * Every sentence is a text code with parameters (worded by
 * `src/i18n/decision-text.ts`, keys `ui:decisionText.<code>`) and names
 * where it comes from: the answers it reads (question id, and the item id
 * inside a repeatable group) and the findings of the `AssessmentResult` it
 * repeats. A sentence with no source says nothing about the assessment and
 * is not made. Tests walk every sentence back to its sources.
 */

/** The blocks, in the order a tjänsteskrivelse has them. */
export const DECISION_BLOCKS = ['equality', 'children', 'gender', 'lawfulness', 'measures', 'closing'] as const;
export type DecisionBlockId = (typeof DECISION_BLOCKS)[number];

/** Parameters by name; the naming conventions are documented in `src/i18n/decision-text.ts`. */
export type SentenceParams = Record<string, string | number | string[]>;

/** An answer a sentence reads: a question (a field of a group's item when `item` is set). */
export interface AnswerSource {
  question: string;
  /** The item of the repeatable group the question is a field of. */
  item?: string;
}

export interface DecisionSentence {
  /** Text key `ui:decisionText.<code>`. */
  code: string;
  params?: SentenceParams;
  /** The answers the sentence is built from (never empty unless `findings` is not). */
  answers: AnswerSource[];
  /** Ids of the result's findings the sentence repeats. */
  findings?: string[];
}

export interface DecisionBlock {
  id: DecisionBlockId;
  sentences: DecisionSentence[];
}

export interface DecisionText {
  /** Set for an audit of an existing service, whose sentences are worded as an audit's (src/i18n/subject.ts). */
  subject?: 'service';
  /** Only the blocks that have something to say, in `DECISION_BLOCKS` order. */
  blocks: DecisionBlock[];
  /** The whole in about 120 words, for a template with one paragraph. */
  short: DecisionSentence[];
}
