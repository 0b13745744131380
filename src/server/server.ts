/**
 * The sync server an organisation hosts: Hocuspocus, with the documents in
 * memory (a first try) or in PostgreSQL (`databaseUrl`). The only logic of
 * our own is here and small:
 * - onAuthenticate: a signed token (tokens.ts) decides who opens which
 *   document, and whether read-only (a reviewer, a register reader);
 * - the register: after an assessment is stored, its line in the register
 *   document is written again (src/sync/register.ts);
 * - workshops (workshop-hook.ts): a group, whose token is the session's
 *   code, is let in to write its hand-in only while the session is open, and
 *   each hand-in is copied into the session's document for the trainer.
 * Nothing here logs a document's content: Hocuspocus runs quiet, and what
 * is logged names a document, never what it says.
 */
import { Server, type Hocuspocus } from '@hocuspocus/server';
import { ZAssessment } from '../assessment/assessment';
import { framework, questionnaires } from '../questionnaire/catalogue';
import { docToAssessment } from '../sync/binding';
import { registerLine, registerLines } from '../sync/register';
import { memoryStore, postgresStore, type DocumentStore } from './postgres';
import { access, documentRef, groupAccess, groupTokenCode, verifyToken } from './tokens';
import { workshopHook } from './workshop-hook';

export interface SyncServerOptions {
  /** The signing secret of the tokens (at least 32 characters). */
  secret: string;
  /** 0 (the default) for any free port. */
  port?: number;
  /** 127.0.0.1 by default; a deployment behind a reverse proxy keeps it so. */
  host?: string;
  /** A postgres:// URL; without it the documents live in this process's memory until the server stops. */
  databaseUrl?: string;
  /** How long the server waits after a change before it stores the document (ms; Hocuspocus's default is 2000). */
  debounce?: number;
  /** Today's date (YYYY-MM-DD) for the register's "next due"; the server's local date by default. */
  today?: () => string;
  /** Where to say that something went wrong (a document's name, never its content); console.error by default. */
  log?: (message: string) => void;
}

export interface SyncServer {
  /** ws://host:port */
  url: string;
  hocuspocus: Hocuspocus;
  store: DocumentStore;
  stop: () => Promise<void>;
}

/** The date today where the server runs, as YYYY-MM-DD. */
const localToday = () => new Date().toLocaleDateString('sv-SE');

/** What a connection carries once authenticated: who it is (for presence) and nothing of the token. */
export interface ConnectionContext {
  user: { id: string; name: string };
}

export async function startSyncServer(options: SyncServerOptions): Promise<SyncServer> {
  const { secret, log = (message) => console.error(message), today = localToday } = options;
  const store = options.databaseUrl ? await postgresStore(options.databaseUrl) : memoryStore();

  let hocuspocus: Hocuspocus | undefined;
  /** Writes the register line of the assessment in `document` (stored as `name`). */
  const updateRegister = async (name: string, document: Parameters<typeof docToAssessment>[0]) => {
    const ref = documentRef(name);
    if (ref?.kind !== 'assessment' || !hocuspocus) return;
    const parsed = ZAssessment.safeParse(docToAssessment(document, 0));
    const file = parsed.success ? questionnaires.find((q) => q.id === parsed.data.questionnaire.id) : undefined;
    if (!parsed.success || !file) {
      log(`The document ${name} is not an assessment this version can read; the register keeps its last line.`);
      return;
    }
    const line = registerLine(file, framework, parsed.data, today());
    const connection = await hocuspocus.openDirectConnection('register', { server: true });
    try {
      await connection.transact((doc) => {
        registerLines(doc).set(ref.id, line);
      });
    } finally {
      await connection.disconnect();
    }
  };

  const workshop = workshopHook(() => hocuspocus, store, log);

  const server = new Server({
    name: 'jamlikhetskollen',
    quiet: true,
    stopOnSignals: false,
    debounce: options.debounce ?? 2000,
    extensions: [store.extension],
    async onAuthenticate({ token, documentName, connectionConfig }): Promise<ConnectionContext> {
      const code = groupTokenCode(token);
      if (code !== undefined) {
        // A workshop group: its own hand-in, while the session is open; the same refusal for a wrong code and a closed session.
        if (groupAccess(code, documentName) === 'none' || !(await workshop.isOpen(code))) throw new Error('Not authorised');
        return { user: { id: documentName, name: documentName } };
      }
      const claims = await verifyToken(token, secret).catch(() => undefined);
      const right = claims ? access(claims, documentName) : 'none';
      // The same answer for a bad token and for no right to this document: nothing to learn from trying.
      if (!claims || right === 'none') throw new Error('Not authorised');
      if (right === 'read') connectionConfig.readOnly = true;
      return { user: { id: claims.sub, name: claims.name } };
    },
    async onChange({ documentName, document }) {
      await workshop.onChange(documentName, document);
    },
    async onStoreDocument({ documentName, document }) {
      await updateRegister(documentName, document).catch((error: unknown) =>
        log(`The register line of ${documentName} could not be written: ${(error as Error).name}`),
      );
    },
  });
  // Listening here rather than by server.listen(), which hands Node `address` where it reads `host` and so
  // listens on every interface: a server meant for 127.0.0.1 must not be reachable from elsewhere.
  const host = options.host ?? '127.0.0.1';
  await new Promise<void>((resolve, reject) => {
    server.httpServer.once('error', reject);
    server.httpServer.listen({ port: options.port ?? 0, host }, () => resolve());
  });
  hocuspocus = server.hocuspocus;
  const { port } = server.address;
  return {
    url: `ws://${host.includes(':') ? `[${host}]` : host}:${port}`,
    hocuspocus,
    store,
    stop: async () => {
      await server.destroy();
      // Hocuspocus closes each document's connection, but the sockets stay open (ws 8 leaves them to the
      // caller): end them, so every client sees the server gone and works offline until it is back.
      for (const client of server.webSocketServer.clients) client.terminate();
      await store.close();
    },
  };
}
