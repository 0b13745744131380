/**
 * The trainer's side of a workshop session on the sync server: the session's
 * document (`workshop/<code>`, see ./workshop-doc.ts), opened with a token
 * that carries the trainer right. Opening it opens the session for hand-ins
 * (unless it was closed before: a closed session stays closed); `close()`
 * stops new hand-ins. The page gets the groups' hand-ins, checked, and the
 * state in the words of a register session (connecting, syncing, synced,
 * offline, refused), never the Yjs document.
 * Loaded only when the trainer collects on the server or the debrief reads
 * from it.
 */
import { HocuspocusProvider, HocuspocusProviderWebsocket } from '@hocuspocus/provider';
import * as Y from 'yjs';
import type { RegisterState } from './register-session';
import { isSessionOpen, readHandIns, sessionMap, type HandIn } from './workshop-doc';

export type { HandIn } from './workshop-doc';
export type CollectionState = RegisterState;

export interface CollectionOptions {
  url: string;
  token: string | (() => Promise<string>);
  code: string;
  /** True: open the session for hand-ins once connected (the set-up); false: only read it (the debrief). */
  open: boolean;
  onHandIns: (handIns: HandIn[]) => void;
  onState: (state: CollectionState) => void;
  /** Called with whether groups may hand in, whenever that changes. */
  onOpen?: (open: boolean) => void;
  WebSocketPolyfill?: unknown;
  now?: () => Date;
}

export interface Collection {
  state: () => CollectionState;
  handIns: () => HandIn[];
  isOpen: () => boolean;
  /** Whether the server has every change made here (the session opened or closed), as it acknowledged them. */
  sent: () => boolean;
  /** Stops new hand-ins, for good. */
  close: () => void;
  stop: () => void;
}

export function startCollection(options: CollectionOptions): Collection {
  const doc = new Y.Doc();
  const now = () => (options.now?.() ?? new Date()).toISOString();
  let tried = false;
  let connected = false;
  let synced = false;
  let refused = false;
  let handIns: HandIn[] = [];
  let reported: CollectionState | undefined;
  let open: boolean | undefined;
  const state = (): CollectionState => (refused ? 'refused' : connected ? (synced ? 'synced' : 'syncing') : tried ? 'offline' : 'connecting');
  const report = () => {
    const current = state();
    if (current !== reported) {
      reported = current;
      options.onState(current);
    }
  };
  const read = () => {
    handIns = readHandIns(doc);
    options.onHandIns(handIns);
    const nowOpen = isSessionOpen(doc);
    if (nowOpen !== open) {
      open = nowOpen;
      options.onOpen?.(nowOpen);
    }
  };
  doc.on('update', read);

  const socket = new HocuspocusProviderWebsocket({
    url: options.url,
    ...(options.WebSocketPolyfill ? { WebSocketPolyfill: options.WebSocketPolyfill } : {}),
  });
  const provider = new HocuspocusProvider({
    websocketProvider: socket,
    name: `workshop/${options.code}`,
    document: doc,
    token: options.token,
    onStatus: ({ status }) => {
      connected = status === 'connected';
      if (status !== 'connecting') tried = true;
      if (!connected) synced = false;
      report();
    },
    onClose: () => {
      tried = true;
      connected = false;
      synced = false;
      report();
    },
    onSynced: ({ state: done }) => {
      synced = done;
      if (done) {
        const session = sessionMap(doc);
        if (options.open && session.get('open') === undefined) {
          doc.transact(() => {
            session.set('open', true);
            session.set('openedAt', now());
          });
        }
        read();
      }
      report();
    },
    onAuthenticated: () => {
      refused = false;
      report();
    },
    onAuthenticationFailed: () => {
      tried = true;
      refused = true;
      report();
    },
  });
  provider.attach();
  report();

  return {
    state,
    handIns: () => handIns,
    isOpen: () => isSessionOpen(doc),
    sent: () => synced && !provider.hasUnsyncedChanges,
    close: () => {
      if (sessionMap(doc).get('closedAt') !== undefined) return;
      doc.transact(() => {
        sessionMap(doc).set('open', false);
        sessionMap(doc).set('closedAt', now());
      });
    },
    stop: () => {
      doc.off('update', read);
      socket.webSocket?.addEventListener?.('error', () => {});
      provider.destroy();
      socket.destroy();
      doc.destroy();
    },
  };
}

