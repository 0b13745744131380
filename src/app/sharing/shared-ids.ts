/**
 * Which assessments on this device are shared with colleagues over the
 * organisation's sync server ("Dela med kollegor"). Only the ids are kept,
 * in localStorage, beside the assessments in IndexedDB: the assessment file
 * itself says nothing about sharing, so an exported file, and the device's
 * copy after sharing is switched off, are exactly what they were without it.
 */

const KEY = 'jk.shared-assessments';

function deviceStorage(): Storage | undefined {
  try {
    return globalThis.localStorage;
  } catch {
    return undefined;
  }
}

/** The ids of the assessments shared from (or joined on) this device. */
export function sharedIds(storage: Storage | undefined = deviceStorage()): string[] {
  try {
    const parsed: unknown = JSON.parse(storage?.getItem(KEY) ?? '[]');
    return Array.isArray(parsed) ? parsed.filter((id): id is string => typeof id === 'string') : [];
  } catch {
    return [];
  }
}

export function isShared(id: string, storage: Storage | undefined = deviceStorage()): boolean {
  return sharedIds(storage).includes(id);
}

/** Records that `id` is shared (`on`) or no longer shared on this device. */
export function markShared(id: string, on: boolean, storage: Storage | undefined = deviceStorage()): void {
  const ids = sharedIds(storage).filter((other) => other !== id);
  try {
    storage?.setItem(KEY, JSON.stringify(on ? [...ids, id] : ids));
  } catch {
    // Storage refused: sharing then lasts while the page is open, and is offered again after a reload.
  }
}
