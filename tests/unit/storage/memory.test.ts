// The in-memory repository keeps the IndexedDB repository's promises: the
// same checks run against both, so the app cannot tell them apart.
// oxlint-disable-next-line import/no-unassigned-import -- installs the IndexedDB globals that idb uses
import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it } from 'vitest';
import { ZodError } from 'zod';
import { AlreadyExistsError, ConflictError, NotFoundError } from '../../../src/storage/errors';
import { createMemoryRepository } from '../../../src/storage/memory';
import { openRepository, type Repository } from '../../../src/storage/repository';
import { makeAssessment, uniqueDbName, withAnswer } from './fixtures';

const clock = () => new Date('2026-03-01T12:00:00.000Z');
const opened: Repository[] = [];
afterEach(() => opened.splice(0).forEach((repo) => repo.close()));

const kinds: Array<[string, () => Promise<Repository>]> = [
  ['memory', async () => createMemoryRepository([], { now: clock })],
  [
    'IndexedDB',
    async () => {
      const repo = await openRepository(uniqueDbName(), { now: clock });
      opened.push(repo);
      return repo;
    },
  ],
];

describe.each(kinds)('the %s repository', (_kind, open) => {
  it('creates, reads back and lists newest first', async () => {
    const repo = await open();
    const old = withAnswer(makeAssessment('old', '2026-01-01T00:00:00.000Z'), 'x');
    const newer = makeAssessment('newer', '2026-01-02T00:00:00.000Z');
    await repo.create(old);
    await repo.create(newer);
    expect(await repo.get('old')).toEqual(old);
    expect((await repo.list()).map((e) => e.ok && e.assessment.id)).toEqual(['newer', 'old']);
    await expect(repo.create(makeAssessment('old'))).rejects.toBeInstanceOf(AlreadyExistsError);
    await expect(repo.create({ ...makeAssessment('bad'), revision: -1 })).rejects.toBeInstanceOf(ZodError);
    expect(await repo.get('bad')).toBeUndefined();
  });

  it('saves only on the stored revision and names why it refused', async () => {
    const repo = await open();
    await repo.create(makeAssessment('a'));
    const first = await repo.save(withAnswer(makeAssessment('a'), 'one'), 0);
    expect(first).toMatchObject({ revision: 1, updatedAt: clock().toISOString(), answers: { note: 'one' } });
    const stale = await repo.save(withAnswer(makeAssessment('a'), 'stale'), 0).catch((e: unknown) => e);
    expect(stale).toBeInstanceOf(ConflictError);
    expect(stale).toMatchObject({ reason: 'changed', stored: first });
    expect(await repo.get('a')).toEqual(first);
    await expect(repo.save(makeAssessment('gone'), 0)).rejects.toMatchObject({ reason: 'missing' });
    await expect(repo.save({ ...first, createdAt: 42 as unknown as string }, 1)).rejects.toBeInstanceOf(ZodError);
    expect(await repo.get('a')).toEqual(first);
  });

  it('duplicates, renames and removes', async () => {
    const repo = await open();
    await repo.create(withAnswer(makeAssessment('a'), 'kept'));
    const when = new Date('2026-04-01T09:00:00.000Z');
    const copy = await repo.duplicate('a', 'b', when);
    expect(copy).toMatchObject({ id: 'b', revision: 0, createdAt: when.toISOString(), answers: { note: 'kept' } });
    await expect(repo.duplicate('a', 'b', when)).rejects.toBeInstanceOf(AlreadyExistsError);
    await expect(repo.duplicate('nope', 'c', when)).rejects.toBeInstanceOf(NotFoundError);
    expect(await repo.rename('b', 'Kopian')).toMatchObject({ name: 'Kopian', revision: 1 });
    await expect(repo.save(copy, 0)).rejects.toBeInstanceOf(ConflictError);
    await expect(repo.rename('nope', 'x')).rejects.toBeInstanceOf(NotFoundError);
    await repo.remove('a');
    await repo.remove('a');
    expect((await repo.list()).map((e) => e.ok && e.assessment.id)).toEqual(['b']);
  });

  it('hands out copies: changing a returned record changes nothing stored', async () => {
    const repo = await open();
    const created = await repo.create(withAnswer(makeAssessment('a'), 'original'));
    created.answers.note = 'changed outside';
    const read = (await repo.get('a'))!;
    read.answers.note = 'changed again';
    expect((await repo.get('a'))?.answers).toEqual({ note: 'original' });
  });
});

describe('the memory repository with records to start from', () => {
  it('lists damaged records as damaged, never saves over them, and keeps their raw value', async () => {
    const good = makeAssessment('good', '2026-01-02T00:00:00.000Z');
    const junk = { id: 'junk', hello: 'world' };
    const repo = createMemoryRepository([good, junk, 'not a record']);
    const listed = await repo.list();
    expect(listed).toEqual([
      { ok: true, assessment: good },
      { ok: false, id: 'junk', raw: junk, error: expect.stringMatching(/\S/) },
    ]);
    expect(await repo.getRaw('junk')).toEqual(junk);
    await expect(repo.save(makeAssessment('junk'), 0)).rejects.toMatchObject({ reason: 'unreadable' });
    expect(await repo.getRaw('junk')).toEqual(junk);
  });
});
