/**
 * A new local copy of an assessment that came from outside this browser (a
 * worked example, a share link): its own id and dates, revision 0, so it
 * can never overwrite or be mistaken for the record it was copied from.
 */
import type { QuestionnaireFile } from '../questionnaire/schema';
import type { Assessment } from './assessment';
import { caseOnly } from './case';

/** `source` as a fresh record with id `id`, created and updated `now`. */
export function localCopy(source: Assessment, id: string, now: Date): Assessment {
  const stamp = now.toISOString();
  return { ...source, id, createdAt: stamp, updatedAt: stamp, revision: 0 };
}

/** A copy holding only the case (title, proposal, alternatives), for a group to work on from the start. */
export function caseOnlyCopy(file: QuestionnaireFile, source: Assessment, id: string, now: Date): Assessment {
  return caseOnly(file, localCopy(source, id, now));
}
