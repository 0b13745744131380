/**
 * Puts the pack setup to work in the app: loads it once something beyond the
 * start page is wanted (as the rest of the model is, see ../ready.ts), adds
 * the texts of the packs in use to the i18n instance whenever the setup
 * loads or changes (an import, a removal), and offers the profile's
 * committees to the question tagged `meta-committee`, in the active
 * language.
 *
 * This component is in the first load; what it uses (the registry, the text
 * merging) comes after the start page answers input, so it adds next to
 * nothing to the first load's bytes.
 */
import { startTransition, useEffect, useMemo, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { isLanguage } from '../../i18n/languages';
import { SuggestionsContext, type Suggestions } from '../../ui/fields/suggestions';
import { whenReady, whenWanted } from '../ready';
import type { PackSetup } from './registry';

export function PackProvider({ children }: { children: ReactNode }) {
  const { i18n } = useTranslation();
  const [setup, setSetup] = useState<PackSetup | undefined>();
  useEffect(() => {
    let alive = true;
    let stop = () => {};
    void whenReady()
      .then(() => Promise.all([import('./registry'), import('../../i18n/pack-texts')]))
      .then(([registry, texts]) => {
        if (!alive) return;
        // Texts at once, before anyone awaiting the load goes on to show a pack's question.
        const apply = (next: PackSetup) => {
          texts.addPackTexts(i18n, next.packs);
          // A transition, so that parts of the start page still waiting to be hydrated keep their HTML (see ../later.tsx).
          if (alive) startTransition(() => setSetup(next));
        };
        stop = registry.subscribePackSetup(apply);
        // Loaded before this ran (by a screen that needed it): applied now.
        apply(registry.packSetup());
        return whenWanted().then(() => {
          if (alive) void registry.loadPackSetup();
        });
      });
    return () => {
      alive = false;
      stop();
    };
  }, [i18n]);
  const lang = isLanguage(i18n.language) ? i18n.language : 'sv';
  const suggestions = useMemo<Suggestions>(() => ({ 'meta-committee': setup?.organisation?.committees.map((names) => names[lang]) ?? [] }), [setup, lang]);
  return <SuggestionsContext.Provider value={suggestions}>{children}</SuggestionsContext.Provider>;
}
