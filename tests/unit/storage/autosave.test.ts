// The autosaver against a controllable fake `save` (timing, ordering) and
// against the real repository on fake-indexeddb (revisions, conflicts).
// oxlint-disable-next-line import/no-unassigned-import -- installs the IndexedDB globals that idb uses
import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { Assessment } from '../../../src/assessment/assessment';
import { createAutosaver, type AutosaveStatus } from '../../../src/storage/autosave';
import { ConflictError } from '../../../src/storage/errors';
import { openRepository } from '../../../src/storage/repository';
import { makeAssessment, uniqueDbName, withAnswer } from './fixtures';

/** A fake store whose writes finish only when the test says so (or at once with `auto`). */
function fakeSave({ auto = true } = {}) {
  const calls: Assessment[] = [];
  const finish: Array<() => void> = [];
  let inFlight = 0;
  let maxInFlight = 0;
  const save = (a: Assessment) => {
    calls.push(a);
    inFlight += 1;
    maxInFlight = Math.max(maxInFlight, inFlight);
    const done = () => {
      inFlight -= 1;
    };
    const stored = { ...a, revision: a.revision + 1 };
    if (auto) {
      done();
      return Promise.resolve(stored);
    }
    return new Promise<Assessment>((resolve) =>
      finish.push(() => {
        done();
        resolve(stored);
      }),
    );
  };
  return { save, calls, finish, maxInFlight: () => maxInFlight };
}

const answerOf = (a: Assessment | undefined) => a?.answers['note'];
const base = makeAssessment('a');
const typed = (text: string) => withAnswer(base, text);

afterEach(() => {
  vi.useRealTimers();
});

describe('debounced schedule', () => {
  it('coalesces rapid changes into one write of the newest value', async () => {
    vi.useFakeTimers();
    const fake = fakeSave();
    const saver = createAutosaver({ save: fake.save, delayMs: 500 });
    for (const text of ['h', 'he', 'hej']) {
      saver.schedule(typed(text));
      await vi.advanceTimersByTimeAsync(100);
    }
    expect(fake.calls).toEqual([]);
    expect(saver.hasUnsaved()).toBe(true);
    await vi.advanceTimersByTimeAsync(500);
    expect(fake.calls.map(answerOf)).toEqual(['hej']);
    expect(saver.hasUnsaved()).toBe(false);
  });

  it('writes within 1 s even while changes keep coming (defaults)', async () => {
    vi.useFakeTimers();
    const fake = fakeSave();
    const writtenAt: number[] = [];
    const start = Date.now();
    const saver = createAutosaver({
      save: (a) => {
        writtenAt.push(Date.now() - start);
        return fake.save(a);
      },
    });
    // A keystroke every 200 ms for 3 s never leaves 500 ms of quiet.
    for (let t = 0; t < 3000; t += 200) {
      saver.schedule(typed(`text at ${t}`));
      await vi.advanceTimersByTimeAsync(200);
    }
    expect(writtenAt.length).toBeGreaterThanOrEqual(2);
    expect(writtenAt[0]).toBeLessThanOrEqual(1000);
    writtenAt.slice(1).forEach((t, i) => expect(t - writtenAt[i]!).toBeLessThanOrEqual(1000));
  });

  it('flush writes a scheduled change at once', async () => {
    const fake = fakeSave();
    const saver = createAutosaver({ save: fake.save, delayMs: 10_000 });
    saver.schedule(typed('x'));
    await saver.flush();
    expect(fake.calls.map(answerOf)).toEqual(['x']);
  });

  it('cancel drops a scheduled change', async () => {
    vi.useFakeTimers();
    const fake = fakeSave();
    const saver = createAutosaver({ save: fake.save });
    saver.schedule(typed('x'));
    saver.cancel();
    await vi.advanceTimersByTimeAsync(2000);
    expect(fake.calls).toEqual([]);
  });
});

