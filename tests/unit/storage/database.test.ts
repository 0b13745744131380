// The one write path: a transaction whose work fails is rolled back, so a
// half-done write never replaces the old record.
// oxlint-disable-next-line import/no-unassigned-import -- installs the IndexedDB globals that idb uses
import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { hasSavedWork, inWriteTransaction, openDatabase, STORE } from '../../../src/storage/database';
import { makeAssessment, uniqueDbName, withAnswer } from './fixtures';

describe('inWriteTransaction', () => {
  it('creates the assessments store with an updatedAt index', async () => {
    const db = await openDatabase(uniqueDbName());
    const tx = db.transaction(STORE, 'readonly');
    expect(tx.store.keyPath).toBe('id');
    expect([...tx.store.indexNames]).toEqual(['updatedAt']);
    db.close();
  });

  it('commits the work and resolves with its result', async () => {
    const db = await openDatabase(uniqueDbName());
    const a = makeAssessment('a');
    await expect(inWriteTransaction(db, async (store) => store.put(a))).resolves.toBe('a');
    expect(await db.get(STORE, 'a')).toEqual(a);
    db.close();
  });

  it('rolls back everything the work wrote when it throws', async () => {
    const db = await openDatabase(uniqueDbName());
    const original = makeAssessment('a');
    await db.put(STORE, original);
    const failing = inWriteTransaction(db, async (store) => {
      await store.put(withAnswer(original, 'half-done'));
      await store.put(makeAssessment('b'));
      throw new Error('check failed');
    });
    await expect(failing).rejects.toThrow('check failed');
    expect(await db.get(STORE, 'a')).toEqual(original);
    expect(await db.get(STORE, 'b')).toBeUndefined();
    db.close();
  });

  it('passes on the error of a failed request', async () => {
    const db = await openDatabase(uniqueDbName());
    await db.put(STORE, makeAssessment('a'));
    const failing = inWriteTransaction(db, (store) => store.add(makeAssessment('a')));
    await expect(failing).rejects.toMatchObject({ name: 'ConstraintError' });
    db.close();
  });
});

describe('hasSavedWork', () => {
  it('is false for a new database and true once one assessment is stored', async () => {
    const name = uniqueDbName();
    await expect(hasSavedWork(name)).resolves.toBe(false);
    const db = await openDatabase(name);
    await db.put(STORE, makeAssessment('a'));
    db.close();
    await expect(hasSavedWork(name)).resolves.toBe(true);
  });

  it('closes what it opened, so the database can still be upgraded or deleted', async () => {
    const name = uniqueDbName();
    await hasSavedWork(name);
    const deleted = new Promise<string>((resolve) => {
      const request = indexedDB.deleteDatabase(name);
      request.onsuccess = () => resolve('deleted');
      request.onblocked = () => resolve('blocked');
    });
    await expect(deleted).resolves.toBe('deleted');
  });
});
