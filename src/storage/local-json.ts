/**
 * Reading a value kept as JSON in localStorage, where any step can fail: the
 * browser may block storage (some privacy settings throw on access), and
 * the text may not be JSON (another version, a hand edit). Used by the
 * copies kept as the page closes (unload-backup.ts) and by form drafts
 * (form-drafts.ts); each then checks the value with its own schema.
 */

/**
 * What is stored at `key`: undefined when nothing is (or storage cannot be
 * read), `{ value: undefined }` when the text there is not JSON.
 */
export function readLocalJson(storage: Storage | undefined, key: string): { value: unknown } | undefined {
  let text: string | null;
  try {
    text = storage?.getItem(key) ?? null;
  } catch {
    return undefined;
  }
  if (text === null) return undefined;
  try {
    return { value: JSON.parse(text) as unknown };
  } catch {
    return { value: undefined };
  }
}
