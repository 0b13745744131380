/**
 * The start page's list of question packs: what the setup holds as it loads
 * and changes, and removing an imported pack. Reading the list does not load
 * the setup: that waits until something beyond the start page is wanted
 * (./pack-provider.tsx), so a visitor who only reads the page fetches nothing.
 */
import { startTransition, useEffect, useState } from 'react';
import { packSetup, subscribePackSetup } from './registry';

export function usePackList() {
  const [setup, setSetup] = useState(packSetup);
  const [removed, setRemoved] = useState<string | undefined>();
  useEffect(() => {
    // A transition, so that parts of the start page still waiting to be hydrated keep their HTML (see ../later.tsx).
    const update = (next: ReturnType<typeof packSetup>) => startTransition(() => setSetup(next));
    // Loaded between the first render and now: shown at once.
    update(packSetup());
    return subscribePackSetup(update);
  }, []);
  const remove = async (id: string) => {
    await (await import('./import-pack')).removePack(id);
    setRemoved(id);
  };
  return { setup, removed, remove };
}
