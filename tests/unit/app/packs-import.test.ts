// Importing a question pack (src/app/packs/import-pack.ts) into fake-indexeddb: a pack file is told from
// any other; a pack that parses and clashes with nothing is kept (and is there for the next page load), a
// newer version of an imported pack replaces it, one that clashes with the organisation's or does not parse
// is refused and nothing is stored; removing one takes it out of use at once.
import 'fake-indexeddb/auto';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { importPack, packInFile, removePack } from '../../../src/app/packs/import-pack';
import { readImported } from '../../../src/app/packs/imported';
import { createPackRegistry } from '../../../src/app/packs/registry';

const FIXTURES = resolve(import.meta.dirname, '../../fixtures/org');
const text = (path: string) => readFileSync(resolve(FIXTURES, path), 'utf8');
const json = (path: string) => JSON.parse(text(path)) as Record<string, unknown>;
const kiruna = () => JSON.parse(text('packs/goals.json').replaceAll('norrby.goals', 'kiruna.goals').replaceAll('"norrby":', '"kiruna":')) as Record<string, unknown>;

let databases = 0;
/** A registry on a database of its own; with the Norrby profile and its pack deployed when `deployed`. */
function registry(deployed: boolean, database = `packs-import-${++databases}`) {
  const files: Record<string, unknown> = deployed ? { '/org/organisation.json': json('organisation.json'), '/org/packs/goals.json': json('packs/goals.json') } : {};
  const fetchImpl = (async (input: RequestInfo | URL) => {
    const body = files[new URL(String(input)).pathname];
    return body === undefined ? new Response('Not found', { status: 404 }) : new Response(JSON.stringify(body), { headers: { 'content-type': 'application/json' } });
  }) as typeof fetch;
  return { database, packs: createPackRegistry({ profile: () => new URL('/org/organisation.json', location.href), fetch: fetchImpl, database, warn: () => undefined }) };
}

describe('telling a pack file from any other', () => {
  it.each([
    ['a question pack', text('packs/goals.json'), true],
    ['an organisation profile', text('organisation.json'), false],
    ['an assessment', JSON.stringify({ format: 'jamlikhetskollen.assessment', formatVersion: 5 }), false],
    ['not JSON', '%PDF-1.7 …', false],
  ])('%s', async (_, content, isPack) => {
    expect((await packInFile(new File([content], 'file.json'))) !== undefined).toBe(isPack);
  });
});

describe('importing a pack', () => {
  it('keeps a pack that parses, puts it in use at once, and has it on the next load', async () => {
    const { packs, database } = registry(false);
    const result = await importPack(kiruna(), packs, new Date('2026-12-05T10:00:00Z'));
    expect(result).toEqual({ ok: true, id: 'kiruna.goals', version: '1.0.0', forAll: false, questionnaires: ['proposal'] });
    expect(packs.current().packs.map((p) => p.id)).toEqual(['kiruna.goals']);
    // A new page: a fresh registry on the same database.
    const next = registry(false, database).packs;
    expect((await next.load()).packs.map((p) => p.id)).toEqual(['kiruna.goals']);
  });

  it('replaces an imported pack with a newer version of it, and says which version it replaced', async () => {
    const { packs, database } = registry(false);
    await importPack(kiruna(), packs);
    const result = await importPack({ ...kiruna(), version: '1.1.0' }, packs);
    expect(result.ok && result.previous).toBe('1.0.0');
    expect(packs.current().packs.map((p) => p.version)).toEqual(['1.1.0']);
    expect((await readImported(database)).map((p) => p.id)).toEqual(['kiruna.goals']);
  });

  it('refuses a pack that clashes with the organisation’s, and stores nothing', async () => {
    const { packs, database } = registry(true);
    const result = await importPack({ ...json('packs/goals.json'), version: '2.0.0' }, packs);
    expect(result.ok ? [] : result.problems).toEqual([
      { code: 'pack.clash-id', path: '$.id', params: { pack: 'norrby.goals', version: '2.0.0', other: 'norrby.goals', otherVersion: '1.0.0' } },
    ]);
    expect(await readImported(database)).toEqual([]);
    expect(packs.current().packs.map((p) => p.version)).toEqual(['1.0.0']);
  });

  it('refuses a pack that does not parse, with its problems, and stores nothing', async () => {
    const { packs, database } = registry(false);
    const broken = kiruna();
    (broken.additions as Array<{ step: string }>)[0]!.step = 'nowhere';
    const result = await importPack(broken, packs);
    expect(result.ok ? [] : result.problems.map((p) => `${p.code} ${p.path}`)).toEqual(['pack.step $.additions[0].step']);
    expect(await readImported(database)).toEqual([]);
  });

  it('removing a pack takes it out of use at once and off the device', async () => {
    const { packs, database } = registry(false);
    await importPack(kiruna(), packs);
    await removePack('kiruna.goals', packs);
    expect(packs.current()).toEqual({ organisation: undefined, packs: [], listed: [] });
    expect(await readImported(database)).toEqual([]);
  });
});
