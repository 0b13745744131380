/**
 * One item open at a time on a page, across its groups: when an item of one
 * group opens (added or edited), the other groups on the page fold their
 * finished items, as the group itself folds its own. Without this, the last
 * statistics source stays open below while the user goes on to add
 * consultations, and the page grows by a whole item.
 *
 * A page shows one form, so one channel for the whole app will do; the
 * group's name tells the groups apart.
 */
import { useEffect, useLayoutEffect, useRef } from 'react';

const channel = new EventTarget();
const EVENT = 'item-opened';

/** Says that an item of group `name` has just been opened. */
export function itemOpened(name: string): void {
  channel.dispatchEvent(new CustomEvent<string>(EVENT, { detail: name }));
}

/** Calls `fold` (as last rendered) when an item of another group than `name` opens. */
export function useFoldWhenOtherOpens(name: string, fold: () => void): void {
  // The newest `fold` sees the group's items as they are now; the listener stays subscribed across renders.
  const latest = useRef(fold);
  useLayoutEffect(() => {
    latest.current = fold;
  });
  useEffect(() => {
    const listener = (e: Event) => {
      if ((e as CustomEvent<string>).detail !== name) latest.current();
    };
    channel.addEventListener(EVENT, listener);
    return () => channel.removeEventListener(EVENT, listener);
  }, [name]);
}
