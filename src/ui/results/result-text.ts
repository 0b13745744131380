/**
 * Wording for the results page. The result holds codes and parameters, not
 * sentences (see src/assessment/result.ts); this hook turns them into text in
 * the active language, in one place, so every part of the page words a
 * reason, a finding or a step the same way.
 */
import { useTranslation } from 'react-i18next';
import type { AnswerRef, Finding, Params, Reason } from '../../assessment/result';

/** A criterion id starts with its recommendation's id and a dot ("r3.best-interests"). */
export const isCriterionId = (id: string) => /^r[1-5]\./.test(id);

export function useResultText() {
  const { t, i18n } = useTranslation();
  const percentFormat = new Intl.NumberFormat(i18n.language, { style: 'percent', maximumFractionDigits: 0 });

  // Parameters name a criterion by its id so that each reader can word it;
  // here it becomes the criterion's statement in the active language.
  const params = (raw: Params | undefined): Params => {
    const out: Params = { ...raw };
    if (typeof out.criterion === 'string') out.criterion = t(`content:criteria.${out.criterion}.label`);
    return out;
  };

  return {
    t,
    percent: (share: number) => percentFormat.format(share),
    reason: (reason: Reason) => t(`results.reasons.${reason.code}`, params(reason.params)),
    findingTitle: (finding: Finding) => t(`findings.${finding.code}.title`, params(finding.params)),
    findingSuggestion: (finding: Finding) => t(`findings.${finding.code}.suggestion`, params(finding.params)),
    stepTitle: (stepId: string) => t(`content:steps.${stepId}.title`),
    /** The question (or criterion) an answer belongs to. */
    refLabel: (ref: AnswerRef) =>
      isCriterionId(ref.questionId) ? t(`content:criteria.${ref.questionId}.label`) : t(`content:questions.${ref.questionId}.label`),
  };
}

export type ResultText = ReturnType<typeof useResultText>;
