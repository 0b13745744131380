/**
 * Importing a file into storage: a rejected file changes nothing and lists
 * its problems in the active language; an assessment already stored here
 * is replaced only after the user chooses so, otherwise kept as a copy.
 */
import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { displayName, type Assessment } from '../assessment/assessment';
import { formatProblem } from '../i18n/problems';
import type { QuestionnaireFile } from '../questionnaire/schema';
import type { Repository } from '../storage/repository';
import type { ImportState } from '../ui/home/import-panel';
import { readAssessmentFile } from './import-file';
import { newId } from './routes';

export function useImport(repository: Repository | undefined, questionnaires: QuestionnaireFile[], refresh: () => void) {
  const { t } = useTranslation();
  const [status, setStatus] = useState<ImportState>({ state: 'idle' });
  const pending = useRef<Assessment | undefined>(undefined);
  const nameOf = (a: Assessment) => {
    const file = questionnaires.find((q) => q.id === a.questionnaire.id);
    return (file && displayName(file, a)) || t('saved.untitled');
  };
  const read = async (picked: File) => {
    if (!repository) return;
    setStatus({ state: 'reading' });
    const parsed = await readAssessmentFile(picked);
    if (!parsed.ok) {
      setStatus({ state: 'rejected', fileName: picked.name, messages: parsed.problems.map((p) => formatProblem(t, p)) });
      return;
    }
    const existing = await repository.getRaw(parsed.value.id);
    if (existing !== undefined) {
      pending.current = parsed.value;
      setStatus({ state: 'exists', fileName: picked.name, name: nameOf(parsed.value) });
      return;
    }
    await repository.create({ ...parsed.value, revision: 0 });
    setStatus({ state: 'done', name: nameOf(parsed.value) });
    refresh();
  };
  const keepBoth = async () => {
    const value = pending.current;
    if (!value || !repository) return;
    await repository.create({ ...value, id: newId('a'), revision: 0 });
    setStatus({ state: 'done', name: nameOf(value) });
    refresh();
  };
  const replace = async () => {
    const value = pending.current;
    if (!value || !repository) return;
    const current = await repository.get(value.id);
    // A damaged record cannot be saved over (its revision is unknown); it is removed first.
    if (current) await repository.save({ ...value, revision: current.revision }, current.revision);
    else {
      await repository.remove(value.id);
      await repository.create({ ...value, revision: 0 });
    }
    setStatus({ state: 'done', name: nameOf(value) });
    refresh();
  };

  return { status, read, keepBoth, replace, cancel: () => setStatus({ state: 'idle' }) };
}
