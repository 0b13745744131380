/**
 * Semantic tags: the vocabulary shared by questionnaire files and the generic
 * code that reads answers (evaluation rules, report cover, summaries). A rule
 * asks for "the question tagged `children-affected`", never for a particular
 * question id, so every questionnaire on this engine can use the same rules.
 *
 * A content test fails when a file uses a tag that is not listed here.
 */
export const QUESTION_TAGS = {
  'meta-title': 'the assessment title (cover, file names, lists)',
  'meta-organisation': 'the organisation responsible',
  'meta-committee': 'the committee or board that decides',
  'meta-decision-type': 'the kind of decision',
  'meta-date': 'the date of the assessment',
  'meta-assessors': 'who made the assessment',
  'meta-contact': 'contact address',
  'alternatives': 'the alternatives considered, including the zero alternative',
  'screening-outcome': 'no further analysis / light / full (options tagged below)',
  'screening-justification': 'why the chosen depth of analysis is enough',
  'affects-people': 'whether the proposal affects people at all',
  'affects-differently': 'whether groups could be affected differently',
  'children-affected': 'whether children or young people are affected',
  'affected-groups': 'the repeatable list of affected groups',
  'group-name': 'an affected group’s name',
  'group-factors': 'the grounds and factors that define an affected group',
  'evidence-statistics': 'statistics used and how they are broken down',
  'evidence-gaps': 'known knowledge gaps',
  'evidence-covers': 'which affected groups a piece of evidence concerns',
  'dialogue': 'the repeatable list of people and groups consulted',
  'dialogue-covers': 'which affected groups a dialogue reached',
  'children-views': 'whether children’s own views were sought',
  'child-best-interests': 'whether the child’s best interests were assessed',
  'consequence-rating': 'overall consequence for a group (options tagged below)',
  'consequence-dimension': 'an effect on one dimension (access, health …) on the effect scale',
  'access-dimension': 'a consequence dimension about access to the service',
  'gap-effect': 'whether gaps widen, stay or narrow',
  'lawful-justified': 'whether a negative difference is lawful, justified and proportionate',
  'measures': 'the repeatable list of adjustments and measures',
  'measure-addresses': 'which affected groups a measure addresses',
  'measure-owner': 'who is responsible for a measure',
  'measure-date': 'when a measure is to be done',
  'measure-cost': 'what a measure costs',
  'measure-compensates': 'a measure that compensates for worsened access',
  'indicator-breakdown': 'how an indicator is broken down by group',
  'indicator-baseline': 'the baseline of an indicator',
  'follow-up-date': 'when follow-up takes place',
  'overall-judgement': 'the overall judgement (options tagged below)',
  'uncertainties': 'remaining uncertainties',
  case: 'part of the case itself (title, proposal, alternatives): kept by a "case only" copy and by a workshop reset',
} as const;

export const OPTION_TAGS = {
  'dont-know': 'the answer "don’t know": collected as a knowledge gap',
  'not-relevant': 'the answer "not relevant": left out of scores',
  none: 'none of the others (exclusive)',
  yes: 'an affirmative answer',
  no: 'a negative answer',
  'no-analysis': 'screening: no further analysis',
  light: 'screening: light analysis',
  full: 'screening: full analysis',
  children: 'a factor that makes a group children or young people',
  'income-support': 'a factor: on income support or low income',
  'far-from-labour-market': 'a factor: far from the labour market',
  positive: 'a positive consequence',
  negative: 'a negative consequence',
  mixed: 'both positive and negative',
  neutral: 'no consequence',
  unknown: 'consequence not known',
  widens: 'gaps widen',
  narrows: 'gaps narrow',
  proceed: 'judgement: proceed',
  adjust: 'judgement: proceed with adjustments',
  rework: 'judgement: rework',
  reject: 'judgement: do not proceed',
} as const;

export type QuestionTag = keyof typeof QUESTION_TAGS;
export type OptionTag = keyof typeof OPTION_TAGS;
