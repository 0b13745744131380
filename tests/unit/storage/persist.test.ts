// requestPersistentStorage never throws and reports whether data is persistent.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { requestPersistentStorage } from '../../../src/storage/persist';

afterEach(() => {
  vi.unstubAllGlobals();
});

describe('requestPersistentStorage', () => {
  it('is false when the Storage API is missing', async () => {
    vi.stubGlobal('navigator', {});
    await expect(requestPersistentStorage()).resolves.toBe(false);
    vi.stubGlobal('navigator', { storage: {} });
    await expect(requestPersistentStorage()).resolves.toBe(false);
  });

  it('asks for persistence and returns the answer', async () => {
    const persist = vi.fn<() => Promise<boolean>>(async () => true);
    vi.stubGlobal('navigator', { storage: { persisted: async () => false, persist } });
    await expect(requestPersistentStorage()).resolves.toBe(true);
    expect(persist).toHaveBeenCalledOnce();
  });

  it('does not ask again when already persistent', async () => {
    const persist = vi.fn<() => Promise<boolean>>(async () => false);
    vi.stubGlobal('navigator', { storage: { persisted: async () => true, persist } });
    await expect(requestPersistentStorage()).resolves.toBe(true);
    expect(persist).not.toHaveBeenCalled();
  });

  it('is false when the browser refuses or throws', async () => {
    vi.stubGlobal('navigator', { storage: { persisted: async () => false, persist: async () => false } });
    await expect(requestPersistentStorage()).resolves.toBe(false);
    vi.stubGlobal('navigator', { storage: { persist: () => Promise.reject(new Error('SecurityError')) } });
    await expect(requestPersistentStorage()).resolves.toBe(false);
  });
});
