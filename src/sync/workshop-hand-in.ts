/**
 * A workshop group hands in its assessment on the sync server: its copy is
 * written to its own hand-in document (`workshop/<code>/<groupId>`, see
 * ./workshop-doc.ts) with the session's code as its token, and the answer
 * says what truly became of it:
 * - received: the server checked it and the trainer's session holds it;
 * - refused: the server let the group in to no document of that code (a
 *   mistyped code, or a session already closed: the server gives the same
 *   answer for both);
 * - closed: the session closed while the hand-in was on its way;
 * - invalid: the server could not read it as an assessment;
 * - offline: the server could not be reached, or did not answer in time.
 * Loaded only when a group hands in, in a build with a sync server.
 */
import { HocuspocusProvider, HocuspocusProviderWebsocket } from '@hocuspocus/provider';
import * as Y from 'yjs';
import type { Assessment } from '../assessment/assessment';
import { groupToken } from './workshop-code';
import { handInMap, readReply } from './workshop-doc';

export type HandInOutcome = 'received' | 'refused' | 'closed' | 'invalid' | 'offline';

export interface HandInOptions {
  /** The server (ws:// or wss://). */
  url: string;
  /** The session's code (checked with readWorkshopCode). */
  code: string;
  /**
   * The hand-in's id, kept on the group's device for this copy (`g-` and a
   * UUID): not the copy's id, which its file shows, so that no one who has
   * seen the file can name the hand-in.
   */
  handInId: string;
  /** The group's copy; its name is the group's. */
  assessment: Assessment;
  /** How long to wait for the server's answer once connected (ms). */
  patience?: number;
  /** The WebSocket to use where there is no global one (Node). */
  WebSocketPolyfill?: unknown;
  /** The time of the hand-in; now by default. */
  now?: () => Date;
}

export function handInToServer(options: HandInOptions): Promise<HandInOutcome> {
  const { assessment } = options;
  const handedInAt = (options.now?.() ?? new Date()).toISOString();
  const doc = new Y.Doc();
  const socket = new HocuspocusProviderWebsocket({
    url: options.url,
    ...(options.WebSocketPolyfill ? { WebSocketPolyfill: options.WebSocketPolyfill } : {}),
  });
  return new Promise<HandInOutcome>((resolve) => {
    let done = false;
    let written = false;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const finish = (outcome: HandInOutcome) => {
      if (done) return;
      done = true;
      if (timer) clearTimeout(timer);
      // A socket still connecting reports its closing as an error; expected when giving up.
      socket.webSocket?.addEventListener?.('error', () => {});
      provider.destroy();
      socket.destroy();
      doc.destroy();
      resolve(outcome);
    };
    const provider = new HocuspocusProvider({
      websocketProvider: socket,
      name: `workshop/${options.code}/${options.handInId}`,
      document: doc,
      token: groupToken(options.code),
      onAuthenticationFailed: () => finish('refused'),
      // Closed before the server let it in: the server was not reached (a refusal is said by onAuthenticationFailed first).
      onClose: () => {
        if (!provider.isAuthenticated) finish('offline');
      },
      onSynced: ({ state }) => {
        // Written once, when the server's copy is first known, so the change is sent as one update the server answers
        // (a reconnect before the answer sends it again by itself, as Yjs does with what the server lacks).
        if (!state || done || written) return;
        written = true;
        doc.transact(() => {
          const map = handInMap(doc);
          map.set('group', assessment.name);
          map.set('handedInAt', handedInAt);
          map.set('assessment', JSON.parse(JSON.stringify(assessment)) as Record<string, unknown>);
        });
        timer = setTimeout(() => finish('offline'), options.patience ?? 20_000);
      },
      onStateless: ({ payload }) => {
        const reply = readReply(payload);
        if (reply?.handedInAt !== handedInAt) return;
        finish(reply.kind === 'hand-in.received' ? 'received' : reply.kind === 'hand-in.closed' ? 'closed' : 'invalid');
      },
    });
    provider.attach();
  });
}
