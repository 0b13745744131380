/**
 * Workshop mode: a preference of this device (not part of any assessment),
 * remembered in localStorage and shown as `data-view="presenter"` on
 * `<html>`, which switches the stylesheet to the presenter theme.
 */
import { useCallback, useLayoutEffect, useState } from 'react';

const KEY = 'jamlikhetskollen.workshop.v1';

/** The remembered choice; off unless it was switched on here before. */
export function initialWorkshopMode(): boolean {
  try {
    return localStorage.getItem(KEY) === 'on';
  } catch {
    // Storage can be blocked (private mode, policy); off is the safe default.
    return false;
  }
}

/** Remembers the choice on this device. */
export function rememberWorkshopMode(on: boolean): void {
  try {
    localStorage.setItem(KEY, on ? 'on' : 'off');
  } catch {
    // Not remembering the mode is harmless: it is only a preference.
  }
}

/** The mode and a setter that remembers it; keeps `<html data-view>` in step before paint. */
export function useWorkshopMode(): [boolean, (on: boolean) => void] {
  const [on, setOn] = useState(initialWorkshopMode);
  useLayoutEffect(() => {
    if (on) document.documentElement.dataset.view = 'presenter';
    else delete document.documentElement.dataset.view;
  }, [on]);
  const change = useCallback((next: boolean) => {
    rememberWorkshopMode(next);
    setOn(next);
  }, []);
  return [on, change];
}
