/**
 * Saved assessments in IndexedDB. Every read is parsed with zod (a damaged
 * or foreign record is reported, never thrown and never allowed to hide the
 * others); every write is one transaction; `save` refuses to overwrite a
 * revision it was not based on, which is what keeps an older tab from
 * clobbering newer work.
 */
import { z } from 'zod';
import { ZAssessment, type Assessment } from '../assessment/assessment';
import { ZStoredAssessment } from '../assessment/migrations';
import { DB_NAME, STORE, inWriteTransaction, openDatabase, type WriteStore } from './database';
import { AlreadyExistsError, ConflictError, NotFoundError } from './errors';

/** One entry of `list()`: a readable assessment, or a damaged record with why it failed. */
export type Listed = { ok: true; assessment: Assessment } | { ok: false; id: string; raw: unknown; error: string };

/** The persistence API the app uses; see `openRepository`. */
export interface Repository {
  /**
   * Every record, newest `updatedAt` first (records without a readable date
   * last); one that does not parse comes back as `{ ok: false }`.
   */
  list(): Promise<Listed[]>;
  /** The assessment, or undefined when missing or damaged (see `getRaw`). */
  get(id: string): Promise<Assessment | undefined>;
  /** The stored value as it is, unparsed (for showing or exporting a damaged record). */
  getRaw(id: string): Promise<unknown>;
  /**
   * Stores a new assessment as given (revision unchanged); rejects with
   * `AlreadyExistsError` if the id is taken, or a `ZodError` if it does not parse.
   */
  create(assessment: Assessment): Promise<Assessment>;
  /**
   * Writes `assessment` as revision `basedOnRevision + 1` if the stored
   * revision is still `basedOnRevision`; otherwise rejects with a
   * `ConflictError` and writes nothing (also when the record was deleted or
   * cannot be read). Resolves with the stored record.
   */
  save(assessment: Assessment, basedOnRevision: number): Promise<Assessment>;
  /** Deletes the record (damaged or not); no error when it is already gone. */
  remove(id: string): Promise<void>;
  /** A copy under `newId` at revision 0, created and updated `now`, same name. */
  duplicate(id: string, newId: string, now: Date): Promise<Assessment>;
  /** Changes only the name, as a new revision (so an open tab's next save sees the change). */
  rename(id: string, name: string): Promise<Assessment>;
  /** Closes the connection (tests, or before deleting the database). */
  close(): void;
}

/** Options for `openRepository`. */
export interface RepositoryOptions {
  /** The clock for `updatedAt` stamps; tests pass a fixed one. */
  now?: () => Date;
}

/** Opens the database `dbName` and returns the repository on it. */
export async function openRepository(dbName: string = DB_NAME, options: RepositoryOptions = {}): Promise<Repository> {
  const db = await openDatabase(dbName);
  const now = options.now ?? (() => new Date());

  /** Reads and parses one record inside a write transaction. */
  async function readParsed(store: WriteStore, id: string) {
    const raw = await store.get(id);
    return { raw, parsed: raw === undefined ? undefined : ZStoredAssessment.safeParse(raw) };
  }

  return {
    async list() {
      // getAll and getAllKeys in one transaction return the same records in
      // the same (key) order. The updatedAt index is not used for ordering:
      // a damaged record may lack updatedAt and would be missing from it.
      const tx = db.transaction(STORE, 'readonly');
      const [values, keys] = await Promise.all([tx.store.getAll(), tx.store.getAllKeys(), tx.done]);
      return values.map((raw, i) => toListed(raw, String(keys[i]))).sort(newestFirst);
    },

    async get(id) {
      const result = ZStoredAssessment.safeParse(await db.get(STORE, id));
      return result.success ? result.data : undefined;
    },

    getRaw: (id) => db.get(STORE, id),

    async create(assessment) {
      // Parse before writing: never store something `list` would call damaged.
      const record = ZAssessment.parse(assessment);
      await inWriteTransaction(db, async (store) => {
        if ((await store.getKey(record.id)) !== undefined) throw new AlreadyExistsError(record.id);
        await store.add(record);
      });
      return record;
    },

    async save(assessment, basedOnRevision) {
      const record = ZAssessment.parse({ ...assessment, revision: basedOnRevision + 1, updatedAt: now().toISOString() });
      return inWriteTransaction(db, async (store) => {
        const { raw, parsed } = await readParsed(store, record.id);
        if (raw === undefined) throw new ConflictError(record.id, basedOnRevision, 'missing', undefined);
        // Never overwrite what we cannot read: it may be a newer app's format.
        if (!parsed?.success) throw new ConflictError(record.id, basedOnRevision, 'unreadable', undefined);
        if (parsed.data.revision !== basedOnRevision) throw new ConflictError(record.id, basedOnRevision, 'changed', parsed.data);
        await store.put(record);
        return record;
      });
    },

    async remove(id) {
      await db.delete(STORE, id);
    },

    async duplicate(id, newId, when) {
      return inWriteTransaction(db, async (store) => {
        const { parsed } = await readParsed(store, id);
        if (!parsed?.success) throw new NotFoundError(id);
        if ((await store.getKey(newId)) !== undefined) throw new AlreadyExistsError(newId);
        const stamp = when.toISOString();
        const copy: Assessment = { ...parsed.data, id: newId, revision: 0, createdAt: stamp, updatedAt: stamp };
        await store.add(copy);
        return copy;
      });
    },

    async rename(id, name) {
      const stamp = now().toISOString();
      return inWriteTransaction(db, async (store) => {
        const { parsed } = await readParsed(store, id);
        if (!parsed?.success) throw new NotFoundError(id);
        const renamed: Assessment = { ...parsed.data, name, revision: parsed.data.revision + 1, updatedAt: stamp };
        await store.put(renamed);
        return renamed;
      });
    },

    close: () => db.close(),
  };
}

/** Parses one stored value as an entry of `list()` (shared with the in-memory repository). */
export function toListed(raw: unknown, id: string): Listed {
  const result = ZStoredAssessment.safeParse(raw);
  if (result.success) return { ok: true, assessment: result.data };
  return { ok: false, id, raw, error: z.prettifyError(result.error) };
}

/** The time to sort by; damaged records without a usable date sort last. */
function sortTime(entry: Listed): number {
  const raw = entry.ok ? entry.assessment : entry.raw;
  const stamp = typeof raw === 'object' && raw !== null && 'updatedAt' in raw ? raw.updatedAt : undefined;
  const time = typeof stamp === 'string' ? Date.parse(stamp) : Number.NaN;
  return Number.isNaN(time) ? Number.NEGATIVE_INFINITY : time;
}

function entryId(entry: Listed): string {
  return entry.ok ? entry.assessment.id : entry.id;
}

/** The order of `list()`: newest `updatedAt` first, then by id. */
export function newestFirst(a: Listed, b: Listed): number {
  return sortTime(b) - sortTime(a) || entryId(a).localeCompare(entryId(b));
}
