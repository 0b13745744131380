import { useEffect, useState } from 'react';

/**
 * The time now (ms since the epoch), renewed every `every` ms while `ticking`:
 * a running timer re-renders once a second, a paused one not at all. (The
 * session's times are clamped, so a value up to a second old is harmless.)
 */
export function useNow(ticking: boolean, every = 1000): number {
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    // A paused timer's time left does not depend on the time; a stale value here is never shown.
    if (!ticking) return;
    const timer = window.setInterval(() => setNow(Date.now()), every);
    return () => window.clearInterval(timer);
  }, [ticking, every]);
  return now;
}
