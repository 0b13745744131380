/**
 * The start page's list of question packs: what the setup holds as it loads
 * and changes, and removing an imported pack. The setup itself loads once
 * something beyond the start page is wanted (./pack-provider.tsx), so a
 * visitor who only reads the page fetches nothing; but where packs were
 * imported on this device it loads at once, to list them.
 */
import { startTransition, useEffect, useState } from 'react';
import { loadPackSetup, packSetup, subscribePackSetup } from './registry';

export function usePackList() {
  const [setup, setSetup] = useState(packSetup);
  const [removed, setRemoved] = useState<string | undefined>();
  useEffect(() => {
    // A transition, so that parts of the start page still waiting to be hydrated keep their HTML (see ../later.tsx).
    const update = (next: ReturnType<typeof packSetup>) => startTransition(() => setSetup(next));
    // Loaded between the first render and now: shown at once.
    update(packSetup());
    const stop = subscribePackSetup(update);
    // Packs imported here are listed without waiting for a press: the check asks the browser, not the network.
    void import('./imported').then(async (m) => {
      if (await m.hasImported()) void loadPackSetup();
    });
    return stop;
  }, []);
  const remove = async (id: string) => {
    try {
      await (await import('./import-pack')).removePack(id);
      setRemoved(id);
    } catch (error) {
      // Storage refused: the pack stays, and stays listed.
      console.warn('The question pack could not be removed', error);
    }
  };
  return { setup, removed, remove };
}
