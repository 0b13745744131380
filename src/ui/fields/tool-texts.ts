/**
 * What the tool knows about a criterion, worded for the check step: the
 * answer the accepted answers decide ("Verktyget föreslår: Nej"), why
 * (`results.evidence.<code>`, the same words as on the results page), and
 * why the criterion applies when the assessment says it does. Nothing when
 * the answers so far say nothing about it.
 */
import { useTranslation } from 'react-i18next';
import type { CriterionEvidence } from '../../assessment/backing';
import { isLanguage } from '../../i18n/languages';
import { resultParams } from '../../i18n/result-params';
import type { ToolTexts } from './texts';

export function useToolTexts() {
  const { t, i18n } = useTranslation();
  const lang = isLanguage(i18n.language) ? i18n.language : 'sv';
  const word = (r: CriterionEvidence['reasons'][number]) => t(`results.evidence.${r.code}`, resultParams(t, lang, r.params));
  return (known: CriterionEvidence | undefined): ToolTexts | undefined => {
    if (!known) return undefined;
    const relevant = (known.relevant ?? []).map(word);
    const reasons = known.evidence === 'unchecked' ? [] : known.reasons.map(word);
    if (!known.proposal && reasons.length === 0 && relevant.length === 0) return undefined;
    return {
      ...(known.proposal ? { proposal: t('wizard.toolSuggests', { answer: t(`results.answer.${known.proposal}`) }) } : {}),
      reasons,
      relevant,
    };
  };
}
