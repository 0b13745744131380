// The backup written as the page closes (jsdom localStorage, memory
// repository): what goes in it, when it is added back on the next open, that
// it never overwrites a newer stored version, and that it is removed once
// the work is saved.
import { afterEach, describe, expect, it } from 'vitest';
import type { Assessment } from '../../../src/assessment/assessment';
import { createAutosaver } from '../../../src/storage/autosave';
import { createMemoryRepository } from '../../../src/storage/memory';
import { openWithBackup } from '../../../src/storage/restore-backup';
import { backupKey, backupOf, createBackupKeeper, fingerprint, readBackup, removeBackup, writeBackup } from '../../../src/storage/unload-backup';
import { makeAssessment, withAnswer } from './fixtures';

afterEach(() => localStorage.clear());

/** An autosaver whose writes hang until `finish` is called. */
function hangingSaver() {
  const finish: Array<() => void> = [];
  const saver = createAutosaver({
    save: (a: Assessment) => new Promise<Assessment>((resolve) => finish.push(() => resolve({ ...a, revision: a.revision + 1 }))),
  });
  return { saver, finish: () => finish.shift()?.() };
}

const flushPromises = () => new Promise((resolve) => setTimeout(resolve, 0));

describe('createBackupKeeper', () => {
  it('writes the newest unsaved value and the revision it builds on, synchronously', () => {
    const { saver } = hangingSaver();
    const keeper = createBackupKeeper(localStorage, () => saver.backlog(), 'tab-1');
    keeper.keep();
    expect(localStorage.getItem(backupKey('a'))).toBeNull();

    saver.schedule(withAnswer({ ...makeAssessment('a'), revision: 4 }, 'typed a moment ago'));
    keeper.keep();
    const backup = readBackup(localStorage, 'a');
    expect(backup).toMatchObject({ id: 'a', basedOn: 4, tab: 'tab-1' });
    expect(backup?.assessment.answers['note']).toBe('typed a moment ago');
    expect(backup?.writing).toBeUndefined();
  });

  it('records the value being written, and removes the backup once everything is saved', async () => {
    const { saver, finish } = hangingSaver();
    const keeper = createBackupKeeper(localStorage, () => saver.backlog(), 'tab-1');
    const first = withAnswer(makeAssessment('a'), 'first');
    void saver.saveNow(first);
    saver.schedule(withAnswer(makeAssessment('a'), 'second'));
    keeper.keep();
    expect(readBackup(localStorage, 'a')).toMatchObject({ basedOn: 0, writing: fingerprint(first), assessment: { answers: { note: 'second' } } });

    // The first write lands with more still unsaved: the backup moves onto the new revision.
    finish();
    await flushPromises();
    keeper.settle();
    expect(readBackup(localStorage, 'a')).toMatchObject({ basedOn: 1, assessment: { answers: { note: 'second' } } });

    // The second value is written next; once it lands nothing is left to keep.
    const done = saver.flush();
    finish();
    await done;
    keeper.settle();
    expect(saver.backlog()).toBeUndefined();
    expect(localStorage.getItem(backupKey('a'))).toBeNull();
  });

  it('leaves alone a backup another page wrote', async () => {
    const { saver, finish } = hangingSaver();
    writeBackup(localStorage, backupOf({ latest: withAnswer(makeAssessment('a'), 'other tab'), basedOn: 0, writing: undefined }, 'tab-2'));
    const keeper = createBackupKeeper(localStorage, () => saver.backlog(), 'tab-1');
    const done = saver.saveNow(makeAssessment('a'));
    finish();
    await done;
    keeper.settle();
    removeBackup(localStorage, 'a', { tab: 'tab-1' });
    expect(readBackup(localStorage, 'a')?.tab).toBe('tab-2');
  });
});

