/**
 * Hands the glossary and the facilitator notes to the screens that show
 * them in context (field hints, step screens), and whether workshop mode is
 * on, without threading them through every component in between.
 */
import { useMemo, type ReactNode } from 'react';
import { glossary, workshop } from '../questionnaire/catalogue';
import { termIndex } from '../questionnaire/glossary';
import { GlossaryContext } from '../ui/glossary/glossary-context';
import { WorkshopContext } from '../ui/workshop/workshop-context';

const glossaryValue = { glossary, index: termIndex(glossary) };

export function ModelProviders({ workshopMode, children }: { workshopMode: boolean; children: ReactNode }) {
  const workshopValue = useMemo(() => ({ enabled: workshopMode, workshop }), [workshopMode]);
  return (
    <GlossaryContext.Provider value={glossaryValue}>
      <WorkshopContext.Provider value={workshopValue}>{children}</WorkshopContext.Provider>
    </GlossaryContext.Provider>
  );
}
