/**
 * Format 3 → 4: the life of an assessment after it is completed. Adds
 * `review` (the review rounds) and `followUps`, both empty, after `drafts`;
 * `decision` stays absent until the committee's decision is recorded.
 * Nothing a version 3 file holds changes meaning.
 */
import type { Migration } from './types';

export const v3ToV4: Migration = {
  from: 3,
  migrate: (doc) => ({ ...doc, formatVersion: 4, review: doc.review ?? [], followUps: doc.followUps ?? [] }),
};
