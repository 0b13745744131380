/**
 * Every finding and reason code that `evaluate()` can produce. Readers word
 * them from `findings.<code>.title` / `.suggestion` and
 * `results.reasons.<code>` in the ui namespace; a content test checks that
 * every code has its texts in both languages.
 *
 * Parameter conventions: `group`, `measure` and `indicator` are the user's
 * own item names; `criterion` is a criterion id (readers show its label);
 * lists are worded by name (src/i18n/result-params.ts): `dimensions`,
 * `factors`, `tests`, `recommendations`, else the user's own names; numbers
 * are numbers (`ratio` and `threshold`, and the shares `usersShare` /
 * `needShare` in per cent), worded by the reader with Intl; `barrier` is the
 * user's name of a barrier.
 */
export const FINDING_CODES = {
  'group-worse-unaddressed': 'a group gets worse on named dimensions and no measure addresses it',
  'group-negative-unaddressed': 'a group rated negative or mixed overall, no dimension named, and no measure addresses it',
  'group-worse-uncompensated': 'measures address a group that gets worse, but none is marked as compensating',
  'rating-hides-worse': 'the overall rating of a group is not negative, but a dimension is rated worse',
  'unknown-unaddressed': 'a group whose consequence is unknown and no measure addresses it',
  'gaps-widen': 'gaps widen for a group',
  'lawfulness-failed': 'a lawfulness test (lawful; legitimate aim; appropriate and necessary) answered "no" for a group',
  'lawfulness-uncertain': 'a lawfulness test answered "partly" or "don’t know" for a group',
  'group-without-evidence': 'an affected group that no statistics and no dialogue covers',
  'children-rights-missing': 'children affected, but neither their best interests assessed nor their views sought',
  'best-interests-missing': 'children affected, but their best interests not assessed',
  'children-views-missing': 'children affected, but their views not sought',
  'children-weighing-missing': 'children affected, but how their interests were weighed against others is not said',
  'not-relevant-contradicted': 'a criterion answered "not relevant" (with a reason) although the answers say it applies',
  'indicator-no-breakdown': 'an indicator that is not broken down by group',
  'indicator-no-baseline': 'an indicator without a baseline',
  'screening-contradiction': '"no further analysis" although screening says groups or children are (or may be) affected',
  'measure-no-owner': 'a measure with no one responsible',
  'measure-no-date': 'a measure with no date',
  'judgement-contradicts-findings': 'the overall judgement goes ahead while serious findings against it stand',
  'minority-consultation-missing': 'national minorities are affected, and no consultation with them is done or planned',
  'sami-consultation-missing': 'the Sami are affected, and no consultation with Sami representatives is done or planned (nor the matter said to be of no particular importance to them)',
  'cumulative-effects': 'other decisions, cuts or changes hit a group in the same period, and no measure addresses the group',
  'gender-breakdown-unknown': 'what is known about some groups is not broken down by sex, or it is not known whether it is (one finding listing the groups)',
  'under-represented': 'a group’s share among the service’s users is below the threshold share of its need (or population)',
  'barrier-excludes-unaddressed': 'a barrier rated serious or excluding, concerning groups that no measure addresses',
  'resources-against-need': 'resources go where the need is smaller: less where the need is greater',
} as const;

export const REASON_CODES = {
  'criteria-summary': 'how the criteria count: met, partly, not met, left out',
  'criterion-not-met': 'a criterion answered "no"',
  'criterion-partly': 'a criterion answered "partly"',
  'criterion-dont-know': 'a criterion answered "don’t know", counted as not met',
  'criterion-claimed-not-shown': 'a criterion answered "yes" or "partly" that the answers do not back',
  'criterion-unjustified': 'a criterion answered "yes" with nothing to check and no justification, counted as partly',
  'criterion-not-relevant-unjustified': 'a criterion answered "not relevant" without a justification, counted as not met',
  'criterion-not-relevant-contradicted': 'a criterion answered "not relevant" although the answers say it applies',
  'criteria-unanswered': 'some criteria have no answer yet',
  'check-not-applicable': 'the screening chose a depth without the recommendation check',
  'all-not-relevant': 'every criterion was answered "not relevant", each with a justification',
  'open-findings': 'findings of high or medium severity concern this recommendation',
  'capped-by-finding': 'an open serious finding holds the status at partly met',
  'children-not-affected': 'the screening says no children or young people are affected',
} as const;

/** What a criterion's backing checks can say, each citing the answers: `results.evidence.<code>`. */
export const EVIDENCE_CODES = {
  'dialogue-recorded': 'dialogues are recorded',
  'dialogue-none': 'no dialogue is recorded',
  'dialogue-not-held': 'the user says no dialogue has been held, and none is planned',
  'dialogue-planned': 'the user says no dialogue has been held yet, but one is planned',
  'evidence-broken-down': 'statistics are broken down by group',
  'evidence-not-broken-down': 'no statistics are broken down by group',
  'consequences-assessed': 'every group’s consequences are assessed',
  'consequences-not-assessed': 'some groups’ consequences are not assessed, or unknown',
  'no-groups': 'no affected group is named',
  'groups-not-specific': 'no affected group is defined by a ground or factor (only catch-all groups)',
  'alternatives-compared': 'alternatives, the zero alternative among them, are described with their effect on equity',
  'alternatives-none': 'no alternative to the proposal is described',
  'zero-alternative-missing': 'the zero alternative is not among the alternatives',
  'alternatives-without-equity': 'some alternatives do not say what they mean for equity',
  'indicators-complete': 'every indicator has a baseline and a breakdown',
  'indicators-none': 'no indicator is given',
  'indicator-no-baseline': 'some indicators have no baseline',
  'indicator-no-breakdown': 'some indicators are not broken down by group',
  'follow-up-planned': 'a follow-up date, someone responsible and indicators are given',
  'follow-up-no-date': 'no follow-up date',
  'follow-up-no-owner': 'no one is responsible for the follow-up',
  'children-affected': 'children are affected',
  'children-not-affected': 'the screening says no children are affected',
  'best-interests-assessed': 'the child’s best interests are assessed',
  'best-interests-not-assessed': 'the child’s best interests are not assessed',
  'children-heard': 'children were heard',
  'children-not-heard': 'children were not heard',
  'vulnerable-children-described': 'children in vulnerable situations are described',
  'vulnerable-children-not-described': 'children in vulnerable situations are not described',
  'factor-group-present': 'a group defined by the factor is named',
  'factor-group-absent': 'no group defined by the factor is named',
  'factor-group-assessed': 'the groups defined by the factor have their consequences assessed',
  'factor-group-not-assessed': 'a group defined by the factor has no assessed consequence',
  'no-uncompensated-worse': 'no group gets worse on the dimensions without a compensating measure',
  'worse-uncompensated': 'a group gets worse on the dimensions and no measure compensates',
  'dimension-not-rated': 'some groups are not rated on the dimensions',
  'gaps-not-widening': 'gaps do not widen for any group',
  'gaps-widen': 'gaps widen for some groups',
  'gaps-not-assessed': 'some groups have no answer on gaps',
} as const;

export type FindingCode = keyof typeof FINDING_CODES;
export type ReasonCode = keyof typeof REASON_CODES;
export type EvidenceCode = keyof typeof EVIDENCE_CODES;
