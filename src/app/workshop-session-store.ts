/**
 * The running workshop in this browser: kept in localStorage (a reload or a
 * crash loses nothing) and broadcast to the other windows of the same
 * browser over a BroadcastChannel, with the `storage` event as the fallback
 * where there is no channel, so the projected view and the trainer's window
 * stay in step. React reads it with `useWorkshopSession`.
 */
import { useSyncExternalStore } from 'react';
import { newer, parseSession, type WorkshopSession } from './workshop-session';

const KEY = 'jamlikhetskollen.workshop-session.v1';
const CHANNEL = 'jamlikhetskollen.workshop-session';

type Listener = () => void;

let current: WorkshopSession | undefined;
let loaded = false;
/** The highest `seq` seen, so that a workshop started after one ended still counts as newer. */
let lastSeq = 0;
const listeners = new Set<Listener>();
let channel: BroadcastChannel | undefined;

function read(): WorkshopSession | undefined {
  try {
    const text = localStorage.getItem(KEY);
    return text ? parseSession(JSON.parse(text)) : undefined;
  } catch {
    // Blocked storage or a damaged value: no workshop is running as far as this window knows.
    return undefined;
  }
}

function write(session: WorkshopSession | undefined): void {
  try {
    if (session) localStorage.setItem(KEY, JSON.stringify(session));
    else localStorage.removeItem(KEY);
  } catch {
    // Without storage the windows still follow each other over the channel; only a reload forgets.
  }
}

function set(next: WorkshopSession | undefined): void {
  if (next === current) return;
  current = next;
  if (next) lastSeq = Math.max(lastSeq, next.seq);
  for (const listener of listeners) listener();
}

/** Starts listening to the other windows (once, on first use). */
function connect(): void {
  if (loaded) return;
  loaded = true;
  set(read());
  if (typeof BroadcastChannel === 'function') {
    channel = new BroadcastChannel(CHANNEL);
    channel.onmessage = (event: MessageEvent<unknown>) => {
      const data = event.data as { session?: unknown } | null;
      if (!data || typeof data !== 'object') return;
      set(data.session === null ? undefined : newer(current, parseSession(data.session)));
    };
  }
  // The storage event also reaches windows where the channel exists; `newer` makes the second copy harmless.
  window.addEventListener('storage', (event) => {
    if (event.key !== KEY) return;
    set(event.newValue ? newer(current, parseSession(JSON.parse(event.newValue))) : undefined);
  });
}

function subscribe(listener: Listener): () => void {
  connect();
  listeners.add(listener);
  return () => listeners.delete(listener);
}

export function getSession(): WorkshopSession | undefined {
  connect();
  return current;
}

/**
 * Changes the workshop with `change` (given the state and the time now) and
 * tells the other windows; `undefined` ends it. A change that changes
 * nothing is not sent.
 */
export function updateSession(change: (session: WorkshopSession | undefined, now: number) => WorkshopSession | undefined): void {
  const before = getSession();
  const after = change(before, Date.now());
  if (after === before) return;
  const next = after && { ...after, seq: lastSeq + 1 };
  set(next);
  write(next);
  channel?.postMessage({ session: next ?? null });
}

/** The running workshop, or undefined; re-renders when any window changes it. */
export function useWorkshopSession(): WorkshopSession | undefined {
  return useSyncExternalStore(subscribe, getSession, () => undefined);
}
