/**
 * Hands the glossary and the facilitator notes to the screens that show
 * them in context (field hints, step screens), and whether workshop mode is
 * on, without threading them through every component in between. The data
 * is loaded after the first render (see model-extras.ts), together with the
 * rest of the active language's texts, which hold the glossary's and the
 * notes' wording and are not in the first load (see src/i18n/load.ts): the
 * two are only ever handed out together.
 */
import { useEffect, useMemo, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { isLanguage } from '../i18n/languages';
import { ensureLanguage } from '../i18n/load';
import { GlossaryContext, type GlossaryValue } from '../ui/glossary/glossary-context';
import { WorkshopContext } from '../ui/workshop/workshop-context';
import type { Workshop } from '../questionnaire/workshop';

interface Extras {
  glossary: GlossaryValue;
  workshop: Workshop;
}

export function ModelProviders({ workshopMode, children }: { workshopMode: boolean; children: ReactNode }) {
  const { i18n } = useTranslation();
  const [extras, setExtras] = useState<Extras | undefined>();
  useEffect(() => {
    let alive = true;
    // A later language switch loads that language whole before it applies, so the texts stay complete.
    const lang = isLanguage(i18n.language) ? i18n.language : 'sv';
    Promise.all([import('./model-extras'), ensureLanguage(i18n, lang)]).then(
      ([m]) => alive && setExtras({ glossary: m.glossaryValue, workshop: m.workshop }),
      // Without them the screens still work, only without terms and notes; the console says why.
      (error: unknown) => console.warn('Glossary and facilitator notes not loaded', error),
    );
    return () => {
      alive = false;
    };
  }, [i18n]);
  const workshopValue = useMemo(() => ({ enabled: workshopMode, workshop: extras?.workshop }), [workshopMode, extras]);
  return (
    <GlossaryContext.Provider value={extras?.glossary}>
      <WorkshopContext.Provider value={workshopValue}>{children}</WorkshopContext.Provider>
    </GlossaryContext.Provider>
  );
}
