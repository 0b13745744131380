// The IndexedDB repository on fake-indexeddb: CRUD, ordering, damaged
// records, and the revision check that stops an older tab overwriting newer work.
// oxlint-disable-next-line import/no-unassigned-import -- installs the IndexedDB globals that idb uses
import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it } from 'vitest';
import { ZodError } from 'zod';
import { openDatabase, STORE } from '../../../src/storage/database';
import { AlreadyExistsError, ConflictError, NotFoundError } from '../../../src/storage/errors';
import { openRepository, type Repository } from '../../../src/storage/repository';
import { makeAssessment, uniqueDbName, withAnswer } from './fixtures';

const opened: Repository[] = [];
let clock = new Date('2026-03-01T12:00:00.000Z');

async function open(name = uniqueDbName()) {
  const repo = await openRepository(name, { now: () => clock });
  opened.push(repo);
  return repo;
}

/** Writes `raw` straight into the store, bypassing the repository's checks. */
async function putRaw(name: string, raw: unknown) {
  const db = await openDatabase(name);
  await db.put(STORE, raw);
  db.close();
}

afterEach(() => {
  opened.splice(0).forEach((repo) => repo.close());
});

describe('create, get, list', () => {
  it('stores a new assessment as given and reads it back', async () => {
    const repo = await open();
    const a = withAnswer(makeAssessment('a'), 'hello');
    await expect(repo.create(a)).resolves.toEqual(a);
    expect(await repo.get('a')).toEqual(a);
    expect(await repo.list()).toEqual([{ ok: true, assessment: a }]);
  });

  it('returns undefined for an unknown id', async () => {
    const repo = await open();
    expect(await repo.get('nope')).toBeUndefined();
    expect(await repo.getRaw('nope')).toBeUndefined();
  });

  it('refuses to create over an existing id and keeps the stored record', async () => {
    const repo = await open();
    const first = withAnswer(makeAssessment('a'), 'first');
    await repo.create(first);
    await expect(repo.create(withAnswer(makeAssessment('a'), 'second'))).rejects.toBeInstanceOf(AlreadyExistsError);
    expect(await repo.get('a')).toEqual(first);
  });

  it('refuses to store an invalid assessment', async () => {
    const repo = await open();
    const bad = { ...makeAssessment('a'), revision: -1 };
    await expect(repo.create(bad)).rejects.toBeInstanceOf(ZodError);
    expect(await repo.list()).toEqual([]);
  });

  it('lists newest updatedAt first', async () => {
    const repo = await open();
    await repo.create(makeAssessment('old', '2026-01-01T00:00:00.000Z'));
    await repo.create(makeAssessment('newest', '2026-01-03T00:00:00.000Z'));
    await repo.create(makeAssessment('middle', '2026-01-02T00:00:00.000Z'));
    const ids = (await repo.list()).map((e) => (e.ok ? e.assessment.id : e.id));
    expect(ids).toEqual(['newest', 'middle', 'old']);
  });
});

describe('damaged records', () => {
  it('lists a damaged record as damaged while the others still load', async () => {
    const name = uniqueDbName();
    const repo = await open(name);
    const good = makeAssessment('good', '2026-01-02T00:00:00.000Z');
    await repo.create(good);
    const junk = { id: 'junk', hello: 'world' };
    const future = { ...makeAssessment('future', '2026-01-05T00:00:00.000Z'), formatVersion: 99 };
    await putRaw(name, junk);
    await putRaw(name, future);

    const listed = await repo.list();
    // The newer-format record has a readable date, so it sorts by it; junk has none and goes last.
    expect(listed.map((e) => (e.ok ? e.assessment.id : e.id))).toEqual(['future', 'good', 'junk']);
    expect(listed[1]).toEqual({ ok: true, assessment: good });
    expect(listed[2]).toEqual({ ok: false, id: 'junk', raw: junk, error: expect.stringMatching(/\S/) });
    expect(await repo.get('junk')).toBeUndefined();
    expect(await repo.getRaw('junk')).toEqual(junk);
  });

  it('does not overwrite a record it cannot read', async () => {
    const name = uniqueDbName();
    const repo = await open(name);
    const future = { ...makeAssessment('a'), formatVersion: 99 };
    await putRaw(name, future);
    const error = await repo.save(makeAssessment('a'), 0).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ConflictError);
    expect((error as ConflictError).reason).toBe('unreadable');
    expect(await repo.getRaw('a')).toEqual(future);
  });

  it('removes a damaged record', async () => {
    const name = uniqueDbName();
    const repo = await open(name);
    await putRaw(name, { id: 'junk' });
    await repo.remove('junk');
    expect(await repo.list()).toEqual([]);
  });
});