describe('saveNow and serialised writes', () => {
  it('writes immediately and replaces a scheduled change', async () => {
    vi.useFakeTimers();
    const fake = fakeSave();
    const saver = createAutosaver({ save: fake.save });
    saver.schedule(typed('typing'));
    await saver.saveNow(typed('accepted'));
    expect(fake.calls.map(answerOf)).toEqual(['accepted']);
    await vi.advanceTimersByTimeAsync(2000);
    expect(fake.calls).toHaveLength(1);
  });

  it('never has two writes in flight, and the newest pending value wins', async () => {
    const fake = fakeSave({ auto: false });
    const saver = createAutosaver({ save: fake.save });
    const first = saver.saveNow(typed('v1'));
    const second = saver.saveNow(typed('v2'));
    const third = saver.saveNow(typed('v3'));
    await Promise.resolve();
    expect(fake.calls.map(answerOf)).toEqual(['v1']);
    fake.finish.shift()!();
    await vi.waitFor(() => expect(fake.calls).toHaveLength(2));
    expect(fake.calls.map(answerOf)).toEqual(['v1', 'v3']);
    fake.finish.shift()!();
    await Promise.all([first, second, third]);
    expect(fake.maxInFlight()).toBe(1);
    // Each write is based on the revision the previous one produced.
    expect(fake.calls.map((a) => a.revision)).toEqual([0, 1]);
  });

  it('holds a debounced write that falls due while another is in flight', async () => {
    vi.useFakeTimers();
    const fake = fakeSave({ auto: false });
    const saver = createAutosaver({ save: fake.save, delayMs: 50 });
    const accepted = saver.saveNow(typed('accepted'));
    saver.schedule(typed('typing'));
    await vi.advanceTimersByTimeAsync(200);
    expect(fake.calls.map(answerOf)).toEqual(['accepted']);
    fake.finish.shift()!();
    await vi.advanceTimersByTimeAsync(0);
    expect(fake.calls.map(answerOf)).toEqual(['accepted', 'typing']);
    expect(fake.calls[1]?.revision).toBe(1);
    fake.finish.shift()!();
    // saveNow resolves once everything queued behind it is written too.
    await accepted;
    expect(saver.hasUnsaved()).toBe(false);
    expect(fake.maxInFlight()).toBe(1);
  });

  it('reports saving, then saved with a time', async () => {
    const statuses: AutosaveStatus[] = [];
    const saver = createAutosaver({ save: fakeSave().save, onStatus: (s) => statuses.push(s) });
    await saver.saveNow(typed('x'));
    expect(statuses.map((s) => s.state)).toEqual(['saving', 'saved']);
    expect(statuses[1]).toMatchObject({ state: 'saved', at: expect.any(Date) });
  });

  it('keeps a value whose write failed and retries it on flush', async () => {
    const statuses: AutosaveStatus[] = [];
    const fake = fakeSave();
    let fail = true;
    const saver = createAutosaver({
      save: (a) => (fail ? Promise.reject(new Error('disk full')) : fake.save(a)),
      onStatus: (s) => statuses.push(s),
    });
    await saver.saveNow(typed('x'));
    expect(statuses.at(-1)).toMatchObject({ state: 'error', error: new Error('disk full') });
    expect(saver.hasUnsaved()).toBe(true);
    fail = false;
    await saver.flush();
    expect(fake.calls.map(answerOf)).toEqual(['x']);
    expect(statuses.at(-1)?.state).toBe('saved');
  });
});

describe('with the real repository', () => {
  it('bases each write on the last revision it wrote', async () => {
    const repo = await openRepository(uniqueDbName());
    await repo.create(base);
    const saver = createAutosaver({ save: (a) => repo.save(a, a.revision) });
    // The UI keeps handing over copies that still say revision 0.
    await saver.saveNow(typed('one'));
    await saver.saveNow(typed('two'));
    saver.schedule(typed('three'));
    await saver.flush();
    expect(await repo.get('a')).toMatchObject({ revision: 3, answers: { note: 'three' } });
    repo.close();
  });

  it('reports a ConflictError when another tab saved in between, and does not retry it', async () => {
    const name = uniqueDbName();
    const tab = await openRepository(name);
    const otherTab = await openRepository(name);
    await tab.create(base);
    const statuses: AutosaveStatus[] = [];
    const save = vi.fn<(a: Assessment) => Promise<Assessment>>((a) => tab.save(a, a.revision));
    const saver = createAutosaver({ save, onStatus: (s) => statuses.push(s) });
    const theirs = await otherTab.save(typed('theirs'), 0);

    await saver.saveNow(typed('mine'));
    const last = statuses.at(-1);
    expect(last?.state).toBe('error');
    expect(last?.state === 'error' && last.error).toBeInstanceOf(ConflictError);
    expect(await tab.get('a')).toEqual(theirs);
    expect(saver.hasUnsaved()).toBe(false);
    await saver.flush();
    expect(save).toHaveBeenCalledTimes(1);

    // After reloading the newer record the UI carries on from its revision.
    await saver.saveNow(withAnswer(theirs, 'mine again'));
    expect(await tab.get('a')).toMatchObject({ revision: 2, answers: { note: 'mine again' } });
    tab.close();
    otherTab.close();
  });
});
