// The move to memory: when IndexedDB cannot be opened, or a write hits the
// quota, work goes on in memory with nothing lost, the failed write is
// redone there, and the database keeps its last whole record.
// oxlint-disable-next-line import/no-unassigned-import -- installs the IndexedDB globals that idb uses
import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { openDatabase, STORE } from '../../../src/storage/database';
import { ConflictError } from '../../../src/storage/errors';
import { isQuotaError, openWithFallback, withFallback, type StorageMode } from '../../../src/storage/fallback';
import { openRepository } from '../../../src/storage/repository';
import { makeAssessment, uniqueDbName, withAnswer } from './fixtures';

const quota = () => new DOMException('The quota has been exceeded.', 'QuotaExceededError');
const realPut = IDBObjectStore.prototype.put;

/** Makes every IndexedDB put from now on fail as a full disk does. */
function fillDisk() {
  IDBObjectStore.prototype.put = () => {
    throw quota();
  };
}

afterEach(() => {
  IDBObjectStore.prototype.put = realPut;
});

async function persistent(name = uniqueDbName()) {
  return withFallback(await openRepository(name));
}

/** The record in the database itself, past the repository. */
async function onDisk(name: string, id: string) {
  const db = await openDatabase(name);
  const value = await db.get(STORE, id);
  db.close();
  return value;
}

describe('isQuotaError', () => {
  it('knows the quota errors of the browsers and nothing else', () => {
    expect(isQuotaError(quota())).toBe(true);
    expect(isQuotaError({ name: 'NS_ERROR_DOM_QUOTA_REACHED' })).toBe(true);
    expect(isQuotaError(new DOMException('x', 'ConstraintError'))).toBe(false);
    expect(isQuotaError(new ConflictError('a', 0, 'changed', undefined))).toBe(false);
    expect(isQuotaError(new Error('QuotaExceededError'))).toBe(false);
    expect(isQuotaError(undefined)).toBe(false);
  });
});

describe('opening', () => {
  it('uses IndexedDB when it opens', async () => {
    const repo = await openWithFallback(() => openRepository(uniqueDbName()));
    expect(repo.mode()).toEqual({ kind: 'persistent' });
    repo.close();
  });

  it('goes on in memory when IndexedDB cannot be opened, with every operation working', async () => {
    const repo = await openWithFallback(() => Promise.reject(new DOMException('blocked', 'SecurityError')));
    expect(repo.mode()).toEqual({ kind: 'memory', reason: 'unavailable' });
    expect(repo.holdsWork()).toBe(false);
    await repo.create(makeAssessment('a'));
    expect(repo.holdsWork()).toBe(true);
    await repo.save(withAnswer(makeAssessment('a'), 'typed'), 0);
    await repo.duplicate('a', 'b', new Date('2026-02-01T00:00:00.000Z'));
    await repo.remove('a');
    const listed = await repo.list();
    expect(listed).toEqual([{ ok: true, assessment: expect.objectContaining({ id: 'b', answers: { note: 'typed' } }) }]);
  });
});

describe('quota used up during work', () => {
  it('redoes the failed save in memory, keeps the other records and leaves the disk record whole', async () => {
    const name = uniqueDbName();
    const repo = await persistent(name);
    const onChange = vi.fn<(mode: StorageMode) => void>();
    repo.onModeChange(onChange);
    await repo.create(makeAssessment('a'));
    const other = await repo.create(makeAssessment('other', '2026-01-05T00:00:00.000Z'));
    const saved = await repo.save(withAnswer(makeAssessment('a'), 'first'), 0);

    expect(repo.holdsWork()).toBe(false);
    fillDisk();
    const kept = await repo.save(withAnswer(saved, 'newest'), 1);
    expect(repo.holdsWork()).toBe(true);
    expect(kept).toMatchObject({ id: 'a', revision: 2, answers: { note: 'newest' } });
    expect(repo.mode()).toEqual({ kind: 'memory', reason: 'quota' });
    expect(onChange).toHaveBeenCalledExactlyOnceWith({ kind: 'memory', reason: 'quota' });
    expect(await repo.get('a')).toEqual(kept);
    expect(await repo.get('other')).toEqual(other);
    // The database still has the last record that was written whole.
    expect(await onDisk(name, 'a')).toEqual(saved);

    // Later writes go to memory, even once the disk has room again.
    IDBObjectStore.prototype.put = realPut;
    await repo.save(withAnswer(kept, 'later'), 2);
    expect((await repo.get('a'))?.answers).toEqual({ note: 'later' });
    expect(await onDisk(name, 'a')).toEqual(saved);
    repo.close();
  });

  it('moves once when several writes fail together, and keeps each of them', async () => {
    const repo = await persistent();
    const onChange = vi.fn<(mode: StorageMode) => void>();
    repo.onModeChange(onChange);
    await repo.create(makeAssessment('a'));
    await repo.create(makeAssessment('b'));
    fillDisk();
    await Promise.all([repo.save(withAnswer(makeAssessment('a'), 'A'), 0), repo.rename('b', 'Bee')]);
    expect(onChange).toHaveBeenCalledTimes(1);
    expect((await repo.get('a'))?.answers).toEqual({ note: 'A' });
    expect((await repo.get('b'))?.name).toBe('Bee');
  });

  it('passes other errors through and stays on disk', async () => {
    const repo = await persistent();
    await repo.create(makeAssessment('a'));
    await repo.save(makeAssessment('a'), 0);
    await expect(repo.save(makeAssessment('a'), 0)).rejects.toBeInstanceOf(ConflictError);
    expect(repo.mode()).toEqual({ kind: 'persistent' });
    expect(repo.holdsWork()).toBe(false);
    repo.close();
  });

  it('still keeps the save when the records could not be read over', async () => {
    const primary = await openRepository(uniqueDbName());
    await primary.create(makeAssessment('a'));
    const repo = withFallback({ ...primary, list: () => Promise.reject(new Error('unreadable')) });
    fillDisk();
    const kept = await repo.save(withAnswer(makeAssessment('a'), 'typed'), 0);
    expect(kept).toMatchObject({ revision: 1, answers: { note: 'typed' } });
    expect(await repo.get('a')).toEqual(kept);
    primary.close();
  });
});
