/**
 * Every sentence code the decision text can make: each has its text
 * `ui:decisionText.<code>` (plural forms `_one`/`_other` where it takes a
 * count), and a content test checks that the texts and this list match, so
 * no text is left without a sentence and no sentence without a text.
 */
export const DECISION_CODES = [
  // equality
  'proposal', 'proposal-title', 'service', 'service-owner', 'problem', 'goal', 'screening-no-analysis', 'screening-no-analysis-unjustified',
  'alternative-proposal', 'alternative-zero', 'alternative-zero-equity', 'alternative-other', 'alternative-other-equity', 'alternative-more', 'alternative-more-equity', 'reasons',
  'group-gains-losses', 'group-loses', 'group-gains', 'group-barriers', 'group-barriers-unplaced',
  'group-negative', 'group-mixed-rating', 'group-positive', 'group-neutral', 'group-unknown', 'group-negative-overall', 'group-mixed-rating-overall', 'group-not-assessed', 'group-no-barriers',
  'gaps-widen', 'gaps-narrow', 'gaps-stay', 'gaps-unknown', 'gaps-widen-all', 'gaps-narrow-all', 'gaps-stay-all', 'gaps-unknown-all', 'cumulative', 'cumulative-details', 'uncertainties', 'evidence-gaps', 'knowledge-gaps',
  // equality: what an audit of a service found
  // equality: the national minorities and the Sami
  'minorities', 'minorities-none', 'minorities-unknown',
  'minority-consultation-yes', 'minority-consultation-yes-how', 'minority-consultation-planned', 'minority-consultation-planned-how', 'minority-consultation-no', 'minority-consultation-unknown',
  'sami-consultation-yes', 'sami-consultation-planned', 'sami-consultation-no', 'sami-consultation-not-relevant', 'sami-consultation-unknown',
  'representation', 'representation-under', 'representation-population', 'representation-under-population', 'barrier', 'barrier-groups', 'barrier-severity', 'barrier-groups-severity', 'resources', 'resources-inverse',
  // children
  'children-not-affected', 'children-unknown', 'children-affected',
  'best-interests-yes', 'best-interests-yes-how', 'best-interests-no', 'best-interests-no-how', 'best-interests-unknown', 'best-interests-unknown-how', 'best-interests-how', 'best-interests-not-shown',
  'views-yes', 'views-yes-how', 'views-no', 'views-no-how', 'views-unknown', 'views-unknown-how', 'views-how', 'views-not-shown',
  'weighing', 'weighing-not-shown', 'vulnerable-children',
  // gender equality
  'gender-nothing-known', 'gender-groups', 'gender-groups-none', 'gender-evidence', 'gender-evidence-whole', 'gender-evidence-none', 'gender-indicators', 'gender-indicators-none', 'gender-groups-none-described', 'gender-evidence-none-described',
  'gender-data-yes', 'gender-data-partly', 'gender-data-no', 'gender-data-unknown', 'gender-difference', 'gender-difference-group', 'unpaid-care', 'unpaid-care-group',
  // lawfulness
  'lawfulness-group', 'lawfulness-groups', 'lawfulness-not-relevant', 'lawfulness-not-relevant-groups', 'lawfulness-not-assessed',
  // measures and follow-up
  'measure', 'measure-compensating', 'measure-general', 'measure-general-compensating', 'measure-owner-date', 'measure-owner', 'measure-date', 'measures-none',
  'unaddressed', 'uncompensated', 'all-compensated', 'all-compensated-one',
  'indicator-breakdown-baseline', 'indicator-breakdown-no-baseline', 'indicator-no-breakdown-baseline', 'indicator-no-breakdown-no-baseline',
  'follow-up', 'follow-up-date', 'follow-up-owner',
  // closing
  'recommendations', 'recommendations-capped', 'claims-not-shown', 'claims-unjustified', 'not-relevant-contradicted', 'known-gaps', 'known-gaps-no-reason', 'open-serious',
  'judgement-proceed', 'judgement-proceed-open', 'judgement-adjust', 'judgement-adjust-open', 'judgement-rework', 'judgement-reject', 'judgement', 'audit-action', 'audit-action-none',
  'attachment', 'attachment-untitled', 'attachment-service',
  // short
  'short-proposal', 'short-worse', 'short-under', 'short-recommendations',
] as const;

export type DecisionCode = (typeof DECISION_CODES)[number];

const KNOWN: ReadonlySet<string> = new Set(DECISION_CODES);

/** A code put together from parts (`views-${role}`): checked, so a misspelt part fails loudly in the tests, never silently in a report. */
export function code(value: string): DecisionCode {
  if (!KNOWN.has(value)) throw new Error(`Unknown decision-text code: ${value}`);
  return value as DecisionCode;
}

/**
 * What a sentence is about, within its block: the wording starts a new
 * paragraph where the topic changes, so a long block (the proposal, its
 * alternatives, each group, what is uncertain) reads as paragraphs in a
 * tjänsteskrivelse instead of one wall of text.
 */
const TOPICS: ReadonlyArray<[RegExp, string]> = [
  [/^(proposal|problem|goal|screening-|service)/, 'proposal'],
  [/^representation/, 'representation'],
  [/^barrier/, 'barriers'],
  [/^resources/, 'resources'],
  [/^(alternative-|reasons$)/, 'alternatives'],
  [/^(group-|gaps-|cumulative)/, 'groups'],
  [/^(minorit|sami-)/, 'minorities'],
  [/^(gender-data|gender-difference|unpaid-care)/, 'gender-groups'],
  [/^(uncertainties|evidence-gaps|knowledge-gaps)$/, 'uncertain'],
  [/^(children-|best-interests-)/, 'best-interests'],
  [/^views-/, 'views'],
  [/^(weighing|vulnerable-children)/, 'weighing'],
  [/^(unaddressed|uncompensated|all-compensated)/, 'coverage'],
  [/^(indicator-|follow-up)/, 'follow-up'],
  [/^(recommendations|claims-|not-relevant-contradicted)/, 'check'],
  [/^(known-gaps|open-serious)/, 'open'],
  [/^(judgement|audit-action)/, 'judgement'],
  [/^attachment/, 'attachment'],
];

export function decisionTopic(value: string): string {
  return TOPICS.find(([pattern]) => pattern.test(value))?.[1] ?? value.split('-')[0]!;
}

/**
 * Sentences that open a group's own paragraph within their topic: the
 * gender-equality block says, group by group, what the user wrote about
 * women and men, which would otherwise run into one long paragraph.
 */
const OPENS_GROUP = /^(gender-data-|gender-difference-group$|unpaid-care-group$)/;

export const opensParagraph = (value: string): boolean => OPENS_GROUP.test(value);
