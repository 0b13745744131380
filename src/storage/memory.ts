/**
 * The repository kept in memory, for when the browser will not let us use
 * IndexedDB (private mode, a policy, a full disk). It keeps the same
 * promises as the IndexedDB one (parsed reads, damaged records listed, the
 * revision check, copies rather than shared objects), so the rest of the app
 * cannot tell the difference, except that everything is gone when the tab
 * closes.
 */
import { ZAssessment, type Assessment } from '../assessment/assessment';
import { AlreadyExistsError, ConflictError, NotFoundError } from './errors';
import { newestFirst, toListed, type Repository, type RepositoryOptions } from './repository';

/**
 * A repository on a plain Map, starting with `records` (stored values as
 * they are, readable or damaged, each with a string `id`). Every write
 * checks everything first and then replaces one entry, so a failed write
 * changes nothing.
 */
export function createMemoryRepository(records: unknown[] = [], options: RepositoryOptions = {}): Repository {
  const now = options.now ?? (() => new Date());
  const store = new Map<string, unknown>();
  for (const raw of records) {
    const id = typeof raw === 'object' && raw !== null && 'id' in raw ? raw.id : undefined;
    if (typeof id === 'string') store.set(id, structuredClone(raw));
  }

  /** The stored record parsed, or undefined when missing or damaged. */
  function read(id: string): Assessment | undefined {
    const raw = store.get(id);
    if (raw === undefined) return undefined;
    const entry = toListed(structuredClone(raw), id);
    return entry.ok ? entry.assessment : undefined;
  }

  function put(record: Assessment): Assessment {
    store.set(record.id, structuredClone(record));
    return structuredClone(record);
  }

  return {
    async list() {
      return [...store.entries()].map(([id, raw]) => toListed(structuredClone(raw), id)).sort(newestFirst);
    },

    async get(id) {
      return read(id);
    },

    async getRaw(id) {
      return structuredClone(store.get(id));
    },

    async create(assessment) {
      const record = ZAssessment.parse(assessment);
      if (store.has(record.id)) throw new AlreadyExistsError(record.id);
      return put(record);
    },

    async save(assessment, basedOnRevision) {
      const record = ZAssessment.parse({ ...assessment, revision: basedOnRevision + 1, updatedAt: now().toISOString() });
      if (!store.has(record.id)) throw new ConflictError(record.id, basedOnRevision, 'missing', undefined);
      const stored = read(record.id);
      if (!stored) throw new ConflictError(record.id, basedOnRevision, 'unreadable', undefined);
      if (stored.revision !== basedOnRevision) throw new ConflictError(record.id, basedOnRevision, 'changed', stored);
      return put(record);
    },

    async remove(id) {
      store.delete(id);
    },

    async duplicate(id, newId, when) {
      const original = read(id);
      if (!original) throw new NotFoundError(id);
      if (store.has(newId)) throw new AlreadyExistsError(newId);
      const stamp = when.toISOString();
      return put({ ...original, id: newId, revision: 0, createdAt: stamp, updatedAt: stamp });
    },

    async rename(id, name) {
      const original = read(id);
      if (!original) throw new NotFoundError(id);
      return put({ ...original, name, revision: original.revision + 1, updatedAt: now().toISOString() });
    },

    close() {
      // Nothing to close; the data lives as long as the page.
    },
  };
}
