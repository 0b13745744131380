/**
 * Wording for the results page. The result holds codes and parameters, not
 * sentences (see src/assessment/result.ts); this hook turns them into text in
 * the active language, in one place, so every part of the page words a
 * reason, a finding or a step the same way. Parameters (lists, criteria,
 * dimensions, recommendation numbers) are worded by `resultParams`, as the
 * report and the CLI word them.
 */
import { useSubjectTranslation } from '../subject';
import type { AnswerRef, CriterionResult, Finding, Reason } from '../../assessment/result';
import { isLanguage } from '../../i18n/languages';
import { resultParams } from '../../i18n/result-params';

/** A criterion id starts with its recommendation's id and a dot ("r3.best-interests"). */
export const isCriterionId = (id: string) => /^r[1-5]\./.test(id);

export function useResultText() {
  // Criteria and findings are worded for what the questionnaire assesses (a proposal or a service).
  const { t, i18n } = useSubjectTranslation();
  const lang = isLanguage(i18n.language) ? i18n.language : 'sv';
  const percentFormat = new Intl.NumberFormat(i18n.language, { style: 'percent', maximumFractionDigits: 0 });
  const params = (raw: Reason['params']) => resultParams(t, lang, raw);

  return {
    t,
    lang,
    percent: (share: number) => percentFormat.format(share),
    reason: (reason: Reason) => t(`results.reasons.${reason.code}`, params(reason.params)),
    /** What the answers show for a criterion's backing ("Ingen dialog är registrerad."). */
    evidence: (reason: Reason) => t(`results.evidence.${reason.code}`, params(reason.params)),
    /** Why a criterion counts other than answered ("Ni svarade Ja, men …"). */
    note: (c: CriterionResult) =>
      c.note ? t(`results.note.${c.note}`, { ...params({ criterion: c.id }), answer: t(`results.answer.${c.answer}`) }) : '',
    findingTitle: (finding: Finding) => t(`findings.${finding.code}.title`, params(finding.params)),
    /** The finding's own suggestions when it has any, else the general advice for its kind. */
    findingSuggestions: (finding: Finding): string[] =>
      finding.suggestions?.length
        ? finding.suggestions.map((id) => t(`content:suggestions.${id}`))
        : [t(`findings.${finding.code}.suggestion`, params(finding.params))],
    /** "Gäller rekommendation 1, 4 och 5"; empty for a finding about the whole assessment. */
    findingConcerns: (finding: Finding) =>
      finding.recommendations.length
        ? t('results.card.concerns', { ...params({ recommendations: finding.recommendations }), count: finding.recommendations.length })
        : '',
    stepTitle: (stepId: string) => t(`content:steps.${stepId}.title`),
    /** The question (or criterion) an answer belongs to. */
    refLabel: (ref: AnswerRef) =>
      isCriterionId(ref.questionId) ? t(`content:criteria.${ref.questionId}.label`) : t(`content:questions.${ref.questionId}.label`),
  };
}

export type ResultText = ReturnType<typeof useResultText>;
