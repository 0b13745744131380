/**
 * Hands the glossary and the facilitator notes to the screens that show
 * them in context (field hints, step screens), and whether workshop mode is
 * on, without threading them through every component in between. The data
 * is loaded after the first render (see model-extras.ts).
 */
import { useEffect, useMemo, useState, type ReactNode } from 'react';
import { GlossaryContext, type GlossaryValue } from '../ui/glossary/glossary-context';
import { WorkshopContext } from '../ui/workshop/workshop-context';
import type { Workshop } from '../questionnaire/workshop';

interface Extras {
  glossary: GlossaryValue;
  workshop: Workshop;
}

export function ModelProviders({ workshopMode, children }: { workshopMode: boolean; children: ReactNode }) {
  const [extras, setExtras] = useState<Extras | undefined>();
  useEffect(() => {
    let alive = true;
    import('./model-extras').then(
      (m) => alive && setExtras({ glossary: m.glossaryValue, workshop: m.workshop }),
      // Without them the screens still work, only without terms and notes; the console says why.
      (error: unknown) => console.warn('Glossary and facilitator notes not loaded', error),
    );
    return () => {
      alive = false;
    };
  }, []);
  const workshopValue = useMemo(() => ({ enabled: workshopMode, workshop: extras?.workshop }), [workshopMode, extras]);
  return (
    <GlossaryContext.Provider value={extras?.glossary}>
      <WorkshopContext.Provider value={workshopValue}>{children}</WorkshopContext.Provider>
    </GlossaryContext.Provider>
  );
}
