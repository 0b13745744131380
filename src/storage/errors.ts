/**
 * The errors the repository rejects with, as classes so callers can tell
 * them apart with `instanceof` and show the right message.
 */
import type { Assessment } from '../assessment/assessment';

/**
 * Why a save was refused: `changed` when someone (usually another tab)
 * saved a newer revision, `missing` when the record was deleted since it was
 * read, `unreadable` when the stored record no longer parses (for instance
 * because a newer app version wrote it, which must not be overwritten).
 */
export type ConflictReason = 'changed' | 'missing' | 'unreadable';

/**
 * A save based on a revision that is no longer the stored one. Nothing was
 * written. `stored` is the current stored assessment when it could be read.
 */
export class ConflictError extends Error {
  override readonly name = 'ConflictError';
  readonly id: string;
  readonly basedOnRevision: number;
  readonly reason: ConflictReason;
  readonly stored: Assessment | undefined;

  constructor(id: string, basedOnRevision: number, reason: ConflictReason, stored: Assessment | undefined) {
    const current = stored ? `, stored revision ${stored.revision}` : '';
    super(`Assessment ${id}: save based on revision ${basedOnRevision} refused (${reason}${current})`);
    this.id = id;
    this.basedOnRevision = basedOnRevision;
    this.reason = reason;
    this.stored = stored;
  }
}

/** The assessment to rename or duplicate is missing or cannot be read. */
export class NotFoundError extends Error {
  override readonly name = 'NotFoundError';
  readonly id: string;

  constructor(id: string) {
    super(`Assessment ${id} not found or unreadable`);
    this.id = id;
  }
}

/** An assessment with this id already exists (create, duplicate). */
export class AlreadyExistsError extends Error {
  override readonly name = 'AlreadyExistsError';
  readonly id: string;

  constructor(id: string) {
    super(`Assessment ${id} already exists`);
    this.id = id;
  }
}