describe('save and the revision check', () => {
  it('writes the next revision with a fresh updatedAt', async () => {
    const repo = await open();
    await repo.create(makeAssessment('a'));
    clock = new Date('2026-03-02T08:00:00.000Z');
    const saved = await repo.save(withAnswer(makeAssessment('a'), 'v1'), 0);
    expect(saved).toMatchObject({ revision: 1, updatedAt: '2026-03-02T08:00:00.000Z', answers: { note: 'v1' } });
    expect(await repo.get('a')).toEqual(saved);
    await expect(repo.save(withAnswer(saved, 'v2'), 1)).resolves.toMatchObject({ revision: 2 });
  });

  it('rejects a save based on a stale revision and leaves the stored record unchanged', async () => {
    const repo = await open();
    await repo.create(makeAssessment('a'));
    const newer = await repo.save(withAnswer(makeAssessment('a'), 'newer'), 0);

    const error = await repo.save(withAnswer(makeAssessment('a'), 'stale'), 0).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ConflictError);
    const conflict = error as ConflictError;
    expect(conflict.reason).toBe('changed');
    expect(conflict.basedOnRevision).toBe(0);
    expect(conflict.stored).toEqual(newer);
    expect(await repo.get('a')).toEqual(newer);
  });

  it('stops an older tab (another connection) from overwriting newer data', async () => {
    const name = uniqueDbName();
    const tabA = await open(name);
    const tabB = await open(name);
    await tabA.create(makeAssessment('a'));
    const loadedInB = (await tabB.get('a'))!;
    const fromA = await tabA.save(withAnswer(makeAssessment('a'), 'from A'), 0);
    await expect(tabB.save(withAnswer(loadedInB, 'from B'), loadedInB.revision)).rejects.toBeInstanceOf(ConflictError);
    expect(await tabB.get('a')).toEqual(fromA);
  });

  it('rejects saving a record that was deleted', async () => {
    const repo = await open();
    const error = await repo.save(makeAssessment('gone'), 0).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ConflictError);
    expect((error as ConflictError).reason).toBe('missing');
    expect(await repo.getRaw('gone')).toBeUndefined();
  });

  it('writes nothing when the new value is invalid', async () => {
    const repo = await open();
    const original = makeAssessment('a');
    await repo.create(original);
    await expect(repo.save({ ...original, createdAt: 42 as unknown as string }, 0)).rejects.toBeInstanceOf(ZodError);
    expect(await repo.get('a')).toEqual(original);
  });
});

describe('remove, duplicate, rename', () => {
  it('removes a record, and removing a missing one is not an error', async () => {
    const repo = await open();
    await repo.create(makeAssessment('a'));
    await repo.remove('a');
    await repo.remove('a');
    expect(await repo.get('a')).toBeUndefined();
    expect(await repo.list()).toEqual([]);
  });

  it('duplicates under a new id at revision 0, keeping name and answers', async () => {
    const repo = await open();
    await repo.create({ ...withAnswer(makeAssessment('a'), 'kept'), name: 'Budget 2026' });
    const original = await repo.save({ ...withAnswer(makeAssessment('a'), 'kept'), name: 'Budget 2026' }, 0);
    const now = new Date('2026-04-01T09:00:00.000Z');
    const copy = await repo.duplicate('a', 'b', now);
    expect(copy).toEqual({
      ...original,
      id: 'b',
      revision: 0,
      createdAt: now.toISOString(),
      updatedAt: now.toISOString(),
    });
    expect(await repo.get('b')).toEqual(copy);
    expect(await repo.get('a')).toEqual(original);
  });

  it('refuses to duplicate a missing record or onto an existing id', async () => {
    const repo = await open();
    const now = new Date();
    await expect(repo.duplicate('nope', 'b', now)).rejects.toBeInstanceOf(NotFoundError);
    await repo.create(makeAssessment('a'));
    await repo.create(withAnswer(makeAssessment('b'), 'b stays'));
    await expect(repo.duplicate('a', 'b', now)).rejects.toBeInstanceOf(AlreadyExistsError);
    expect((await repo.get('b'))?.answers).toEqual({ note: 'b stays' });
  });

  it('renames as a new revision, changing nothing else', async () => {
    const repo = await open();
    const original = withAnswer(makeAssessment('a'), 'x');
    await repo.create(original);
    clock = new Date('2026-05-01T00:00:00.000Z');
    const renamed = await repo.rename('a', 'Nytt namn');
    expect(renamed).toEqual({ ...original, name: 'Nytt namn', revision: 1, updatedAt: clock.toISOString() });
    expect(await repo.get('a')).toEqual(renamed);
    // A tab still editing revision 0 must not silently undo the rename.
    await expect(repo.save(original, 0)).rejects.toBeInstanceOf(ConflictError);
    await expect(repo.rename('nope', 'x')).rejects.toBeInstanceOf(NotFoundError);
  });
});
