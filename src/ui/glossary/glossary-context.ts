import { createContext, useContext } from 'react';
import type { Glossary } from '../../questionnaire/glossary';

/** The glossary and, by step, question or criterion id, the terms used there. */
export interface GlossaryValue {
  glossary: Glossary;
  index: Map<string, string[]>;
}

export const GlossaryContext = createContext<GlossaryValue | undefined>(undefined);

/** The ids of the terms used by a step, question or criterion (none without a provider). */
export function useTermsFor(): (id: string) => string[] {
  const value = useContext(GlossaryContext);
  return (id) => value?.index.get(id) ?? [];
}
