import { useTranslation } from 'react-i18next';
import { numberKey, type Text } from '../../assessment/answer-list';

/** Resolves a `Text` of the answer list in the active language. */
export function useAnswerText() {
  const { t } = useTranslation();
  return (text: Text): string =>
    'key' in text ? t(`content:${text.key}`) : 'uiKey' in text ? t(text.uiKey) : 'number' in text ? t(numberKey(text), { value: text.number }) : text.text;
}
