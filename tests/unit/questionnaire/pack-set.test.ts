// Which question packs can be used together (src/questionnaire/pack-set.ts): two versions of one pack, a pack
// whose id lies inside another's, or two packs defining the same question or option set cannot; the first given wins.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { ContentPack } from '../../../src/questionnaire/pack';
import { clashOf, clashProblem, combinePacks } from '../../../src/questionnaire/pack-set';

const goals = JSON.parse(readFileSync(resolve(import.meta.dirname, '../../fixtures/org/packs/goals.json'), 'utf8')) as ContentPack;

/** A pack with `id`, one text question of the given id, and option sets of the given ids. */
function pack(id: string, version = '1.0.0', question = `${id}.q`, sets: string[] = []): ContentPack {
  return {
    kind: 'content-pack',
    schemaVersion: 1,
    id,
    version,
    questionnaires: ['proposal'],
    optionSets: Object.fromEntries(sets.map((s) => [s, [{ id: 'a' }, { id: 'b' }]])),
    additions: [{ step: 'basics', questions: [{ id: question, type: 'text' }] }],
    texts: { sv: {}, en: {} },
  } as ContentPack;
}

describe('clashOf', () => {
  it.each([
    ['the same id (two versions of one pack)', pack('norrby.goals', '2.0.0'), goals, 'pack.clash-id'],
    ['an id inside the other’s', pack('norrby'), goals, 'pack.clash-prefix'],
    ['an id the other’s lies inside', pack('norrby.goals.extra'), goals, 'pack.clash-prefix'],
    ['the same question id', pack('other', '1.0.0', 'norrby.goals.programme'), goals, 'pack.clash-question'],
    ['the same option set', pack('other', '1.0.0', 'other.q', ['norrby.goals.effect']), goals, 'pack.clash-option-set'],
  ])('%s', (_, a, b, code) => {
    expect(clashOf(a, b)?.code).toBe(code);
  });

  it.each([
    ['a sibling id', pack('norrby.health')],
    ['an id that only begins with the same letters', pack('norrby.goalsx')],
    ['an unrelated pack', pack('kiruna.goals')],
  ])('no clash for %s', (_, a) => {
    expect(clashOf(a, goals)).toBeUndefined();
  });

  it('names the question both define', () => {
    expect(clashOf(pack('x', '1.0.0', 'norrby.goals.how'), goals)).toEqual({ code: 'pack.clash-question', id: 'norrby.goals.how' });
  });
});

describe('combinePacks', () => {
  it('keeps packs that go together, in the order given', () => {
    const a = pack('kiruna.goals');
    expect(combinePacks([goals, a])).toEqual({ packs: [goals, a], leftOut: [] });
  });

  it('leaves out each pack that clashes with one kept before it: the first given wins', () => {
    const newer = pack('norrby.goals', '2.0.0');
    const parent = pack('norrby');
    const other = pack('kiruna');
    const result = combinePacks([goals, newer, other, parent]);
    expect(result.packs).toEqual([goals, other]);
    expect(result.leftOut.map((c) => [c.pack.id, c.pack.version, c.code, c.clashesWith.id])).toEqual([
      ['norrby.goals', '2.0.0', 'pack.clash-id', 'norrby.goals'],
      ['norrby', '1.0.0', 'pack.clash-prefix', 'norrby.goals'],
    ]);
  });

  it('judges a pack only against those kept, not against one already left out', () => {
    // `norrby` is left out for `norrby.goals`; `norrby.x` clashes only with the left-out one, so it stays.
    const result = combinePacks([goals, pack('norrby'), pack('norrby.x')]);
    expect(result.packs.map((p) => p.id)).toEqual(['norrby.goals', 'norrby.x']);
  });

  it('turns a clash into a problem naming both packs', () => {
    const [clash] = combinePacks([goals, pack('norrby.goals', '2.0.0')]).leftOut;
    expect(clashProblem(clash!)).toEqual({
      code: 'pack.clash-id',
      path: '$.id',
      params: { pack: 'norrby.goals', version: '2.0.0', other: 'norrby.goals', otherVersion: '1.0.0' },
    });
  });
});
