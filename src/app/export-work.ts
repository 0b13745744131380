/**
 * "Export now": every assessment in the repository downloaded as its own
 * JSON file, in the same format as "Save as a file", so that work kept only
 * in memory survives closing the tab. An open assessment writes what is
 * still being typed first, so the files hold the very latest answers.
 */
import { displayName, type Assessment } from '../assessment/assessment';
import { exportJson } from '../assessment/export-file';
import type { QuestionnaireFile } from '../questionnaire/schema';
import { isLanguage, type Language } from '../i18n/languages';
import { pdfFileName } from '../report/file-name';
import type { Repository } from '../storage/repository';
import { downloadText } from './download';
import { questionnaireFor } from './questionnaire-for';

/** The JSON file's name: the report's name with .json, so the two sit together in a folder. */
export function jsonFileName(file: QuestionnaireFile, assessment: Assessment, lang: Language): string {
  return pdfFileName(displayName(file, assessment), lang).replace(/\.pdf$/, '.json');
}

/** Downloads one assessment as a JSON file, named for the interface language `lang`. */
export function downloadAssessment(file: QuestionnaireFile, assessment: Assessment, lang: string): void {
  downloadText(jsonFileName(file, assessment, isLanguage(lang) ? lang : 'sv'), exportJson(assessment), 'application/json');
}

/** Writers of work not yet in the repository (an open assessment's autosave), flushed before export. */
const pending = new Set<() => Promise<void>>();

/** Registers `flush` to run before an export; returns the unregister. */
export function registerPending(flush: () => Promise<void>): () => void {
  pending.add(flush);
  return () => {
    pending.delete(flush);
  };
}

/**
 * Downloads every readable assessment as JSON; resolves with how many files
 * were offered. Names that would clash get a number, so no file replaces another.
 */
export async function exportWork(repository: Repository, lang: Language): Promise<number> {
  await Promise.all([...pending].map((flush) => flush()));
  const used = new Set<string>();
  let count = 0;
  for (const entry of await repository.list()) {
    if (!entry.ok) continue;
    const file = questionnaireFor(entry.assessment);
    if (!file) continue;
    const base = jsonFileName(file, entry.assessment, lang).replace(/\.json$/, '');
    let name = `${base}.json`;
    for (let n = 2; used.has(name); n += 1) name = `${base}-${n}.json`;
    used.add(name);
    downloadText(name, exportJson(entry.assessment), 'application/json');
    count += 1;
  }
  return count;
}
