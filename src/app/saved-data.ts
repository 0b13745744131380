/**
 * The start page's work on saved assessments that needs the parsed model
 * (and so zod): the list with each one's progress, creating one, naming one,
 * reading an imported file. The start page loads this module on demand,
 * after it has rendered, which keeps it out of the first page load.
 */
import { nextDue } from '../assessment/after/due';
import { latestSignOff, peerReviewStatus } from '../assessment/after/review-state';
import { displayName, newAssessment, type Assessment } from '../assessment/assessment';
import { assessmentDifferences } from '../assessment/differences';
import { subjectContext } from '../i18n/subject';
import { expectedSteps, stepStatuses } from '../machine/navigation';
import { doneSteps } from '../machine/persistence';
import { framework } from '../questionnaire/catalogue';
import type { QuestionnaireFile } from '../questionnaire/schema';
import type { Repository } from '../storage/repository';
import type { AfterOfSubject } from '../ui/after/saved-lines';
import type { DifferencesOfSubject } from '../ui/home/import-differences';
import type { DamagedItem, SavedItem } from '../ui/home/saved-list';
import { readAssessmentFile as readFile } from './import-file';
import { loadPackSetup } from './packs/registry';
import { questionnaireFor, questionnaireForNew } from './questionnaire-for';
import { newId, routeHash } from './routes';

// The saved list's parts after the decision come with this module, never with the first load.
export * as afterParts from '../ui/after/saved-lines';

/** Reads a picked file (import-file.ts) once the organisation's question packs are known, so its pack answers find their questions. */
export async function readAssessmentFile(file: Blob) {
  await loadPackSetup();
  return readFile(file);
}

/** Today as YYYY-MM-DD in the user's own time zone: a date given as a calendar day falls due on that day where they are. */
export function localToday(now: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

/**
 * What the saved list tells of an assessment's life after the decision: what is due next, the decision, the peer
 * review, and (for the words of the review) what the questionnaire assesses.
 */
export function afterDecision(file: QuestionnaireFile, a: Assessment, today: string): AfterOfSubject {
  const due = nextDue(file, a, today);
  const status = peerReviewStatus(a);
  const signOff = latestSignOff(a);
  const round = a.review.at(-1);
  const subject = subjectContext(file);
  return {
    ...(subject ? { subject } : {}),
    ...(due
      ? {
          due: {
            kind: due.item.kind,
            date: due.item.date,
            label: due.item.label,
            overdue: due.overdue,
            // Due today or before: the follow-up can be made now.
            ...(due.item.date <= today ? { followUpHref: routeHash({ name: 'follow-up', id: a.id }) } : {}),
          },
        }
      : {}),
    ...(a.decision ? { decision: { caseNumber: a.decision.caseNumber.trim(), outcome: a.decision.outcome, meetingDate: a.decision.meetingDate } } : {}),
    ...(status === 'none'
      ? {}
      : {
          peerReview: {
            status,
            ...(status === 'resubmitted' && round?.resubmittedAt ? { date: round.resubmittedAt } : status !== 'in-review' && signOff ? { date: signOff.date } : {}),
          },
        }),
  };
}

/**
 * The saved list's order: what has something due comes first, by its date
 * (so anything overdue is at the top), then the rest as stored (newest first).
 */
export function byWhatIsDue(items: SavedItem[]): SavedItem[] {
  const due = items.filter((i) => i.after?.due);
  const rest = items.filter((i) => !i.after?.due);
  // Array.prototype.sort is stable: equal dates keep the newest first.
  due.sort((a, b) => (a.after!.due!.date < b.after!.due!.date ? -1 : a.after!.due!.date > b.after!.due!.date ? 1 : 0));
  return [...due, ...rest];
}

/** Every stored assessment as the saved list shows it (see `byWhatIsDue`), and the damaged records. */
export async function listSaved(
  repository: Repository,
  titleOf: (questionnaireId: string) => string,
  today: string = localToday(new Date()),
): Promise<{ items: SavedItem[]; damaged: DamagedItem[] }> {
  const listed = await repository.list();
  const damaged = listed.flatMap((entry) => (entry.ok ? [] : [{ id: entry.id }]));
  const items = listed.flatMap((entry) => {
    if (!entry.ok) return [];
    const a = entry.assessment;
    const file = questionnaireFor(a);
    if (!file) return [];
    const model = { file, framework };
    const statuses = stepStatuses(model, a.answers, { reached: a.progress.reached, done: doneSteps(model, a.answers, a.progress) });
    return [
      {
        id: a.id,
        name: displayName(file, a),
        questionnaireTitle: titleOf(file.id),
        updatedAt: a.updatedAt,
        ...(a.origin ? { origin: a.origin } : {}),
        // A file written before the time was kept says only that it is complete ('').
        ...(a.progress.completedAt != null || a.progress.phase === 'complete' ? { completedAt: a.progress.completedAt ?? '' } : {}),
        done: Object.values(statuses).filter((s) => s === 'done').length,
        // Steps that apply or may still apply: a new assessment has all of them ahead, not only those before screening.
        total: expectedSteps(model, a.answers).length,
        after: afterDecision(file, a, today),
      },
    ];
  });
  return { items: byWhatIsDue(items), damaged };
}

/**
 * What differs between a file being imported and the assessment of the same
 * id stored here; undefined when the stored one cannot be read (damaged) or
 * its questionnaire is unknown, and then the import only asks.
 */
export function importDifferences(incoming: Assessment, here: Assessment | undefined): DifferencesOfSubject | undefined {
  const file = questionnaireFor(incoming);
  if (!here || !file || here.questionnaire.id !== incoming.questionnaire.id) return undefined;
  const subject = subjectContext(file);
  // What the questionnaire assesses travels with the differences, for the words of the review's sentences.
  return { ...assessmentDifferences(file, framework, incoming, here), ...(subject ? { subject } : {}) };
}

/** Stores a new, empty assessment of the questionnaire; resolves with its id (undefined for an unknown questionnaire). */
export async function createAssessment(repository: Repository, questionnaireId: string): Promise<string | undefined> {
  // A new assessment is answered with every question pack in use that adds to its questionnaire.
  await loadPackSetup();
  const fresh = questionnaireForNew(questionnaireId);
  if (!fresh) return undefined;
  const assessment = await repository.create(newAssessment(fresh.file, newId('a'), new Date(), fresh.packs));
  return assessment.id;
}

/** The assessment's name as the list would show it; empty when it has none. */
export function assessmentName(a: Assessment): string {
  const file = questionnaireFor(a);
  return (file && displayName(file, a)) || '';
}
