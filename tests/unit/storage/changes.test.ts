// Saves announced between tabs (on a fake BroadcastChannel): what is sent,
// what is ignored, what an open tab does about a change, and that a tab
// acting on an old revision still cannot overwrite the newer record.
// oxlint-disable-next-line import/no-unassigned-import -- installs the IndexedDB globals that idb uses
import 'fake-indexeddb/auto';
import { describe, expect, it, vi } from 'vitest';
import { announcing, createChangeFeed, reactToChange, type Change } from '../../../src/storage/changes';
import { ConflictError } from '../../../src/storage/errors';
import { createMemoryRepository } from '../../../src/storage/memory';
import { openRepository } from '../../../src/storage/repository';
import { FakeHub, settle } from './fake-channel';
import { makeAssessment, uniqueDbName, withAnswer } from './fixtures';

function twoTabs(sharedA = () => true) {
  const hub = new FakeHub();
  const a = createChangeFeed(hub.channel(), sharedA);
  const b = createChangeFeed(hub.channel());
  const heardByB: Change[] = [];
  const heardByA: Change[] = [];
  b.subscribe((change) => heardByB.push(change));
  a.subscribe((change) => heardByA.push(change));
  return { hub, a, b, heardByA, heardByB };
}

describe('announcing writes', () => {
  it('announces each successful write to the other tab, never to itself', async () => {
    const { a, heardByA, heardByB } = twoTabs();
    const repo = announcing(createMemoryRepository(), a);
    await repo.create(makeAssessment('x'));
    await repo.save(withAnswer(makeAssessment('x'), 'one'), 0);
    await repo.rename('x', 'Namn');
    await repo.duplicate('x', 'y', new Date());
    await repo.remove('x');
    await settle();
    expect(heardByB).toEqual([
      { type: 'saved', id: 'x', revision: 0 },
      { type: 'saved', id: 'x', revision: 1 },
      { type: 'saved', id: 'x', revision: 2 },
      { type: 'saved', id: 'y', revision: 0 },
      { type: 'removed', id: 'x' },
    ]);
    expect(heardByA).toEqual([]);
  });

  it('announces nothing for a refused write', async () => {
    const { a, hub } = twoTabs();
    const repo = announcing(createMemoryRepository([makeAssessment('x')]), a);
    await repo.save(makeAssessment('x'), 0);
    await expect(repo.save(makeAssessment('x'), 0)).rejects.toBeInstanceOf(ConflictError);
    expect(hub.posted).toHaveLength(1);
  });

  it('sends and hears nothing while the tab keeps its work apart, in memory', async () => {
    let shared = false;
    const { a, hub, heardByA } = twoTabs(() => shared);
    a.announce({ type: 'saved', id: 'x', revision: 3 });
    const other = createChangeFeed(hub.channel());
    other.announce({ type: 'removed', id: 'x' });
    await settle();
    expect(hub.posted).toEqual([{ type: 'removed', id: 'x' }]);
    expect(heardByA).toEqual([]);
    shared = true;
    other.announce({ type: 'removed', id: 'y' });
    await settle();
    expect(heardByA).toEqual([{ type: 'removed', id: 'y' }]);
  });

  it('ignores messages of another shape', async () => {
    const { hub, heardByB } = twoTabs();
    const raw = hub.channel();
    for (const junk of [null, 'saved', { type: 'saved', id: 'x' }, { type: 'saved', id: 7, revision: 1 }, { type: 'saved', id: 'x', revision: 1.5 }, { type: 'gone', id: 'x' }]) {
      raw.postMessage(junk);
    }
    raw.postMessage({ type: 'saved', id: 'x', revision: 2 });
    await settle();
    expect(heardByB).toEqual([{ type: 'saved', id: 'x', revision: 2 }]);
  });

  it('stops delivering after unsubscribe', async () => {
    const hub = new FakeHub();
    const a = createChangeFeed(hub.channel());
    const listener = vi.fn<(change: Change) => void>();
    const unsubscribe = createChangeFeed(hub.channel()).subscribe(listener);
    unsubscribe();
    a.announce({ type: 'removed', id: 'x' });
    await settle();
    expect(listener).not.toHaveBeenCalled();
  });
});

describe('reactToChange', () => {
  const open = { id: 'x', revision: 2, unsaved: false };

  it('reloads a newer revision of the open assessment when nothing is waiting to be saved', () => {
    expect(reactToChange({ type: 'saved', id: 'x', revision: 3 }, open)).toBe('reload');
  });

  it('turns stale instead when edits here are waiting to be saved', () => {
    expect(reactToChange({ type: 'saved', id: 'x', revision: 3 }, { ...open, unsaved: true })).toBe('stale');
  });

  it('ignores other assessments and revisions it already has', () => {
    expect(reactToChange({ type: 'saved', id: 'y', revision: 9 }, open)).toBe('ignore');
    expect(reactToChange({ type: 'saved', id: 'x', revision: 2 }, open)).toBe('ignore');
    expect(reactToChange({ type: 'saved', id: 'x', revision: 1 }, { ...open, unsaved: true })).toBe('ignore');
    expect(reactToChange({ type: 'removed', id: 'y' }, open)).toBe('ignore');
  });

  it('notes a removal of the open assessment', () => {
    expect(reactToChange({ type: 'removed', id: 'x' }, open)).toBe('removed');
  });
});

describe('two tabs on one database', () => {
  it('tells the other tab the new revision, and its older copy cannot overwrite it', async () => {
    const name = uniqueDbName();
    const { a, heardByB } = twoTabs();
    const tabA = announcing(await openRepository(name), a);
    const tabB = await openRepository(name);
    await tabA.create(makeAssessment('x'));
    const inB = (await tabB.get('x'))!;
    const fromA = await tabA.save(withAnswer(inB, 'from A'), 0);
    await settle();
    expect(heardByB.at(-1)).toEqual({ type: 'saved', id: 'x', revision: 1 });
    expect(reactToChange(heardByB.at(-1)!, { id: 'x', revision: inB.revision, unsaved: true })).toBe('stale');
    await expect(tabB.save(withAnswer(inB, 'from B'), inB.revision)).rejects.toBeInstanceOf(ConflictError);
    expect(await tabB.get('x')).toEqual(fromA);
    tabA.close();
    tabB.close();
  });
});
