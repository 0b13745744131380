import { numberText, type Text } from '../../assessment/answer-list';
import { useSubjectTranslation } from '../subject';

/** Resolves a `Text` of the answer list in the active language (a criterion worded as the questionnaire words it). */
export function useAnswerText() {
  const { t, i18n } = useSubjectTranslation();
  return (text: Text): string =>
    'key' in text ? t(`content:${text.key}`) : 'uiKey' in text ? t(text.uiKey) : 'number' in text ? numberText(i18n.language, text.number, text.unit) : text.text;
}
