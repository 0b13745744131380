/**
 * Where the sync server keeps its documents: in PostgreSQL, one row per
 * document with its whole Yjs state as bytes, written by Hocuspocus's
 * database extension after changes (it debounces them) and read when a
 * document is first opened (the table is made on start when it is missing);
 * or, for a first try, in memory.
 */
import { Database } from '@hocuspocus/extension-database';
import { Pool } from 'pg';

const TABLE = 'jk_documents';

export interface DocumentStore {
  extension: Database;
  /** The names of every stored document (for tests and the admin). */
  names: () => Promise<string[]>;
  close: () => Promise<void>;
}

/**
 * Documents kept in this process's memory: they outlive every client's
 * disconnecting (Hocuspocus unloads a document no one has open) but not the
 * server. For a first try; a deployment sets DATABASE_URL.
 */
export function memoryStore(): DocumentStore {
  const states = new Map<string, Uint8Array>();
  return {
    extension: new Database({
      fetch: async ({ documentName }) => states.get(documentName) ?? null,
      store: async ({ documentName, state }) => {
        states.set(documentName, new Uint8Array(state));
      },
    }),
    names: async () => [...states.keys()].sort(),
    close: async () => {},
  };
}

/** Connects to `databaseUrl` (a postgres:// URL), makes the table if needed, and gives the extension that uses it. */
export async function postgresStore(databaseUrl: string): Promise<DocumentStore> {
  const pool = new Pool({ connectionString: databaseUrl, max: 5 });
  await pool.query(`CREATE TABLE IF NOT EXISTS ${TABLE} (name text PRIMARY KEY, state bytea NOT NULL, updated_at timestamptz NOT NULL DEFAULT now())`);
  const extension = new Database({
    fetch: async ({ documentName }) => {
      const result = await pool.query<{ state: Buffer }>(`SELECT state FROM ${TABLE} WHERE name = $1`, [documentName]);
      const row = result.rows[0];
      return row ? new Uint8Array(row.state) : null;
    },
    store: async ({ documentName, state }) => {
      await pool.query(
        `INSERT INTO ${TABLE} (name, state, updated_at) VALUES ($1, $2, now()) ON CONFLICT (name) DO UPDATE SET state = EXCLUDED.state, updated_at = now()`,
        [documentName, Buffer.from(state)],
      );
    },
  });
  return {
    extension,
    names: async () => (await pool.query<{ name: string }>(`SELECT name FROM ${TABLE} ORDER BY name`)).rows.map((r) => r.name),
    close: () => pool.end(),
  };
}
