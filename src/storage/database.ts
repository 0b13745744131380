/**
 * The IndexedDB database behind the repository: its schema, how it is
 * opened, and the one way this module writes to it.
 */
import { openDB, type DBSchema, type IDBPDatabase, type IDBPObjectStore } from 'idb';

/** The default database name; tests pass their own to stay isolated. (src/boot.ts asks whether it exists.) */
export const DB_NAME = 'jamlikhetskollen';
/** Bumped (with an upgrade step in `openDatabase`) whenever stores or indexes change. */
export const DB_VERSION = 1;
export const STORE = 'assessments';

/**
 * The database schema. Values are `unknown` on purpose: what comes back
 * from disk may have been written by an older or newer app, or damaged, so
 * it is parsed with zod on every read rather than trusted by type.
 */
export interface StorageSchema extends DBSchema {
  assessments: {
    key: string;
    value: unknown;
    indexes: { updatedAt: string };
  };
}

export type StorageDatabase = IDBPDatabase<StorageSchema>;
export type WriteStore = IDBPObjectStore<StorageSchema, ['assessments'], 'assessments', 'readwrite'>;

/** Opens (and on first use creates) the database `name`. */
export function openDatabase(name: string = DB_NAME): Promise<StorageDatabase> {
  return openDB<StorageSchema>(name, DB_VERSION, {
    upgrade(db, oldVersion) {
      // One step per version, so a user coming from any old version walks them all.
      if (oldVersion < 1) {
        const store = db.createObjectStore(STORE, { keyPath: 'id' });
        store.createIndex('updatedAt', 'updatedAt');
      }
    },
  });
}

/**
 * Runs `work` in one readwrite transaction and resolves once it has been
 * committed. If `work` throws (a failed check, a failed request) the
 * transaction is aborted, so nothing it wrote lands and the old record stays
 * intact. `work` must only await IndexedDB requests: awaiting anything else
 * lets the transaction auto-commit underneath it.
 */
export async function inWriteTransaction<T>(db: StorageDatabase, work: (store: WriteStore) => Promise<T>): Promise<T> {
  const tx = db.transaction(STORE, 'readwrite');
  // After an abort `tx.done` rejects as well; that is expected, and the
  // caller gets the original error below, so keep it from being "unhandled".
  tx.done.catch(() => undefined);
  try {
    const result = await work(tx.store);
    await tx.done;
    return result;
  } catch (error) {
    try {
      tx.abort();
    } catch {
      // Already aborted by the failed request, or already finished.
    }
    throw error;
  }
}

/**
 * Whether anything is stored in `name`, read without the repository (and the
 * zod schemas it parses every record with), so the start page can leave
 * opening it until needed when there is nothing to list.
 */
export async function hasSavedWork(name: string = DB_NAME): Promise<boolean> {
  const db = await openDatabase(name);
  try {
    return (await db.count(STORE)) > 0;
  } finally {
    db.close();
  }
}
