// Loading the organisation's profile and question packs (src/app/packs/registry.ts) with a fake fetch and
// fake-indexeddb: a missing profile (404, a host answering with the app's page, no network) is silently none;
// a profile or pack that does not parse is left out with a warning naming its problems; packs that clash
// keep the first; the packs imported on this device come after the organisation's.
import 'fake-indexeddb/auto';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { PACKS_DB, readImported } from '../../../src/app/packs/imported';
import { createPackRegistry } from '../../../src/app/packs/registry';

const FIXTURES = resolve(import.meta.dirname, '../../fixtures/org');
const json = (path: string) => JSON.parse(readFileSync(resolve(FIXTURES, path), 'utf8')) as Record<string, unknown>;
const PROFILE = new URL('/org/organisation.json', location.href);

type Answer = { status: number; body?: string; type?: string } | 'network-error';

/** A fetch answering from `files` by path (404 for anything else), recording every request. */
function fakeFetch(files: Record<string, Answer>) {
  const requests: string[] = [];
  const fetchImpl = (async (input: RequestInfo | URL) => {
    const url = new URL(String(input));
    requests.push(url.pathname);
    const answer = files[url.pathname] ?? { status: 404, body: 'Not found', type: 'text/plain' };
    if (answer === 'network-error') throw new TypeError('Failed to fetch');
    return new Response(answer.body ?? '', { status: answer.status, headers: { 'content-type': answer.type ?? 'application/json' } });
  }) as typeof fetch;
  return { fetchImpl, requests };
}

const ok = (value: unknown): Answer => ({ status: 200, body: JSON.stringify(value) });

let databases = 0;
function registry(files: Record<string, Answer>) {
  const { fetchImpl, requests } = fakeFetch(files);
  const warnings: string[] = [];
  const database = `packs-loading-${++databases}`;
  const packs = createPackRegistry({ profile: () => PROFILE, fetch: fetchImpl, database, warn: (m) => warnings.push(m) });
  return { packs, requests, warnings, database };
}

const deployed = { '/org/organisation.json': ok(json('organisation.json')), '/org/packs/goals.json': ok(json('packs/goals.json')) };

describe('the organisation’s profile', () => {
  it.each<[string, Answer]>([
    ['not there (404)', { status: 404, body: 'Not found', type: 'text/plain' }],
    ['answered with the app’s page (a host that rewrites every path)', { status: 200, body: '<!doctype html><title>x</title>', type: 'text/html; charset=utf-8' }],
    ['out of reach (no network)', 'network-error'],
  ])('%s: no profile, no pack, not a word', async (_, answer) => {
    const { packs, warnings, requests } = registry({ '/org/organisation.json': answer });
    const setup = await packs.load();
    expect(setup).toEqual({ organisation: undefined, packs: [], listed: [] });
    expect(warnings).toEqual([]);
    expect(requests).toEqual(['/org/organisation.json']);
  });

  it('loads the profile and the packs it names, relative to it', async () => {
    const { packs, warnings, requests } = registry(deployed);
    const setup = await packs.load();
    expect(setup.organisation?.name).toEqual({ sv: 'Norrby kommun', en: 'Norrby Municipality' });
    expect(setup.organisation?.committees.map((c) => c.sv)).toEqual(['Kommunstyrelsen', 'Kulturnämnden', 'Socialnämnden']);
    expect(setup.packs.map((p) => [p.id, p.version])).toEqual([['norrby.goals', '1.0.0']]);
    expect(setup.listed).toEqual([{ id: 'norrby.goals', version: '1.0.0', source: 'organisation', questionnaires: ['proposal'] }]);
    expect(requests.sort()).toEqual(['/org/organisation.json', '/org/packs/goals.json']);
    expect(warnings).toEqual([]);
    expect(packs.current()).toBe(setup);
  });

  it('loads once: a second call gets the same setup without asking again', async () => {
    const { packs, requests } = registry(deployed);
    const [a, b] = await Promise.all([packs.load(), packs.load()]);
    expect(a).toBe(b);
    expect(await packs.load()).toBe(a);
    expect(requests).toHaveLength(2);
  });

  it('tells whoever listens, as it loads', async () => {
    const { packs } = registry(deployed);
    const heard: number[] = [];
    packs.subscribe((setup) => heard.push(setup.packs.length));
    await packs.load();
    expect(heard).toEqual([1]);
  });

  it('leaves out a profile that does not parse, with a warning naming each problem and where it is', async () => {
    const bad = { ...json('organisation.json'), name: undefined, committees: 'Kulturnämnden' };
    const { packs, warnings, requests } = registry({ ...deployed, '/org/organisation.json': ok(bad) });
    expect(await packs.load()).toEqual({ organisation: undefined, packs: [], listed: [] });
    expect(warnings).toHaveLength(1);
    expect(warnings[0]).toContain('/org/organisation.json');
    expect(warnings[0]).toContain('schema.required at $.name');
    expect(warnings[0]).toContain('at $.committees');
    // Its packs are not asked for.
    expect(requests).toEqual(['/org/organisation.json']);
  });

  it('leaves out a profile that is not JSON, with a warning', async () => {
    const { packs, warnings } = registry({ '/org/organisation.json': { status: 200, body: '{ "kind": ', type: 'application/json' } });
    expect((await packs.load()).organisation).toBeUndefined();
    expect(warnings).toHaveLength(1);
    expect(warnings[0]).toContain('json.syntax at $');
  });
});

