/**
 * The register read from the organisation's sync server: the `register`
 * document, opened read-only with a token that carries the register right
 * (src/server/tokens.ts). The page gets plain lines, never the Yjs document,
 * so that nothing outside src/sync needs Yjs or Hocuspocus.
 *
 * States as for an assessment's session (./session.ts): offline (no
 * connection; the lines last received stay shown), syncing (connected, the
 * lines on their way), synced (the lines are the server's), refused (the
 * token does not give access to the register), and connecting before the
 * first attempt has ended, so that a slow start does not read as offline.
 * Loaded only when sync is
 * switched on and the register is opened.
 */
import { HocuspocusProvider, HocuspocusProviderWebsocket } from '@hocuspocus/provider';
import * as Y from 'yjs';
import { readRegister, type RegisterLine } from './register';
import type { SyncState } from './session';

export type { RegisterLine } from './register';

/** As an assessment's session, and `connecting` until the first attempt to reach the server has ended either way. */
export type RegisterState = SyncState | 'connecting';

export interface RegisterSessionOptions {
  /** The server (ws:// or wss://). */
  url: string;
  token: string | (() => Promise<string>);
  /** Called with every line, at the start and after every change of the register. */
  onLines: (lines: RegisterLine[]) => void;
  /** Called whenever the state changes. */
  onState: (state: RegisterState) => void;
  /** The WebSocket to use where there is no global one (Node). */
  WebSocketPolyfill?: unknown;
}

export interface RegisterSession {
  state: () => RegisterState;
  lines: () => RegisterLine[];
  stop: () => void;
}

export function startRegisterSession(options: RegisterSessionOptions): RegisterSession {
  const doc = new Y.Doc();
  let tried = false;
  let connected = false;
  let synced = false;
  let refused = false;
  let lines: RegisterLine[] = [];
  let reported: RegisterState | undefined;
  const state = (): RegisterState => (refused ? 'refused' : connected ? (synced ? 'synced' : 'syncing') : tried ? 'offline' : 'connecting');
  const report = () => {
    const now = state();
    if (now === reported) return;
    reported = now;
    options.onState(now);
  };
  const read = () => {
    lines = readRegister(doc);
    options.onLines(lines);
  };
  doc.on('update', read);

  const socket = new HocuspocusProviderWebsocket({
    url: options.url,
    ...(options.WebSocketPolyfill ? { WebSocketPolyfill: options.WebSocketPolyfill } : {}),
  });
  const provider = new HocuspocusProvider({
    websocketProvider: socket,
    name: 'register',
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
      // An empty register sends no update: the lines (none) are known once synced.
      if (done) read();
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
    lines: () => lines,
    stop: () => {
      doc.off('update', read);
      // A socket still connecting (a refused one retries) reports its closing as an error; expected when stopping.
      socket.webSocket?.addEventListener?.('error', () => {});
      provider.destroy();
      socket.destroy();
      doc.destroy();
    },
  };
}
