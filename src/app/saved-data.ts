/**
 * The start page's work on saved assessments that needs the parsed model
 * (and so zod): the list with each one's progress, creating one, naming one,
 * reading an imported file. The start page loads this module on demand,
 * after it has rendered, which keeps it out of the first page load.
 */
import { displayName, newAssessment, type Assessment } from '../assessment/assessment';
import { expectedSteps, stepStatuses } from '../machine/navigation';
import { doneSteps } from '../machine/persistence';
import { framework, questionnaires } from '../questionnaire/catalogue';
import type { Repository } from '../storage/repository';
import type { DamagedItem, SavedItem } from '../ui/home/saved-list';
import { newId } from './routes';

export { readAssessmentFile } from './import-file';

/** Every stored assessment as the saved list shows it (newest first), and the damaged records. */
export async function listSaved(repository: Repository, titleOf: (questionnaireId: string) => string): Promise<{ items: SavedItem[]; damaged: DamagedItem[] }> {
  const listed = await repository.list();
  const damaged = listed.flatMap((entry) => (entry.ok ? [] : [{ id: entry.id }]));
  const items = listed.flatMap((entry) => {
    if (!entry.ok) return [];
    const a = entry.assessment;
    const file = questionnaires.find((q) => q.id === a.questionnaire.id);
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
      },
    ];
  });
  return { items, damaged };
}

/** Stores a new, empty assessment of the questionnaire; resolves with its id (undefined for an unknown questionnaire). */
export async function createAssessment(repository: Repository, questionnaireId: string): Promise<string | undefined> {
  const file = questionnaires.find((q) => q.id === questionnaireId);
  if (!file) return undefined;
  const assessment = await repository.create(newAssessment(file, newId('a'), new Date()));
  return assessment.id;
}

/** The assessment's name as the list would show it; empty when it has none. */
export function assessmentName(a: Assessment): string {
  const file = questionnaires.find((q) => q.id === a.questionnaire.id);
  return (file && displayName(file, a)) || '';
}
