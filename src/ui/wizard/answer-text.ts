import { useTranslation } from 'react-i18next';
import type { Text } from '../../assessment/answer-list';

/** Resolves a `Text` of the answer list in the active language. */
export function useAnswerText() {
  const { t } = useTranslation();
  return (text: Text): string =>
    'key' in text ? t(`content:${text.key}`) : 'uiKey' in text ? t(text.uiKey) : text.text;
}
