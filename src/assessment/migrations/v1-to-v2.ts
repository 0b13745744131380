/**
 * Format 1 → 2: adds `earlierAnswers`, the list where answers the current
 * questionnaire no longer has are kept (with the questionnaire version they
 * were given under) instead of being dropped. A version 1 file has set
 * nothing aside, so the list starts empty; everything else is unchanged.
 */
import type { Migration } from './types';

export const v1ToV2: Migration = {
  from: 1,
  migrate: (doc) => {
    // Rebuilt key by key so the new field sits after `answers`, as in the current schema.
    const out: Record<string, unknown> = {};
    for (const [key, value] of Object.entries(doc)) {
      out[key] = key === 'formatVersion' ? 2 : value;
      if (key === 'answers') out.earlierAnswers = [];
    }
    if (!('earlierAnswers' in out)) out.earlierAnswers = [];
    return out;
  },
};
