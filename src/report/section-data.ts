/**
 * What the report's sections say, apart from how they look: the line that
 * explains an empty section, the summary's short lists and its verdict, the
 * check's "not part of this branch" reason, each recommendation's
 * suggestions, why its status was held at "partly met" and where the user's
 * answers and what the assessment shows differ, how a finding is introduced,
 * and the assessment completed with known serious gaps. Pure, so the PDF
 * (sections/*.tsx), the HTML report (html/*.tsx) and the `check` CLI say
 * exactly the same.
 */
import type { AssessmentResult, Finding, Reason, RecommendationResult } from '../assessment/result';
import { numberWord } from '../i18n/decision-text';
import type { Language } from '../i18n/resources';
import type { Absence, Measure, ReportMeta, Translate } from './types';
import type { Wording } from './wording';

/** What a section needs besides its own data. */
export interface SectionCtx {
  t: Translate;
  lang: Language;
  w: Wording;
  depth: AssessmentResult['depth'];
}

/** How many findings and measures the summary lists; the rest are in their sections. */
export const SUMMARY_MAX = 5;

const DEPTH = { 'no-analysis': 'report.depth.noAnalysis', light: 'report.depth.light', full: 'report.depth.full' } as const;

/** The line printed instead of a section's content, saying why there is none. */
export function absenceText(ctx: SectionCtx, absence: Absence): string {
  if (absence === 'not-on-branch') {
    return ctx.depth ? ctx.t('report.empty.notOnBranch', { depth: ctx.t(DEPTH[ctx.depth]) }) : ctx.t('report.empty.notOnBranchPlain');
  }
  return ctx.t('report.empty.noAnswers');
}

/**
 * The summary's verdict: the overall judgement, or, on a branch that asks
 * for none (no further analysis), the depth of analysis.
 */
export function verdict(t: Translate, meta: ReportMeta): { label: string; value: string } {
  if (!meta.judgementAsked && meta.depth) return { label: t('report.cover.depth'), value: meta.depth };
  return { label: t('report.cover.status'), value: meta.judgement ?? t('report.cover.noJudgement') };
}

/** The first SUMMARY_MAX entries and a line for the rest, if any. */
export function firstFew<T>(all: T[], more: (count: number) => string): { shown: T[]; more?: string } {
  const shown = all.slice(0, SUMMARY_MAX);
  return all.length > shown.length ? { shown, more: more(all.length - shown.length) } : { shown };
}

/** A measure's owner and date for the summary ("Ansvarig: … · Datum: …"). */
export function measureDetails(t: Translate, m: Measure): string[] {
  return [
    m.owner.length ? `${t('report.measures.owner')}: ${m.owner.join(', ')}` : '',
    m.date.length ? `${t('report.measures.date')}: ${m.date.join(', ')}` : '',
  ].filter(Boolean);
}

/** The reason the check is not part of this branch, if so (one line instead of five blocks). */
export function checkNotApplicable(result: AssessmentResult): Reason | undefined {
  return result.recommendations.flatMap((r) => r.reasons).find((reason) => reason.code === 'check-not-applicable');
}

/** A recommendation's heading: "Rekommendation 1: …". */
export function recommendationHeading(ctx: SectionCtx, rec: RecommendationResult): string {
  return `${ctx.t('results.recommendationKicker', { number: Number(rec.id.slice(1)) })} ${ctx.w.recommendationTitle(rec.id)}`;
}

/**
 * What can be done about a finding: its own suggestions when it has any
 * (they fit its dimensions and kinds of measure), else the general advice
 * for its kind, as on the results page.
 */
export function findingAdvice(ctx: SectionCtx, f: Finding): string[] {
  const own = ctx.w.findingSuggestions(f);
  return own.length ? own : [ctx.w.findingSuggestion(f)];
}

/** What can be done for a recommendation: its criteria's suggestions, then its findings', each said once. */
export function suggestions(ctx: SectionCtx, rec: RecommendationResult, findings: Finding[]): string[] {
  return [...new Set([...rec.suggestions.map((id) => ctx.t(`content:criteria.${id}.suggestion`)), ...findings.flatMap((f) => findingAdvice(ctx, f))])];
}

