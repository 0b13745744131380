/**
 * The result's codes worded for the report, with the same text keys as the
 * results page (`results.*`, `findings.*`), so a status, a finding or a
 * reason reads the same on screen and on paper. Parameters (lists, criteria,
 * dimensions, recommendation numbers) are worded by `resultParams`, as on the
 * results page and in the CLI. (The report may not import the UI, so the few
 * lines that turn codes into keys live here too.)
 */
import type { AnswerRef, CriterionAnswer, CriterionResult, Finding, HeatmapCell, Params, Reason, Severity, Status } from '../assessment/result';
import { numberWord } from '../i18n/decision-text';
import { resultParams } from '../i18n/result-params';
import type { Language } from '../i18n/resources';
import type { Translate } from './types';

export type Effect = 'much-worse' | 'worse' | 'none' | 'better' | 'much-better' | 'dont-know' | 'not-answered';
const BY_SCORE: Effect[] = ['much-worse', 'worse', 'none', 'better', 'much-better'];
/** A sign beside the word, as on the results page, so the scale reads without colour. */
export const EFFECT_SIGN: Record<Effect, string> = { 'much-worse': '−−', worse: '−', none: '0', better: '+', 'much-better': '++', 'dont-know': '?', 'not-answered': '' };

/** The effect a heat-map cell shows (the results page's rule). */
export function effectOf(cell: HeatmapCell | undefined): Effect {
  if (!cell) return 'not-answered';
  if (cell.value === null) return cell.option ? 'dont-know' : 'not-answered';
  return BY_SCORE[Math.min(4, Math.max(0, Math.round(cell.value) + 2))]!;
}

/** A criterion id starts with its recommendation's id and a dot ("r3.best-interests"). */
const isCriterionId = (id: string) => /^r[1-5]\./.test(id);

export interface Wording {
  t: Translate;
  lang: Language;
  percent: (share: number) => string;
  status: (status: Status) => string;
  severity: (severity: Severity) => string;
  answer: (answer: CriterionAnswer) => string;
  effect: (effect: Effect) => string;
  reason: (reason: Reason) => string;
  /** What the answers show for a criterion's backing (`results.evidence.<code>`). */
  evidence: (reason: Reason) => string;
  /** Why a criterion counts other than answered (`results.note.<note>`); '' when it counts as answered. */
  note: (criterion: CriterionResult) => string;
  /** The heading over the criteria that count other than answered. */
  notesHeading: (count: number) => string;
  findingTitle: (finding: Finding) => string;
  findingSuggestion: (finding: Finding) => string;
  /** The finding's own suggestions (`content:suggestions.<id>`), when it has any. */
  findingSuggestions: (finding: Finding) => string[];
  /** "Gäller rekommendation 1, 4 och 5"; '' for a finding about the whole assessment. */
  findingConcerns: (finding: Finding) => string;
  stepTitle: (stepId: string) => string;
  refLabel: (ref: AnswerRef) => string;
  recommendationTitle: (id: string) => string;
  recommendationShort: (id: string) => string;
}

/**
 * Whom the words address: the results page and `npm run check` speak to the
 * author ("Ni svarade …", `results.*`); the report is read by a committee, so
 * its reasons and notes describe the assessment (`report.reasons.*`,
 * `report.note.*`: the same codes, said in the third person).
 */
export type Voice = 'author' | 'committee';

const upperFirst = (s: string) => s.charAt(0).toLocaleUpperCase() + s.slice(1);

/** Findings whose results-page title addresses the author ("ni har svarat"); the report has its own (`report.findingTitles.*`). */
export const COMMITTEE_TITLES: ReadonlySet<string> = new Set(['screening-contradiction', 'group-negative-unaddressed', 'lawfulness-failed', 'children-weighing-missing', 'not-relevant-contradicted']);

export function wording(t: Translate, lang: Language, voice: Voice = 'author'): Wording {
  const family = voice === 'committee' ? 'report' : 'results';
  const percentFormat = new Intl.NumberFormat(lang === 'sv' ? 'sv-SE' : 'en-GB', { style: 'percent', maximumFractionDigits: 0 });
  const params = (raw: Params | undefined) => resultParams(t, lang, raw);
  return {
    t,
    lang,
    percent: (share) => percentFormat.format(share),
    status: (status) => t(`results.status.${status}`),
    severity: (severity) => t(`results.severity.${severity}`),
    answer: (answer) => t(`results.answer.${answer}`),
    effect: (effect) => t(`results.effect.${effect}`),
    reason: (reason) => t(`${family}.reasons.${reason.code}`, params(reason.params)),
    evidence: (reason) => t(`results.evidence.${reason.code}`, params(reason.params)),
    note: (c) => (c.note ? t(`${family}.note.${c.note}`, { ...params({ criterion: c.id }), answer: t(`results.answer.${c.answer}`) }) : ''),
    notesHeading: (count) =>
      voice === 'committee'
        ? t('report.notesHeading', { count, countTextStart: upperFirst(numberWord(lang, count)) })
        : t('results.card.notesHeading', { count }),
    findingTitle: (finding) =>
      t(voice === 'committee' && COMMITTEE_TITLES.has(finding.code) ? `report.findingTitles.${finding.code}` : `findings.${finding.code}.title`, params(finding.params)),
    findingSuggestion: (finding) => t(`findings.${finding.code}.suggestion`, params(finding.params)),
    findingSuggestions: (finding) => (finding.suggestions ?? []).map((id) => t(`content:suggestions.${id}`)),
    findingConcerns: (finding) =>
      finding.recommendations.length ? t('results.card.concerns', { ...params({ recommendations: finding.recommendations }), count: finding.recommendations.length }) : '',
    stepTitle: (stepId) => t(`content:steps.${stepId}.title`),
    refLabel: (ref) => (isCriterionId(ref.questionId) ? t(`content:criteria.${ref.questionId}.label`) : t(`content:questions.${ref.questionId}.label`)),
    recommendationTitle: (id) => t(`content:recommendations.${id}.title`),
    recommendationShort: (id) => t(`content:recommendations.${id}.short`),
  };
}
