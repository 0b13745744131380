/**
 * Format 4 → 5: question packs. `questionnaire.packs` names the packs an
 * assessment is answered with, and an entry of `earlierAnswers` may name the
 * pack its answers belong to. Both are optional and a version 4 file has
 * neither, so only the version changes; the bump makes an older app refuse
 * a file with packs as "made by a newer version" rather than as damaged.
 */
import type { Migration } from './types';

export const v4ToV5: Migration = {
  from: 4,
  migrate: (doc) => ({ ...doc, formatVersion: 5 }),
};
