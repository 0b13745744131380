// Which assessments on this device are shared (src/app/sharing/shared-ids.ts):
// kept as ids beside the assessments, switched on and off one by one, and
// read as none when storage holds something else or refuses.
import { describe, expect, it } from 'vitest';
import { isShared, markShared, sharedIds } from '../../../src/app/sharing/shared-ids';

function memoryStorage(): Storage {
  const map = new Map<string, string>();
  return {
    get length() {
      return map.size;
    },
    clear: () => map.clear(),
    getItem: (key) => map.get(key) ?? null,
    key: (i) => [...map.keys()][i] ?? null,
    removeItem: (key) => void map.delete(key),
    setItem: (key, value) => void map.set(key, value),
  };
}

describe('shared ids', () => {
  it('are switched on and off one assessment at a time', () => {
    const storage = memoryStorage();
    expect(isShared('a-1', storage)).toBe(false);
    markShared('a-1', true, storage);
    markShared('a-2', true, storage);
    markShared('a-1', true, storage);
    expect(sharedIds(storage)).toEqual(['a-2', 'a-1']);
    markShared('a-2', false, storage);
    expect(isShared('a-2', storage)).toBe(false);
    expect(isShared('a-1', storage)).toBe(true);
  });

  it('read as none from damaged storage, or where storage refuses', () => {
    const storage = memoryStorage();
    storage.setItem('jk.shared-assessments', '{not json');
    expect(sharedIds(storage)).toEqual([]);
    storage.setItem('jk.shared-assessments', JSON.stringify(['a-1', 7, null]));
    expect(sharedIds(storage)).toEqual(['a-1']);
    const refusing = { ...memoryStorage(), setItem: () => { throw new Error('full'); } } as Storage;
    expect(() => markShared('a-1', true, refusing)).not.toThrow();
    expect(sharedIds(undefined)).toEqual([]);
  });
});
