/**
 * "Start from an example": loads the chosen worked example in the interface
 * language, stores an editable copy of it (whole, or only the case for a
 * group to work on) and opens the copy. The example itself is never stored.
 */
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ExampleId } from '../assessment/examples';
import { ensureLanguage } from '../i18n/load';
import { formatProblem } from '../i18n/problems';
import { isLanguage } from '../i18n/languages';
import type { Repository } from '../storage/repository';
import { newId } from './routes';
import { storageOf } from './use-repository';

export type ExampleVariant = 'whole' | 'case';
export type ExampleState = { state: 'idle' } | { state: 'loading' } | { state: 'failed'; messages: string[] };

// The example files, their checks (zod) and the parsed model load on the click, not with the start page.
const loadParts = () => Promise.all([import('./examples'), import('../assessment/local-copy'), import('./questionnaire-for')]);

export function useExample(given: Repository | undefined, onOpen: (id: string) => void) {
  const { t, i18n } = useTranslation();
  const [status, setStatus] = useState<ExampleState>({ state: 'idle' });
  const start = async (id: ExampleId, variant: ExampleVariant) => {
    const repository = await storageOf(given);
    if (!repository) return;
    setStatus({ state: 'loading' });
    const [{ loadExample }, { caseOnlyCopy, localCopy }, { questionnaireFor }] = await loadParts();
    const loaded = await loadExample(id, isLanguage(i18n.language) ? i18n.language : 'sv');
    const file = loaded.ok ? questionnaireFor(loaded.value) : undefined;
    if (!loaded.ok || !file) {
      // A problem may name any question: its words come with the whole language, not the start page's.
      await ensureLanguage(i18n, isLanguage(i18n.language) ? i18n.language : 'sv');
      setStatus({ state: 'failed', messages: loaded.ok ? [] : loaded.problems.map((p) => formatProblem(t, p)) });
      return;
    }
    const from = { kind: 'example', from: id } as const;
    const fresh = variant === 'case' ? caseOnlyCopy(file, loaded.value, newId('a'), new Date(), from) : localCopy(loaded.value, newId('a'), new Date(), from);
    const copy = await repository.create(fresh);
    setStatus({ state: 'idle' });
    onOpen(copy.id);
  };
  return { status, start };
}
