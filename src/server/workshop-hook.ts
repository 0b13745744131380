/**
 * Workshop sessions on the sync server (the documents are described in
 * src/sync/workshop-doc.ts):
 * - whether a session is open, read from the trainer's document, for
 *   onAuthenticate to let a group in only then;
 * - a group's hand-in, when it changes: checked as an imported file is and,
 *   while the session is open, copied into the session's document, so that
 *   the trainer reads one document; the group is then told what became of
 *   it (received, closed, or not an assessment this version reads), and its
 *   hand-in document is emptied, so that no one reads a hand-in there;
 * - a session closed: the groups still connected are disconnected, so no
 *   hand-in arrives after it.
 * What is logged names a document, never what it holds.
 */
import type { Document, Hocuspocus } from '@hocuspocus/server';
import { documentRef } from './tokens';
import type { DocumentStore } from './postgres';
import { handInMap, handInsMap, isSessionOpen, readOwnHandIn, storedHandIn, type HandInReply } from '../sync/workshop-doc';

export interface WorkshopHook {
  /** Whether groups may hand in to the session `code` now (false for a session that never was). */
  isOpen: (code: string) => Promise<boolean>;
  /** Called on every change of a document; acts on hand-ins and sessions only. */
  onChange: (name: string, document: Document) => Promise<void>;
}

export function workshopHook(hocuspocus: () => Hocuspocus | undefined, store: DocumentStore, log: (message: string) => void): WorkshopHook {
  const isOpen = async (code: string): Promise<boolean> => {
    const server = hocuspocus();
    const name = `workshop/${code}`;
    const loaded = server?.documents.get(name);
    if (loaded) return isSessionOpen(loaded);
    // Opening a document that was never stored would store an empty one: a mistyped code must leave nothing behind.
    if (!server || !(await store.names()).includes(name)) return false;
    const connection = await server.openDirectConnection(name, { server: true });
    try {
      return connection.document ? isSessionOpen(connection.document) : false;
    } finally {
      await connection.disconnect();
    }
  };

  // The group is told, then its hand-in document is emptied: the trainer's copy is the only one, and whoever
  // opens the hand-in document later (another group that somehow learnt its name) finds nothing in it.
  const reply = (document: Document, kind: HandInReply['kind'], handedInAt: string) => {
    document.broadcastStateless(JSON.stringify({ kind, handedInAt } satisfies HandInReply));
    document.transact(() => handInMap(document).clear());
  };

  const copyHandIn = async (name: string, document: Document, code: string, groupId: string) => {
    const handedInAt = handInMap(document).get('handedInAt');
    if (typeof handedInAt !== 'string') return;
    const handIn = readOwnHandIn(document, groupId);
    if (!handIn) {
      log(`The hand-in ${name} is not an assessment this version can read.`);
      reply(document, 'hand-in.invalid', handedInAt);
      return;
    }
    const server = hocuspocus();
    if (!server || !(await isOpen(code))) {
      reply(document, 'hand-in.closed', handedInAt);
      return;
    }
    const connection = await server.openDirectConnection(`workshop/${code}`, { server: true });
    try {
      await connection.transact((doc) => handInsMap(doc).set(groupId, storedHandIn(handIn)));
    } finally {
      await connection.disconnect();
    }
    reply(document, 'hand-in.received', handedInAt);
  };

  return {
    isOpen,
    onChange: async (name, document) => {
      const ref = documentRef(name);
      if (ref?.kind === 'hand-in') {
        await copyHandIn(name, document, ref.code, ref.groupId).catch((error: unknown) => log(`The hand-in ${name} could not be copied: ${(error as Error).name}`));
      } else if (ref?.kind === 'workshop' && !isSessionOpen(document)) {
        for (const other of hocuspocus()?.documents.keys() ?? []) if (other.startsWith(`${name}/`)) hocuspocus()?.closeConnections(other);
      }
    },
  };
}
