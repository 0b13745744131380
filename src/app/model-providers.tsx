/**
 * Hands the glossary and the facilitator notes to the screens that show
 * them in context (field hints, step screens), whether workshop mode is on
 * (with its switch, and where the wizard tells the running workshop which
 * step is on the projector), without threading them through every
 * component in between. The data
 * is loaded after the first render (see model-extras.ts), together with the
 * rest of the active language's texts, which hold the glossary's and the
 * notes' wording and are not in the first load (see src/i18n/load.ts): the
 * two are only ever handed out together.
 */
import { startTransition, useEffect, useMemo, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { isLanguage } from '../i18n/languages';
import { ensureLanguage } from '../i18n/load';
import { GlossaryContext, type GlossaryValue } from '../ui/glossary/glossary-context';
import { WorkshopContext } from '../ui/workshop/workshop-context';
import type { Workshop } from '../questionnaire/workshop';
import { PackProvider } from './packs/pack-provider';
import { whenReady, whenWanted } from './ready';
import { routeHash } from './routes';

interface Extras {
  glossary: GlossaryValue;
  workshop: Workshop;
}

/**
 * A step shown in workshop mode, told to the running workshop (if any) so the
 * trainer's window follows it. The session code (with zod) loads only then,
 * to keep it out of the first page load.
 */
const onStep = (stepId: string) => {
  void Promise.all([import('./workshop-session-store'), import('./workshop-session')]).then(([store, session]) =>
    store.updateSession((running) => running && session.showStep(running, stepId)),
  );
};

export function ModelProviders({ workshopMode, onWorkshopModeChange, children }: { workshopMode: boolean; onWorkshopModeChange?: (on: boolean) => void; children: ReactNode }) {
  const { i18n } = useTranslation();
  const [extras, setExtras] = useState<Extras | undefined>();
  useEffect(() => {
    let alive = true;
    // A later language switch loads that language whole before it applies, so the texts stay complete.
    const lang = isLanguage(i18n.language) ? i18n.language : 'sv';
    // Not before the start page answers input and something beyond it is wanted (see whenWanted): nothing
    // on it needs them, and parsing the whole language is the largest piece of work after the first render.
    whenReady()
      .then(whenWanted)
      .then(() => Promise.all([import('./model-extras'), ensureLanguage(i18n, lang)]))
      .then(
      // A transition, so that parts of the start page still waiting to be hydrated keep their HTML (see later.tsx).
      ([m]) => alive && startTransition(() => setExtras({ glossary: m.glossaryValue, workshop: m.workshop })),
      // Without them the screens still work, only without terms and notes; the console says why.
      (error: unknown) => console.warn('Glossary and facilitator notes not loaded', error),
    );
    return () => {
      alive = false;
    };
  }, [i18n]);
  const workshopValue = useMemo(
    () => ({ enabled: workshopMode, workshop: extras?.workshop, onStep, trainerHref: routeHash({ name: 'trainer' }), ...(onWorkshopModeChange ? { setEnabled: onWorkshopModeChange } : {}) }),
    [workshopMode, extras, onWorkshopModeChange],
  );
  return (
    <GlossaryContext.Provider value={extras?.glossary}>
      <WorkshopContext.Provider value={workshopValue}>
        <PackProvider>{children}</PackProvider>
      </WorkshopContext.Provider>
    </GlossaryContext.Provider>
  );
}
