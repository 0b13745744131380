/**
 * Importing a file into storage: a rejected file changes nothing and lists
 * its problems in the active language; an assessment already stored here
 * is replaced only after the user chooses so, otherwise kept as a copy.
 * Before asking, the panel shows what differs between the file and the
 * stored one (the assessor's and the reviewer's copies may both have
 * changed; nothing is ever merged), or that they hold the same content.
 * Whatever is stored records this import as its origin (the file's name and
 * the time), so that three imports of one file read differently on the list.
 */
import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Assessment } from '../assessment/assessment';
import { withOrigin } from '../assessment/local-copy';
import { isLanguage } from '../i18n/languages';
import { ensureLanguage } from '../i18n/load';
import { formatProblem } from '../i18n/problems';
import { ConflictError } from '../storage/errors';
import type { Repository } from '../storage/repository';
import type { ImportState } from '../ui/home/import-panel';
import { newId } from './routes';
import { storageOf } from './use-repository';

// Reading and checking a file needs the parsed model and zod: loaded on first use.
const savedData = () => import('./saved-data');
// A question pack is read in by the same field (./packs/import-pack.ts).
const packImport = () => import('./packs/import-pack');

export function useImport(given: Repository | undefined, refresh: () => void) {
  const { t, i18n } = useTranslation();
  const [status, setStatus] = useState<ImportState>({ state: 'idle' });
  // The stored revision the differences were read from: a replace over a later one asks again.
  const pending = useRef<{ value: Assessment; name: string; fileName: string; hereRevision?: number } | undefined>(undefined);
  const lang = isLanguage(i18n.language) ? i18n.language : 'sv';
  /** The question with what differs from the stored copy (when it can be read); its words come with the whole language. */
  const ask = async (repository: Repository, changedMeanwhile: boolean) => {
    if (!pending.current) return;
    const { value, name, fileName } = pending.current;
    const here = await repository.get(value.id);
    const differences = (await savedData()).importDifferences(value, here);
    pending.current = { ...pending.current, ...(here ? { hereRevision: here.revision } : {}) };
    // Step titles and the sentences on differences are not among the start page's texts.
    if (differences) await ensureLanguage(i18n, lang).catch(() => undefined);
    setStatus({ state: 'exists', fileName, name, ...(differences ? { differences } : {}), ...(changedMeanwhile ? { changedMeanwhile } : {}) });
  };
  /** Adds a question pack; true when the file is one (added or refused), false for any other file. */
  const readPack = async (picked: File): Promise<boolean> => {
    const packs = await packImport();
    const raw = await packs.packInFile(picked);
    if (raw === undefined) return false;
    setStatus({ state: 'reading' });
    const result = await packs.importPack(raw);
    if (!result.ok) {
      await ensureLanguage(i18n, lang).catch(() => undefined);
      setStatus({ state: 'rejected', fileName: picked.name, messages: result.problems.map((p) => formatProblem(t, p)) });
      return true;
    }
    const { id, version, previous, forAll, questionnaires } = result;
    setStatus({ state: 'pack-added', id, version, ...(previous ? { previous } : {}), ...(forAll ? {} : { questionnaires }) });
    return true;
  };
  const read = async (picked: File) => {
    if (await readPack(picked)) return;
    const repository = await storageOf(given);
    if (!repository) return;
    setStatus({ state: 'reading' });
    const { readAssessmentFile, assessmentName } = await savedData();
    const nameOf = (a: Assessment) => assessmentName(a) || t('saved.untitled');
    const parsed = await readAssessmentFile(picked);
    if (!parsed.ok) {
      // A problem may name any question: its words come with the whole language, not the start page's.
      await ensureLanguage(i18n, isLanguage(i18n.language) ? i18n.language : 'sv');
      setStatus({ state: 'rejected', fileName: picked.name, messages: parsed.problems.map((p) => formatProblem(t, p)) });
      return;
    }
    const value = withOrigin(parsed.value, { kind: 'file', from: picked.name }, new Date());
    const existing = await repository.getRaw(value.id);
    if (existing !== undefined) {
      pending.current = { value, name: nameOf(value), fileName: picked.name };
      await ask(repository, false);
      return;
    }
    await repository.create({ ...value, revision: 0 });
    setStatus({ state: 'done', name: nameOf(value) });
    refresh();
  };
  const keepBoth = async () => {
    const repository = await storageOf(given);
    if (!pending.current || !repository) return;
    const { value, name } = pending.current;
    await repository.create({ ...value, id: newId('a'), revision: 0 });
    setStatus({ state: 'done', name });
    refresh();
  };
  const replace = async () => {
    const repository = await storageOf(given);
    if (!pending.current || !repository) return;
    const { value, name, hereRevision } = pending.current;
    const current = await repository.get(value.id);
    // Changed in another tab since the differences were shown: show them again rather than replace unseen work.
    if (current && hereRevision !== undefined && current.revision !== hereRevision) {
      await ask(repository, true);
      return;
    }
    // A damaged record cannot be saved over (its revision is unknown); it is removed first.
    if (current) {
      try {
        await repository.save({ ...value, revision: current.revision }, current.revision);
      } catch (error) {
        if (!(error instanceof ConflictError)) throw error;
        await ask(repository, true);
        return;
      }
    } else {
      await repository.remove(value.id);
      await repository.create({ ...value, revision: 0 });
    }
    setStatus({ state: 'done', name });
    refresh();
  };

  const cancel = () => {
    // The file is let go: nothing of it stays to be stored by a later click.
    pending.current = undefined;
    setStatus({ state: 'idle' });
  };

  return { status, read, keepBoth, replace, cancel };
}
