/**
 * The assessment file's format history: one migration per format version,
 * applied step by step (1 → 2 → …) until a document is in the current
 * `FORMAT_VERSION`. Every reader goes through here: JSON and PDF import,
 * `npm run validate` and records read back from the browser's storage, so
 * an old file and an old stored record are read the same way.
 */
import { z } from 'zod';
import type { Problem } from '../../questionnaire/problems';
import { FORMAT_VERSION, ZAssessment } from '../assessment';
import type { Migration } from './types';
import { v1ToV2 } from './v1-to-v2';
import { v2ToV3 } from './v2-to-v3';
import { v3ToV4 } from './v3-to-v4';
import { v4ToV5 } from './v4-to-v5';

export type { Migration } from './types';

/** Every migration, by the version it reads: MIGRATIONS[n] brings version n to n + 1. */
export const MIGRATIONS: Readonly<Record<number, Migration>> = { 1: v1ToV2, 2: v2ToV3, 3: v3ToV4, 4: v4ToV5 };

export type Migrated = { ok: true; value: Record<string, unknown> } | { ok: false; problems: Problem[] };

/**
 * Brings an assessment document of any earlier format version to the current
 * one. A newer version is refused (`file.newer`, this version cannot know
 * its meaning); a version that never existed is refused as `file.version`,
 * a missing one as `schema.required`.
 * The result still has to pass the schema (`ZAssessment`).
 */
export function migrate(doc: Readonly<Record<string, unknown>>): Migrated {
  const version = doc.formatVersion;
  if (typeof version === 'number' && version > FORMAT_VERSION) {
    return { ok: false, problems: [{ code: 'file.newer', path: '$.formatVersion', params: { version, supported: FORMAT_VERSION } }] };
  }
  // A file without a version says "missing", which is clearer than "a version that does not exist".
  if (version === undefined) return { ok: false, problems: [{ code: 'schema.required', path: '$.formatVersion' }] };
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 1) {
    return { ok: false, problems: [{ code: 'file.version', path: '$.formatVersion', params: { version: JSON.stringify(version) ?? '–', supported: FORMAT_VERSION } }] };
  }
  let current: Record<string, unknown> = { ...doc };
  for (let from = version; from < FORMAT_VERSION; from += 1) {
    const step = MIGRATIONS[from];
    if (!step) throw new Error(`No migration from assessment format ${from}`);
    current = step.migrate(current);
  }
  return { ok: true, value: current };
}

const isRecord = (raw: unknown): raw is Record<string, unknown> => raw !== null && typeof raw === 'object' && !Array.isArray(raw);

/**
 * `ZAssessment` for a stored value of any earlier format version: migrated
 * first, then parsed. What cannot be migrated (a newer version, junk) is
 * passed on unchanged, so the parse fails and the record reads as damaged.
 */
export const ZStoredAssessment = z.preprocess((raw) => {
  if (!isRecord(raw)) return raw;
  const migrated = migrate(raw);
  return migrated.ok ? migrated.value : raw;
}, ZAssessment);
