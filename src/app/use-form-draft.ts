/**
 * A form's unsaved text, kept as it is typed (src/storage/form-drafts.ts) and
 * offered again when the page opens. Used by the forms that save only when
 * asked: the decision on record, a follow-up and the reviewer's verdicts.
 */
import { useCallback, useState } from 'react';
import type { z } from 'zod';
import { clearDraft, readDraft, writeDraft, type FormDraft } from '../storage/form-drafts';
import { backupStorage } from './use-unload-backup';

export interface FormDraftState<T> {
  /** The draft found when the page opened under this name, until saved or discarded. */
  restored: FormDraft<T> | undefined;
  /** Keeps the form's values as they now are. */
  keep: (values: T) => void;
  /** Removes the draft: after a save, or when the user discards it. */
  clear: () => void;
}

export function useFormDraft<T>(name: string, schema: z.ZodType<T>): FormDraftState<T> {
  // Read once per name (a page showing another follow-up reads that one's draft).
  const [found, setFound] = useState(() => ({ name, draft: readDraft(backupStorage(), name, schema) }));
  if (found.name !== name) setFound({ name, draft: readDraft(backupStorage(), name, schema) });
  const keep = useCallback((values: T) => void writeDraft(backupStorage(), name, values, new Date()), [name]);
  const clear = useCallback(() => {
    clearDraft(backupStorage(), name);
    setFound({ name, draft: undefined });
  }, [name]);
  return { restored: found.name === name ? found.draft : undefined, keep, clear };
}
