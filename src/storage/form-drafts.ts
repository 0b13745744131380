/**
 * What is typed into a form that saves only when asked (the decision on
 * record, a follow-up, a reviewer's verdicts), kept until it is saved. The
 * step forms save as they are typed; these forms check their values as a
 * whole before anything is stored, so until "Spara" their text lives only in
 * the page. A copy is written to localStorage on every change, synchronously,
 * so a reload, a crash or a closed tab does not cost it; the page offers it
 * again on the next open and removes it once the form is saved or the user
 * discards it.
 *
 * A draft is read through the caller's schema: one that no longer parses
 * (another version of the app, a hand-edited value) is ignored, never shown
 * half-read.
 */
import { z } from 'zod';
import { readLocalJson } from './local-json';

/** The localStorage key of the draft `name` (e.g. "decision.<assessment id>"). */
export const draftKey = (name: string): string => `jamlikhetskollen.form-draft.v1.${name}`;

const ZStored = z.strictObject({
  /** When it was last written (ISO 8601). */
  at: z.string(),
  values: z.unknown(),
});

export interface FormDraft<T> {
  values: T;
  /** When it was last written. */
  at: Date;
}

/** The draft `name`, if there is one that `schema` accepts. */
export function readDraft<T>(storage: Storage | undefined, name: string, schema: z.ZodType<T>): FormDraft<T> | undefined {
  const found = readLocalJson(storage, draftKey(name));
  if (!found) return undefined;
  const stored = ZStored.safeParse(found.value);
  if (!stored.success) return undefined;
  const values = schema.safeParse(stored.data.values);
  const at = new Date(stored.data.at);
  return values.success && !Number.isNaN(at.getTime()) ? { values: values.data, at } : undefined;
}

/** Keeps `values` as the draft `name`; false when the browser refused (storage full or blocked). */
export function writeDraft<T>(storage: Storage | undefined, name: string, values: T, at: Date): boolean {
  try {
    storage?.setItem(draftKey(name), JSON.stringify({ at: at.toISOString(), values }));
    return storage !== undefined;
  } catch {
    return false;
  }
}

/** Removes the draft `name` (saved, or discarded by the user). */
export function clearDraft(storage: Storage | undefined, name: string): void {
  try {
    storage?.removeItem(draftKey(name));
  } catch {
    // Blocked storage has nothing to remove.
  }
}