/** The findings of one recommendation, in the result's order. */
export function findingsOf(result: AssessmentResult, rec: RecommendationResult): Finding[] {
  const byId = new Map(result.findings.map((f) => [f.id, f]));
  return rec.findings.flatMap((id) => byId.get(id) ?? []);
}

/** A finding's first line: how serious, and every recommendation it concerns. */
export function findingKicker(ctx: SectionCtx, f: Finding): string {
  return [ctx.w.severity(f.severity), ctx.w.findingConcerns(f)].filter(Boolean).join(' · ');
}

/** A finding in a short list: "Allvarligt: …". */
export const findingLine = (ctx: SectionCtx, f: Finding) => `${ctx.w.severity(f.severity)}: ${ctx.w.findingTitle(f)}`;

/** The reason code that says an open serious finding held a status at "partly met". */
export const CAPPED = 'capped-by-finding';

/**
 * Why a recommendation's status was held at "partly met", said right under
 * the status; undefined when it was not. The result's own reason when it
 * gives one, else the results page's line.
 */
export function cappedText(ctx: SectionCtx, rec: RecommendationResult): string | undefined {
  if (!rec.capped) return undefined;
  const reason = rec.reasons.find((r) => r.code === CAPPED);
  return reason ? ctx.w.reason(reason) : ctx.t('results.card.capped');
}

/** The reasons listed under "why", without the capped reason (said under the status). */
export const otherReasons = (rec: RecommendationResult) => rec.reasons.filter((r) => r.code !== CAPPED);

/** The share of a recommendation, as the results page says it (what was shown, over the criteria that count). */
export const shareText = (ctx: SectionCtx, share: number) => ctx.t('results.card.share', { percent: ctx.w.percent(share) });

/**
 * Where what the user answered and what the assessment shows differ, one
 * entry per criterion that counts other than answered: the criterion, what
 * was answered, why it counts otherwise (its note, which says how it counts)
 * and what the answers show (its evidence reasons).
 */
export interface Difference {
  id: string;
  criterion: string;
  /** "Ert svar: Ja". */
  claim: string;
  /** The note, then what the answers show, each a line. */
  why: string[];
}

export function differences(ctx: SectionCtx, rec: RecommendationResult): Difference[] {
  const { t, w } = ctx;
  return rec.criteria
    .filter((c) => c.note !== undefined)
    .map((c) => {
      // What the answers show, as the results page says it: why a claim is not shown, or why a "not relevant" is refused.
      const shown = c.evidenceReasons.map((r) => w.evidence(r));
      return {
        id: c.id,
        criterion: t(`content:criteria.${c.id}.label`),
        claim: `${t('report.check.answer')}: ${w.answer(c.answer)}`,
        why: [w.note(c), ...(shown.length ? [`${t('results.card.shownLabel')} ${shown.join(' ')}`] : [])].filter(Boolean),
      };
    });
}

/** The heading over the differences: "2 kriterier räknas inte som ni svarade" (to the author) or "… som svaren anger" (in the report). */
export const differencesHeading = (ctx: SectionCtx, count: number) => ctx.w.notesHeading(count);

/**
 * The assessment was completed with serious findings still open: the
 * sentence that says so, the user's reason, and those findings as lines
 * (the ones the result still holds). Undefined when it was not.
 */
export function knownGapsData(ctx: SectionCtx, result: AssessmentResult): { intro: string; reasonLabel: string; reason: string; findings: string[] } | undefined {
  const gaps = result.knownGaps;
  if (!gaps) return undefined;
  const byId = new Map(result.findings.map((f) => [f.id, f]));
  const findings = gaps.findings.flatMap((id) => byId.get(id) ?? []);
  return {
    // Numbers one to twelve in words in running text (Myndigheternas skrivregler).
    intro: ctx.t('report.knownGaps.intro', { count: findings.length, countText: numberWord(ctx.lang, findings.length) }),
    reasonLabel: ctx.t('report.knownGaps.reason'),
    reason: gaps.reason.trim() || ctx.t('report.knownGaps.noReason'),
    findings: findings.map((f) => findingLine(ctx, f)),
  };
}
