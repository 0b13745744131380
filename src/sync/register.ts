/**
 * The register: one line per assessment shared with the organisation, for
 * those who keep track of them all (what there is, where each stands, what
 * is due next). The sync server writes a line whenever an assessment changes
 * (src/server/register-hook.ts); register readers open the register document
 * and read the lines. Each line is computed here from the assessment alone,
 * by the same rules the app uses for its own lists, so the register never
 * says more than the assessment's answers do.
 */
import type * as Y from 'yjs';
import type { Assessment } from '../assessment/assessment';
import { displayName } from '../assessment/assessment';
import { nextDue } from '../assessment/after/due';
import { peerReviewStatus, type PeerReviewStatus } from '../assessment/after/review-state';
import { evaluate } from '../assessment/evaluate';
import type { Framework, QuestionnaireFile } from '../questionnaire/schema';

export interface RegisterLine {
  id: string;
  /** The assessment's name, or its title answer; empty when it has neither. */
  title: string;
  questionnaire: { id: string; contentVersion: string };
  phase: Assessment['progress']['phase'];
  /** When it was completed, once it is ('' for a file that did not keep the time). */
  completedAt?: string;
  /** The overall judgement chosen (an option id of the judgement question), once chosen. */
  judgement?: string;
  review: PeerReviewStatus;
  decision?: { outcome: string; meetingDate: string; caseNumber: string };
  /** What is due next, as of the day the line was written: the follow-up, or a measure by its name. */
  next?: { kind: 'follow-up' | 'measure'; date: string; label: string };
  updatedAt: string;
}

/** The register line of `assessment`, as of `today` (YYYY-MM-DD). */
export function registerLine(file: QuestionnaireFile, framework: Framework, assessment: Assessment, today: string): RegisterLine {
  const judgement = evaluate(file, framework, assessment).judgement?.ref.value;
  const completed = assessment.progress.completedAt != null || assessment.progress.phase === 'complete';
  const due = nextDue(file, assessment, today);
  const { decision } = assessment;
  return {
    id: assessment.id,
    title: displayName(file, assessment),
    questionnaire: { ...assessment.questionnaire },
    phase: assessment.progress.phase,
    ...(completed ? { completedAt: assessment.progress.completedAt ?? '' } : {}),
    ...(typeof judgement === 'string' && judgement !== '' ? { judgement } : {}),
    review: peerReviewStatus(assessment),
    ...(decision ? { decision: { outcome: decision.outcome, meetingDate: decision.meetingDate, caseNumber: decision.caseNumber.trim() } } : {}),
    ...(due ? { next: { kind: due.item.kind, date: due.item.date, label: due.item.label } } : {}),
    updatedAt: assessment.updatedAt,
  };
}

/** The register document's map of lines, by assessment id. */
export const registerLines = (doc: Y.Doc): Y.Map<RegisterLine> => doc.getMap<RegisterLine>('lines');

/** Every line of the register document, sorted by what is due first, then by the latest change. */
export function readRegister(doc: Y.Doc): RegisterLine[] {
  return [...registerLines(doc).values()].sort(
    (a, b) => (a.next?.date ?? '9999').localeCompare(b.next?.date ?? '9999') || b.updatedAt.localeCompare(a.updatedAt),
  );
}
