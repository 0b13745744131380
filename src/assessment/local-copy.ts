/**
 * A new local copy of an assessment: its own id and dates, revision 0, so it
 * can never overwrite or be mistaken for the record it was copied from, and
 * where it came from (a worked example, a share link, an imported file, a
 * copy made here) with the time, so that copies of one assessment can be
 * told apart on the start page.
 */
import type { QuestionnaireFile } from '../questionnaire/schema';
import type { Assessment, Origin } from './assessment';
import { caseOnly } from './case';

/** Where a copy comes from; the time is the copy's own. */
export type CopySource = Omit<Origin, 'at'>;

/** `source` as a fresh record with id `id`, created and updated `now`; with `from`, it records that as its origin. */
export function localCopy(source: Assessment, id: string, now: Date, from?: CopySource): Assessment {
  const stamp = now.toISOString();
  const copy: Assessment = { ...source, id, createdAt: stamp, updatedAt: stamp, revision: 0 };
  return from ? withOrigin(copy, from, now) : copy;
}

/** A copy holding only the case (title, proposal, alternatives), for a group to work on from the start. */
export function caseOnlyCopy(file: QuestionnaireFile, source: Assessment, id: string, now: Date, from?: CopySource): Assessment {
  return caseOnly(file, localCopy(source, id, now, from));
}

/**
 * `assessment` marked as coming from `from` at `now`. An origin it carried
 * (an exported copy imported again) gives way to the new one: what matters
 * on this device is how this record got here.
 */
export function withOrigin(assessment: Assessment, from: CopySource, now: Date): Assessment {
  return { ...assessment, origin: { kind: from.kind, at: now.toISOString(), ...(from.from ? { from: from.from } : {}) } };
}
