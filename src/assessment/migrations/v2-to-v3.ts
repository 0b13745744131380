/**
 * Format 2 → 3: `origin.kind` may also be `workshop`, a group's copy opened
 * from a workshop link (whose `from` is the worked example's id when the link
 * named one). Nothing a version 2 file holds changes meaning, so only the
 * version number moves; a reader of version 2 would refuse the new kind,
 * which is why the version is bumped at all.
 */
import type { Migration } from './types';

export const v2ToV3: Migration = {
  from: 2,
  migrate: (doc) => ({ ...doc, formatVersion: 3 }),
};
