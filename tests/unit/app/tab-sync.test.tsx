// An open assessment following another tab (fake channel, memory storage):
// a newer save is taken up when nothing here waits to be saved; with
// unsaved edits the tab turns stale until the newest version is loaded.
import { act, renderHook, waitFor } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import type { Assessment } from '../../../src/assessment/assessment';
import { trackedAutosaver, useTabSync } from '../../../src/app/use-tab-sync';
import { announcing, createChangeFeed } from '../../../src/storage/changes';
import { createMemoryRepository } from '../../../src/storage/memory';
import { FakeHub, settle } from '../storage/fake-channel';
import { makeAssessment, withAnswer } from '../storage/fixtures';

function setUp(unsaved: () => boolean) {
  const hub = new FakeHub();
  const storage = createMemoryRepository([makeAssessment('x')]);
  // The other tab writes through its own announcing repository on the same data.
  const other = announcing(storage, createChangeFeed(hub.channel()));
  const onNewer = vi.fn<(a: Assessment) => void>();
  let revision = 0;
  const known = () => revision;
  const changes = createChangeFeed(hub.channel());
  const hook = renderHook(() => useTabSync({ id: 'x', changes, repository: storage, known, unsaved, onNewer }));
  return { other, onNewer, hook, setKnown: (n: number) => (revision = n) };
}

describe('useTabSync', () => {
  it('hands over the newer record when nothing here waits to be saved', async () => {
    const { other, onNewer, hook } = setUp(() => false);
    const newer = await other.save(withAnswer(makeAssessment('x'), 'from the other tab'), 0);
    await waitFor(() => expect(onNewer).toHaveBeenCalledWith(newer));
    expect(hook.result.current.stale).toBeUndefined();
  });

  it('ignores a save it already has (its own, echoed) and other assessments', async () => {
    const { other, onNewer, setKnown } = setUp(() => false);
    setKnown(1);
    await other.save(makeAssessment('x'), 0);
    await other.create(makeAssessment('y'));
    await act(settle);
    expect(onNewer).not.toHaveBeenCalled();
  });

  it('turns stale with unsaved edits, and loads the newest version on request', async () => {
    const { other, onNewer, hook } = setUp(() => true);
    const newer = await other.save(withAnswer(makeAssessment('x'), 'newer'), 0);
    await waitFor(() => expect(hook.result.current.stale).toBe('changed'));
    expect(onNewer).not.toHaveBeenCalled();
    await act(() => hook.result.current.loadNewest());
    expect(onNewer).toHaveBeenCalledWith(newer);
  });

  it('notes when the other tab deleted the assessment', async () => {
    const { other, hook } = setUp(() => false);
    await other.remove('x');
    await waitFor(() => expect(hook.result.current.stale).toBe('removed'));
  });
});

describe('trackedAutosaver', () => {
  it('knows the newest revision it wrote', async () => {
    const repo = createMemoryRepository([makeAssessment('x')]);
    const { saver, known } = trackedAutosaver(repo, 0, () => undefined);
    expect(known()).toBe(0);
    await saver.saveNow(withAnswer(makeAssessment('x'), 'one'));
    await saver.saveNow(withAnswer(makeAssessment('x'), 'two'));
    expect(known()).toBe(2);
    expect((await repo.get('x'))?.answers).toEqual({ note: 'two' });
  });
});
