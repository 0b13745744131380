/**
 * A client of the sync server in Node, as the app is one in the browser: a
 * Yjs document synced over Hocuspocus's provider, with the ws package as the
 * WebSocket (Node 20 has none). For the load run and the integration tests.
 */
import { HocuspocusProvider, HocuspocusProviderWebsocket } from '@hocuspocus/provider';
import { WebSocket } from 'ws';
import * as Y from 'yjs';

export interface Client {
  doc: Y.Doc;
  provider: HocuspocusProvider;
  socket: HocuspocusProviderWebsocket;
  /** Resolves once the first sync with the server is done. */
  synced: Promise<void>;
  /** Resolves with the reason when the server refuses the token. */
  refused: Promise<string>;
  destroy: () => void;
}

export function connect(url: string, name: string, token: string, doc: Y.Doc = new Y.Doc()): Client {
  const socket = new HocuspocusProviderWebsocket({ url, WebSocketPolyfill: WebSocket, delay: 50, minDelay: 50, maxDelay: 500 });
  let onSynced: () => void = () => {};
  let onRefused: (reason: string) => void = () => {};
  const synced = new Promise<void>((resolve) => (onSynced = resolve));
  const refused = new Promise<string>((resolve) => (onRefused = resolve));
  const provider = new HocuspocusProvider({
    websocketProvider: socket,
    name,
    token,
    document: doc,
    onSynced: () => onSynced(),
    onAuthenticationFailed: ({ reason }) => onRefused(reason),
  });
  provider.attach();
  return {
    doc,
    provider,
    socket,
    synced,
    refused,
    destroy: () => {
      // A socket still connecting (a refused client retries) reports its closing as an error; it is expected here.
      socket.webSocket?.addEventListener?.('error', () => {});
      provider.destroy();
      socket.destroy();
    },
  };
}

/** Waits until `check` holds (polling), or fails after `ms`. */
export async function until(check: () => boolean, ms = 5000, what = 'the condition'): Promise<void> {
  const end = Date.now() + ms;
  while (!check()) {
    if (Date.now() > end) throw new Error(`Timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}