describe('the organisation’s packs', () => {
  const profileWith = (...paths: string[]) => ok({ ...json('organisation.json'), packs: paths });

  it('leaves out a pack that does not parse, with a warning, and keeps the rest', async () => {
    const broken = json('packs/goals.json');
    broken.id = 'norrby.other';
    (broken.additions as Array<{ step: string }>)[0]!.step = 'nowhere';
    const { packs, warnings } = registry({ ...deployed, '/org/organisation.json': profileWith('packs/broken.json', 'packs/goals.json'), '/org/packs/broken.json': ok(broken) });
    const setup = await packs.load();
    expect(setup.packs.map((p) => p.id)).toEqual(['norrby.goals']);
    expect(setup.organisation).toBeDefined();
    expect(warnings).toHaveLength(1);
    expect(warnings[0]).toContain('packs/broken.json');
    expect(warnings[0]).toContain('pack.step at $.additions[0].step');
  });

  it('leaves out a pack the profile names that is not there, with a warning', async () => {
    const { packs, warnings } = registry({ ...deployed, '/org/organisation.json': profileWith('packs/goals.json', 'packs/gone.json') });
    expect((await packs.load()).packs.map((p) => p.id)).toEqual(['norrby.goals']);
    expect(warnings).toEqual([expect.stringContaining('packs/gone.json')]);
  });

  it('keeps the first of two packs that clash and lists the other as not in use', async () => {
    const newer = { ...json('packs/goals.json'), version: '2.0.0' };
    const { packs, warnings } = registry({ ...deployed, '/org/organisation.json': profileWith('packs/goals.json', 'packs/goals-2.json'), '/org/packs/goals-2.json': ok(newer) });
    const setup = await packs.load();
    expect(setup.packs.map((p) => p.version)).toEqual(['1.0.0']);
    expect(setup.listed.map((p) => [p.version, p.clashesWith])).toEqual([
      ['1.0.0', undefined],
      ['2.0.0', 'norrby.goals'],
    ]);
    expect(warnings).toEqual([expect.stringContaining('pack.clash-id with norrby.goals')]);
  });
});

describe('packs imported on this device', () => {
  const other = () => {
    const pack = json('packs/goals.json');
    // Ids as `kiruna.goals.…`, texts under `kiruna` (their tree nests by the id's parts).
    const rename = (text: string) => text.replaceAll('norrby.goals', 'kiruna.goals').replaceAll('"norrby":', '"kiruna":');
    return JSON.parse(rename(JSON.stringify(pack))) as Record<string, unknown>;
  };

  it('a device that never imported one keeps no database for them', async () => {
    const { packs, database } = registry({});
    await packs.load();
    expect((await indexedDB.databases()).map((d) => d.name)).not.toContain(database);
    expect(PACKS_DB).toBe('jamlikhetskollen-packs');
  });

  it('come after the organisation’s, and one that clashes with them is not in use', async () => {
    const { packs } = registry(deployed);
    await packs.load();
    await packs.keep({ id: 'norrby.goals', raw: { ...json('packs/goals.json'), version: '1.1.0' }, importedAt: '2026-12-01T10:00:00.000Z' });
    const setup = await packs.keep({ id: 'kiruna.goals', raw: other(), importedAt: '2026-12-02T10:00:00.000Z' });
    expect(setup.packs.map((p) => `${p.id} ${p.version}`)).toEqual(['norrby.goals 1.0.0', 'kiruna.goals 1.0.0']);
    expect(setup.listed.map((p) => [p.source, p.id, p.version, p.clashesWith])).toEqual([
      ['organisation', 'norrby.goals', '1.0.0', undefined],
      ['imported', 'norrby.goals', '1.1.0', 'norrby.goals'],
      ['imported', 'kiruna.goals', '1.0.0', undefined],
    ]);
  });

  it('an import while the first load is under way is not undone by it', async () => {
    let answer: (response: Response) => void = () => undefined;
    const slow = (() => new Promise<Response>((done) => (answer = done))) as typeof fetch;
    const database = `packs-loading-${++databases}`;
    const packs = createPackRegistry({ profile: () => PROFILE, fetch: slow, database, warn: () => undefined });
    const first = packs.load();
    const kept = packs.keep({ id: 'kiruna.goals', raw: other(), importedAt: '2026-12-02T10:00:00.000Z' });
    // The import is stored (and its load under way) while the first load still waits for the profile.
    await vi.waitFor(async () => expect(await readImported(database)).toHaveLength(1));
    answer(new Response('Not found', { status: 404 }));
    expect((await kept).packs.map((p) => p.id)).toEqual(['kiruna.goals']);
    expect((await first).packs.map((p) => p.id)).toEqual(['kiruna.goals']);
    expect(packs.current().packs.map((p) => p.id)).toEqual(['kiruna.goals']);
  });

  it('one this version cannot read is listed as not in use', async () => {
    const { packs } = registry({});
    const setup = await packs.keep({ id: 'old.pack', raw: { kind: 'content-pack', schemaVersion: 99, id: 'old.pack', version: '3.0.0' }, importedAt: '2026-12-01T10:00:00.000Z' });
    expect(setup.packs).toEqual([]);
    expect(setup.listed).toEqual([{ id: 'old.pack', version: '3.0.0', source: 'imported', questionnaires: [], unreadable: true }]);
  });
});