describe('readBackup', () => {
  it('drops a backup that does not parse or belongs to another assessment', () => {
    localStorage.setItem(backupKey('a'), '{not json');
    expect(readBackup(localStorage, 'a')).toBeUndefined();
    expect(localStorage.getItem(backupKey('a'))).toBeNull();
    localStorage.setItem(backupKey('a'), JSON.stringify(backupOf({ latest: makeAssessment('b'), basedOn: 0, writing: undefined }, 't')));
    expect(readBackup(localStorage, 'a')).toBeUndefined();
    expect(localStorage.getItem(backupKey('a'))).toBeNull();
  });
});

/** A repository holding assessment `a` at `revision`, and a backup of `text` based on `basedOn`. */
async function setUp(revision: number, basedOn: number, text: string, writing?: Assessment) {
  const repository = createMemoryRepository([{ ...withAnswer(makeAssessment('a'), 'stored'), revision }]);
  const latest = { ...withAnswer(makeAssessment('a'), text), drafts: { basics: { 'basics.title': text } } };
  writeBackup(localStorage, backupOf({ latest, basedOn, writing }, 'closed-tab'));
  return repository;
}

describe('openWithBackup', () => {
  it('adds a backup based on the stored revision, as a new revision, and removes it', async () => {
    const repository = await setUp(3, 3, 'typed just before the reload');
    const { assessment, leftover } = await openWithBackup(repository, localStorage, 'a');
    expect(leftover).toBeUndefined();
    expect(assessment).toMatchObject({ revision: 4, answers: { note: 'typed just before the reload' }, drafts: { basics: { 'basics.title': 'typed just before the reload' } } });
    expect(await repository.get('a')).toEqual(assessment);
    expect(localStorage.getItem(backupKey('a'))).toBeNull();
  });

  it('adds it when the write in flight as the page closed did land', async () => {
    const inFlight = { ...withAnswer(makeAssessment('a'), 'stored'), revision: 2 };
    const repository = await setUp(3, 2, 'typed while it was written', inFlight);
    const { assessment } = await openWithBackup(repository, localStorage, 'a');
    expect(assessment).toMatchObject({ revision: 4, answers: { note: 'typed while it was written' } });
  });

  it('never applies it over a newer stored version: sets it aside and hands it back', async () => {
    const repository = await setUp(5, 3, 'older text');
    const { assessment, leftover } = await openWithBackup(repository, localStorage, 'a');
    expect(assessment).toMatchObject({ revision: 5, answers: { note: 'stored' } });
    expect(await repository.get('a')).toMatchObject({ revision: 5, answers: { note: 'stored' } });
    expect(leftover?.assessment.answers['note']).toBe('older text');
    // Kept until discarded, apart from what the next close writes.
    expect(localStorage.getItem(backupKey('a'))).toBeNull();
    expect(readBackup(localStorage, 'a', 'aside')?.assessment.answers['note']).toBe('older text');
    expect((await openWithBackup(repository, localStorage, 'a')).leftover?.assessment.answers['note']).toBe('older text');
  });

  it('drops a backup whose content is already stored', async () => {
    const repository = await setUp(4, 3, 'stored');
    await repository.save({ ...withAnswer(makeAssessment('a'), 'stored'), drafts: { basics: { 'basics.title': 'stored' } } }, 4);
    const { assessment, leftover } = await openWithBackup(repository, localStorage, 'a');
    expect(leftover).toBeUndefined();
    expect(assessment?.revision).toBe(5);
    expect(localStorage.getItem(backupKey('a'))).toBeNull();
  });

  it('adds it once when two opens race (the second sees the first one saved it)', async () => {
    const repository = await setUp(3, 3, 'typed once');
    const [one, two] = await Promise.all([openWithBackup(repository, localStorage, 'a'), openWithBackup(repository, localStorage, 'a')]);
    expect([one.leftover, two.leftover]).toEqual([undefined, undefined]);
    expect(await repository.get('a')).toMatchObject({ revision: 4, answers: { note: 'typed once' } });
  });
});
