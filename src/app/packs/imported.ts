/**
 * The question packs imported on this device, in a small IndexedDB database
 * of their own (`jamlikhetskollen-packs`): opening the assessments' database
 * at a new version to add a store would have to wait for every open tab to
 * let go of it. Each pack is kept as the file said it (keyed by its id), and
 * parsed again on every load, so a later version of the app judges it by its
 * own rules.
 *
 * Reading never creates the database: a device where no pack was ever
 * imported keeps no trace of this feature.
 */
import { deleteDB, openDB, type DBSchema, type IDBPDatabase } from 'idb';

export const PACKS_DB = 'jamlikhetskollen-packs';
const VERSION = 1;
const STORE = 'packs';

/** A pack as stored: its id (the key), the file's content, and when it was imported. */
export interface StoredPack {
  id: string;
  raw: unknown;
  importedAt: string;
}

interface PacksSchema extends DBSchema {
  packs: { key: string; value: StoredPack };
}

function open(name: string): Promise<IDBPDatabase<PacksSchema>> {
  return openDB<PacksSchema>(name, VERSION, {
    upgrade(db, oldVersion) {
      if (oldVersion < 1) db.createObjectStore(STORE, { keyPath: 'id' });
    },
  });
}

/** Whether the database exists; true where the browser cannot list its databases (then it is opened). */
async function exists(name: string): Promise<boolean> {
  if (typeof indexedDB === 'undefined') return false;
  if (typeof indexedDB.databases !== 'function') return true;
  return (await indexedDB.databases()).some((db) => db.name === name);
}

/** Whether packs may have been imported here: the database exists (or the browser cannot tell). */
export async function hasImported(name: string = PACKS_DB): Promise<boolean> {
  try {
    return await exists(name);
  } catch {
    return false;
  }
}

/** Every imported pack, oldest import first; none where storage cannot be read. */
export async function readImported(name: string = PACKS_DB): Promise<StoredPack[]> {
  try {
    if (!(await exists(name))) return [];
    const db = await open(name);
    try {
      const all = await db.getAll(STORE);
      return all.filter((p) => typeof p?.id === 'string').sort((a, b) => (a.importedAt < b.importedAt ? -1 : a.importedAt > b.importedAt ? 1 : 0));
    } finally {
      db.close();
    }
  } catch {
    return [];
  }
}

/** Keeps an imported pack, replacing one of the same id. */
export async function storeImported(pack: StoredPack, name: string = PACKS_DB): Promise<void> {
  const db = await open(name);
  try {
    await db.put(STORE, pack);
  } finally {
    db.close();
  }
}

/** Removes the imported pack `id`. */
export async function removeImported(id: string, name: string = PACKS_DB): Promise<void> {
  if (!(await exists(name))) return;
  const db = await open(name);
  try {
    await db.delete(STORE, id);
  } finally {
    db.close();
  }
}

/** Deletes the whole database: every imported pack. */
export function deleteImported(name: string = PACKS_DB): Promise<void> {
  return deleteDB(name);
}
