/**
 * Which question packs can be used together. Each pack is checked on its own
 * by `parsePack`; this decides between packs: two versions of one pack, or a
 * pack whose id lies inside another's (`norrby` and `norrby.goals`: the first
 * would own every id of the second), cannot both be in use, and neither can
 * two packs that define the same question or option set (which the id rule
 * already prevents; checked anyway, as an answer is filed by its id).
 *
 * Pure: the order given is the order of precedence, so the caller puts the
 * organisation's packs before those imported on one device.
 */
import { inPack, type ContentPack } from './pack';
import type { Problem } from './problems';

/** Why a pack was left out: the kind of clash, as a problem code (`problems.<code>` in ui.json). */
export type ClashCode = 'pack.clash-id' | 'pack.clash-prefix' | 'pack.clash-question' | 'pack.clash-option-set';

export interface Clash {
  /** The pack left out. */
  pack: ContentPack;
  /** The pack kept before it that it clashes with. */
  clashesWith: ContentPack;
  code: ClashCode;
  /** The question or option set both define (for the two kinds that concern one). */
  id?: string;
}

/** Every question id a pack defines, fields of its groups included. */
function questionIds(pack: ContentPack): string[] {
  return pack.additions.flatMap((a) => a.questions.flatMap((q) => [q.id, ...(q.type === 'group' ? q.fields.map((f) => f.id) : [])]));
}

/** The first reason `pack` cannot be used beside `kept`, if any. */
export function clashOf(pack: ContentPack, kept: ContentPack): Omit<Clash, 'pack' | 'clashesWith'> | undefined {
  if (pack.id === kept.id) return { code: 'pack.clash-id' };
  if (inPack(pack.id, kept.id) || inPack(kept.id, pack.id)) return { code: 'pack.clash-prefix' };
  const questions = new Set(questionIds(kept));
  const question = questionIds(pack).find((id) => questions.has(id));
  if (question !== undefined) return { code: 'pack.clash-question', id: question };
  const set = Object.keys(pack.optionSets).find((id) => id in kept.optionSets);
  if (set !== undefined) return { code: 'pack.clash-option-set', id: set };
  return undefined;
}

/**
 * The packs that can be used together, in the order given: each pack that
 * clashes with one kept before it is left out, and reported with the first
 * one it clashes with.
 */
export function combinePacks(packs: readonly ContentPack[]): { packs: ContentPack[]; leftOut: Clash[] } {
  const kept: ContentPack[] = [];
  const leftOut: Clash[] = [];
  for (const pack of packs) {
    const clash = kept.map((other) => ({ other, found: clashOf(pack, other) })).find((c) => c.found);
    if (clash?.found) leftOut.push({ pack, clashesWith: clash.other, ...clash.found });
    else kept.push(pack);
  }
  return { packs: kept, leftOut };
}

/** A clash as a problem to show (the pack's id is the place in the file it concerns). */
export function clashProblem(clash: Clash): Problem {
  return {
    code: clash.code,
    path: '$.id',
    params: { pack: clash.pack.id, version: clash.pack.version, other: clash.clashesWith.id, otherVersion: clash.clashesWith.version, ...(clash.id ? { id: clash.id } : {}) },
  };
}
