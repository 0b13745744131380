/**
 * Names a text field may offer by the tag of its question: the committees of
 * the organisation's profile for the question tagged `meta-committee`. The
 * app provides them (src/app/packs/pack-provider.tsx) in the active
 * language; the field still takes any name typed.
 */
import { createContext, useContext } from 'react';

/** Suggested values by question tag. */
export type Suggestions = Readonly<Record<string, readonly string[]>>;

export const SuggestionsContext = createContext<Suggestions>({});

/** The values suggested for a question with `tags`, those of its first tag that has any. */
export function useSuggestions(tags: readonly string[] | undefined): readonly string[] {
  const suggestions = useContext(SuggestionsContext);
  for (const tag of tags ?? []) {
    const values = suggestions[tag];
    if (values?.length) return values;
  }
  return [];
}
