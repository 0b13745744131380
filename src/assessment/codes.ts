/**
 * Every finding and reason code that `evaluate()` can produce. Readers word
 * them from `findings.<code>.title` / `.suggestion` and
 * `results.reasons.<code>` in the ui namespace; a content test checks that
 * every code has its texts in both languages.
 *
 * Parameter conventions: `group`, `measure` and `indicator` are the user's
 * own item names; `criterion` is a criterion id (readers show its label);
 * numbers are numbers.
 */
export const FINDING_CODES = {
  'negative-unaddressed': 'a group with a negative or mixed consequence and no measure addressing it',
  'unknown-unaddressed': 'a group whose consequence is unknown and no measure addresses it',
  'unjustified-difference': 'a negative difference for a group that is not judged lawful, justified and proportionate',
  'group-without-evidence': 'an affected group that no statistics and no dialogue covers',
  'children-rights-missing': 'children affected, but neither their best interests assessed nor their views sought',
  'best-interests-missing': 'children affected, but their best interests not assessed',
  'children-views-missing': 'children affected, but their views not sought',
  'indicator-no-breakdown': 'an indicator that is not broken down by group',
  'indicator-no-baseline': 'an indicator without a baseline',
  'labour-market-unaddressed': 'a group on income support or far from the labour market with no measure',
  'access-uncompensated': 'worse access for a group with no compensating measure for it',
  'screening-contradiction': '"no further analysis" although screening says groups are affected differently',
  'measure-no-owner': 'a measure with no one responsible',
  'measure-no-date': 'a measure with no date',
} as const;

export const REASON_CODES = {
  'criteria-summary': 'how many criteria are met, partly met and not met',
  'criterion-not-met': 'a criterion answered "no"',
  'criterion-partly': 'a criterion answered "partly"',
  'criterion-dont-know': 'a criterion answered "don’t know"',
  'criteria-unanswered': 'some criteria have no answer yet',
  'check-not-applicable': 'the screening chose a depth without the recommendation check',
  'all-not-relevant': 'every criterion was answered "not relevant"',
  'open-findings': 'findings of high or medium severity concern this recommendation',
  'children-not-affected': 'the screening says no children or young people are affected',
} as const;

export type FindingCode = keyof typeof FINDING_CODES;
export type ReasonCode = keyof typeof REASON_CODES;
