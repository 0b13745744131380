/**
 * What the report's sections say, apart from how they look: the line that
 * explains an empty section, the summary's short lists and its verdict, the
 * check's "not part of this branch" reason and each recommendation's
 * suggestions, and how a finding is introduced. Pure, so the PDF
 * (sections/*.tsx) and the HTML report (html/*.tsx) say exactly the same.
 */
import type { AssessmentResult, Finding, Reason, RecommendationResult } from '../assessment/result';
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

/** What can be done for a recommendation: its criteria's suggestions, then its findings'. */
export function suggestions(ctx: SectionCtx, rec: RecommendationResult, findings: Finding[]): string[] {
  return [...rec.suggestions.map((id) => ctx.t(`content:criteria.${id}.suggestion`)), ...findings.map((f) => ctx.w.findingSuggestion(f))];
}

/** The findings of one recommendation, in the result's order. */
export function findingsOf(result: AssessmentResult, rec: RecommendationResult): Finding[] {
  const byId = new Map(result.findings.map((f) => [f.id, f]));
  return rec.findings.flatMap((id) => byId.get(id) ?? []);
}

/** A finding's first line: how serious, and which recommendation it concerns. */
export function findingKicker(ctx: SectionCtx, f: Finding): string {
  return [ctx.w.severity(f.severity), f.recommendation ? ctx.t('results.findingConcerns', { number: Number(f.recommendation.slice(1)) }) : ''].filter(Boolean).join(' · ');
}
