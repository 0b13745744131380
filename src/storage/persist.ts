/**
 * Asking the browser to keep our data. Without it, IndexedDB is "best
 * effort" storage that the browser may clear under storage pressure, taking
 * unsaved-elsewhere assessments with it.
 */

/**
 * Requests persistent storage; true when the data is (now) persistent, false
 * when refused or the API is unavailable (old browsers, tests, insecure
 * contexts). Never throws.
 */
export async function requestPersistentStorage(): Promise<boolean> {
  const storage = typeof navigator === 'undefined' ? undefined : (navigator.storage as StorageManager | undefined);
  try {
    // Ask `persisted` first: some browsers (Firefox) show a prompt for `persist`.
    if (await storage?.persisted?.()) return true;
    return (await storage?.persist?.()) ?? false;
  } catch {
    return false;
  }
}
