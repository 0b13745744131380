/**
 * What an item of a repeatable group is called on screen: the name the user
 * gave it, or else the content's noun with its number ("Åtgärd 3",
 * "Group 2"). Never built from the question ("1. Post 1", "Add: Who have
 * you consulted?"): the question reads as a question, an item as a thing.
 */
import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';

/** `(groupQuestionId, index, label?) → title`; `index` counts from 0, the title from 1. */
export type ItemTitle = (groupQuestionId: string, index: number, label?: string) => string;

export function useItemTitle(): ItemTitle {
  const { t } = useTranslation();
  return useCallback(
    (groupQuestionId, index, label) => {
      const own = label?.trim();
      return own ? own : t(`content:questions.${groupQuestionId}.itemTitle`, { number: index + 1 });
    },
    [t],
  );
}
