/**
 * Importing a question pack from a file the user picked, and removing one.
 * The start page's file field takes packs as well as assessments: a JSON
 * file of `kind: "content-pack"` comes here. A pack is added only when it
 * parses against this version's questionnaires and clashes with no pack in
 * use (the organisation's come first; an imported pack of the same id is the
 * one it replaces). Loaded on the first file picked: it brings the parsed
 * model and zod.
 */
import { framework, questionnaires } from '../../questionnaire/catalogue';
import { parsePack } from '../../questionnaire/pack';
import { clashProblem, combinePacks } from '../../questionnaire/pack-set';
import type { Problem } from '../../questionnaire/problems';
import { MAX_IMPORT_BYTES } from '../import-file';
import { appPackRegistry, type PackRegistry } from './registry';

export type PackImport =
  /** `previous`: the version of the imported pack it replaced; `forAll`: it adds to every questionnaire (else `questionnaires`). */
  | { ok: true; id: string; version: string; previous?: string; forAll: boolean; questionnaires: string[] }
  | { ok: false; problems: Problem[] };

/** The file's content when it is a question pack (JSON with `kind: "content-pack"`); undefined for anything else. */
export async function packInFile(file: Blob): Promise<unknown> {
  if (file.size > MAX_IMPORT_BYTES) return undefined;
  try {
    const value = JSON.parse(await file.text()) as unknown;
    return value && typeof value === 'object' && (value as { kind?: unknown }).kind === 'content-pack' ? value : undefined;
  } catch {
    return undefined;
  }
}

/** Checks and keeps an imported pack; `packSetup()` has it when this resolves with `ok`. */
export async function importPack(raw: unknown, registry: PackRegistry = appPackRegistry, now: Date = new Date()): Promise<PackImport> {
  const parsed = parsePack(raw, questionnaires, framework);
  if (!parsed.ok) return parsed;
  const pack = parsed.value;
  const setup = await registry.load();
  const previous = setup.listed.find((p) => p.source === 'imported' && p.id === pack.id);
  // An imported pack of the same id in use is the one this replaces, so no obstacle; every other pack in use is.
  const replacing = previous !== undefined && !previous.clashesWith && !previous.unreadable;
  const others = replacing ? setup.packs.filter((p) => p.id !== pack.id) : setup.packs;
  const clash = combinePacks([...others, pack]).leftOut.find((c) => c.pack === pack);
  if (clash) return { ok: false, problems: [clashProblem(clash)] };
  await registry.keep({ id: pack.id, raw, importedAt: now.toISOString() });
  return {
    ok: true,
    id: pack.id,
    version: pack.version,
    ...(previous?.version ? { previous: previous.version } : {}),
    forAll: questionnaires.every((q) => pack.questionnaires.includes(q.id)),
    questionnaires: pack.questionnaires,
  };
}

/** Removes an imported pack; `packSetup()` is without it when this resolves. */
export async function removePack(id: string, registry: PackRegistry = appPackRegistry): Promise<void> {
  await registry.forget(id);
}
