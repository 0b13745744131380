/**
 * The trainer's collection of a workshop session's hand-ins, for React: the
 * sync code (src/sync/workshop-trainer.ts) is imported when a collection
 * starts, never with the workshop's first screens. Gives the state, the
 * hand-ins (checked assessments by group, the count growing as groups hand
 * in), whether the session is open, and closing it.
 */
import { useEffect, useRef, useState } from 'react';
import type { Collection, CollectionState, HandIn } from '../sync/workshop-trainer';

export type { CollectionState, HandIn } from '../sync/workshop-trainer';

export interface CollectionView {
  state: CollectionState;
  handIns: HandIn[];
  /** undefined until the session's document is read. */
  open: boolean | undefined;
  close: () => void;
}

/** The collection of session `code` on `server`; `open` opens it for hand-ins (the set-up), else it is only read (the debrief). */
export function useCollection(server: { url: string; token: string } | undefined, code: string | undefined, open: boolean): CollectionView | undefined {
  const [state, setState] = useState<CollectionState>('connecting');
  const [handIns, setHandIns] = useState<HandIn[]>([]);
  const [isOpen, setOpen] = useState<boolean | undefined>();
  const collection = useRef<Collection | undefined>(undefined);
  const url = server?.url;
  const token = server?.token;

  useEffect(() => {
    if (!url || !token || !code) return;
    let stopped = false;
    void import('../sync/workshop-trainer').then(({ startCollection }) => {
      if (stopped) return;
      collection.current = startCollection({ url, token, code, open, onHandIns: setHandIns, onState: setState, onOpen: setOpen });
    });
    return () => {
      stopped = true;
      collection.current?.stop();
      collection.current = undefined;
      setState('connecting');
      setHandIns([]);
      setOpen(undefined);
    };
  }, [url, token, code, open]);

  if (!url || !token || !code) return undefined;
  return { state, handIns, open: isOpen, close: () => collection.current?.close() };
}
