/**
 * One assessment shared with colleagues: its Yjs document kept in step with
 * the organisation's sync server, and what the page shows about it.
 *
 * - The state: offline (no connection; edits wait on the device and merge on
 *   reconnect), syncing (connected, edits on their way either way), synced
 *   (the server has everything), or refused (the server did not accept the
 *   token: signed out, or no right to this assessment).
 * - Colleagues: who else has the assessment open now, and in which step
 *   (presence, over Hocuspocus's awareness).
 * - With `persist`, the document is also kept in IndexedDB (y-indexeddb), so
 *   edits made offline survive a reload before they reach the server.
 *
 * Stopping disconnects and leaves the device's own copy of the assessment as
 * it is (the app keeps its copy in its own storage, as without sync). Loaded
 * only when sync is switched on: nothing in the first load imports it.
 */
import { HocuspocusProvider, HocuspocusProviderWebsocket } from '@hocuspocus/provider';
import { IndexeddbPersistence } from 'y-indexeddb';
import type * as Y from 'yjs';

export type SyncState = 'offline' | 'syncing' | 'synced' | 'refused';

export interface Colleague {
  /** The Yjs client id: one per open tab. */
  clientId: number;
  name: string;
  /** The step they have open, when they say. */
  step?: string;
}

export interface SessionOptions {
  /** The server (ws:// or wss://). */
  url: string;
  /** `assessment/<id>` (src/server/tokens.ts). */
  documentName: string;
  token: string | (() => Promise<string>);
  doc: Y.Doc;
  /** The user's name, shown to colleagues. */
  name: string;
  /** Keep the document in IndexedDB too, for offline edits across reloads (the browser; not in Node). */
  persist?: boolean;
  /** The WebSocket to use where there is no global one (Node). */
  WebSocketPolyfill?: unknown;
}

export interface SyncSession {
  doc: Y.Doc;
  state: () => SyncState;
  /** True when the server lets this user read only (a reviewer). */
  readOnly: () => boolean;
  colleagues: () => Colleague[];
  /** Calls `listener` whenever the state or the colleagues change; returns a function that stops it. */
  subscribe: (listener: () => void) => () => void;
  /** Tells colleagues which step this user has open (undefined: none). */
  setStep: (step: string | undefined) => void;
  /** Settles once the document kept on this device (with `persist`) is loaded; at once without `persist`. */
  loaded: Promise<void>;
  /** Disconnects; with `forget`, also deletes the document kept on this device (sharing switched off). */
  stop: (options?: { forget?: boolean }) => Promise<void>;
}

/** Deletes the IndexedDB database `name`; settles when it is gone (or could not be, which leaves it as it was). */
function deleteDatabase(name: string): Promise<void> {
  return new Promise((resolve) => {
    const request = indexedDB.deleteDatabase(name);
    request.onsuccess = () => resolve();
    request.onerror = () => resolve();
    // Another tab still has it open: the deletion waits for that tab, this need not.
    request.onblocked = () => resolve();
  });
}

interface Presence {
  user?: { name?: unknown; step?: unknown };
}

export function startSession(options: SessionOptions): SyncSession {
  const listeners = new Set<() => void>();
  const changed = () => listeners.forEach((listener) => listener());
  let connected = false;
  let synced = false;
  let unsynced = 0;
  let refused = false;
  let readOnly = false;
  let colleagues: Colleague[] = [];

  const persistence = options.persist ? new IndexeddbPersistence(options.documentName, options.doc) : undefined;
  const socket = new HocuspocusProviderWebsocket({
    url: options.url,
    ...(options.WebSocketPolyfill ? { WebSocketPolyfill: options.WebSocketPolyfill } : {}),
  });
  const provider = new HocuspocusProvider({
    websocketProvider: socket,
    name: options.documentName,
    document: options.doc,
    token: options.token,
    onStatus: ({ status }) => {
      connected = status === 'connected';
      if (!connected) synced = false;
      changed();
    },
    // The server closed this document's connection (it is stopping, or the token expired): not connected.
    onClose: () => {
      connected = false;
      synced = false;
      changed();
    },
    onSynced: ({ state }) => {
      synced = state;
      changed();
    },
    onUnsyncedChanges: ({ number }) => {
      unsynced = number;
      changed();
    },
    onAuthenticated: ({ scope }) => {
      refused = false;
      readOnly = scope === 'readonly';
      changed();
    },
    onAuthenticationFailed: () => {
      refused = true;
      changed();
    },
    onAwarenessChange: ({ states }) => {
      const own = options.doc.clientID;
      colleagues = states.flatMap((state): Colleague[] => {
        const user = (state as Presence).user;
        if (state.clientId === own || typeof user?.name !== 'string') return [];
        return [{ clientId: state.clientId, name: user.name, ...(typeof user.step === 'string' ? { step: user.step } : {}) }];
      });
      changed();
    },
  });
  // The document kept on the device is loaded before the server is asked: what the device had is then told
  // apart from what the server sends (share.ts takes the one or compares with the other).
  // A device whose storage refuses the document still shares; it then only lacks offline edits across reloads.
  const loaded = persistence ? persistence.whenSynced.then(() => undefined, () => undefined) : Promise.resolve();
  let stopped = false;
  void loaded.then(() => {
    if (!stopped) provider.attach();
  });
  provider.setAwarenessField('user', { name: options.name });

  return {
    doc: options.doc,
    state: () => (refused ? 'refused' : !connected ? 'offline' : !synced || unsynced > 0 ? 'syncing' : 'synced'),
    readOnly: () => readOnly,
    colleagues: () => colleagues,
    subscribe: (listener) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    setStep: (step) => provider.setAwarenessField('user', { name: options.name, ...(step ? { step } : {}) }),
    loaded,
    stop: async ({ forget = false } = {}) => {
      stopped = true;
      listeners.clear();
      provider.destroy();
      socket.destroy();
      await persistence?.destroy();
      // y-indexeddb's clearData does not wait for the deletion; sharing switched on again right after must
      // find nothing of the old document on the device, so this waits.
      if (forget && persistence) await deleteDatabase(options.documentName);
    },
  };
}
