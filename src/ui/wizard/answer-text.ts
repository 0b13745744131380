import { numberText, type Text } from '../../assessment/answer-list';
import { longDate } from '../../i18n/dates';
import { isLanguage } from '../../i18n/languages';
import { useSubjectTranslation } from '../subject';

/**
 * Resolves a `Text` of the answer list in the active language (a criterion
 * worded as the questionnaire words it). A value of a date question reads in
 * the one long date style of the language ("4 december 2026"), as in the report.
 */
export function useAnswerText() {
  const { t, i18n } = useSubjectTranslation();
  const lang = isLanguage(i18n.language) ? i18n.language : 'sv';
  return (text: Text, type?: string): string => {
    if ('key' in text) return t(`content:${text.key}`);
    if ('uiKey' in text) return t(text.uiKey);
    if ('number' in text) return numberText(i18n.language, text.number, text.unit);
    return type === 'date' ? longDate(text.text, lang) : text.text;
  };
}
