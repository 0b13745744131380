// Drafts of the forms that save only when asked: kept and read back through
// the caller's schema; a draft that no longer parses, broken text or a
// browser that refuses storage is ignored rather than shown half-read.
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { clearDraft, draftKey, readDraft, writeDraft } from '../../../src/storage/form-drafts';

/** A Storage in memory, optionally one that throws on every call (blocked or full). */
function memoryStorage(throws = false): Storage {
  const map = new Map<string, string>();
  const guard = () => {
    if (throws) throw new DOMException('refused', 'QuotaExceededError');
  };
  return {
    get length() {
      return map.size;
    },
    key: (i) => [...map.keys()][i] ?? null,
    getItem: (k) => (guard(), map.get(k) ?? null),
    setItem: (k, v) => (guard(), void map.set(k, v)),
    removeItem: (k) => (guard(), void map.delete(k)),
    clear: () => map.clear(),
  };
}

const Values = z.strictObject({ caseNumber: z.string(), outcome: z.enum(['', 'amended']) });
const AT = new Date('2026-12-05T10:15:00.000Z');

describe('form drafts', () => {
  it('keeps values and reads them back with when they were written', () => {
    const storage = memoryStorage();
    expect(writeDraft(storage, 'decision.a-1', { caseNumber: 'KFN 2026/112', outcome: 'amended' }, AT)).toBe(true);
    expect(readDraft(storage, 'decision.a-1', Values)).toEqual({ values: { caseNumber: 'KFN 2026/112', outcome: 'amended' }, at: AT });
    // Another draft's name is another draft.
    expect(readDraft(storage, 'decision.a-2', Values)).toBeUndefined();
  });

  it('ignores a draft the schema refuses, broken text and a date that is not one', () => {
    const storage = memoryStorage();
    writeDraft(storage, 'x', { caseNumber: 5 }, AT);
    expect(readDraft(storage, 'x', Values)).toBeUndefined();
    storage.setItem(draftKey('y'), '{"at":');
    expect(readDraft(storage, 'y', Values)).toBeUndefined();
    storage.setItem(draftKey('z'), JSON.stringify({ at: 'igår', values: { caseNumber: '', outcome: '' } }));
    expect(readDraft(storage, 'z', Values)).toBeUndefined();
  });

  it('removes a draft once cleared', () => {
    const storage = memoryStorage();
    writeDraft(storage, 'decision.a-1', { caseNumber: '1', outcome: '' }, AT);
    clearDraft(storage, 'decision.a-1');
    expect(readDraft(storage, 'decision.a-1', Values)).toBeUndefined();
    expect(storage.length).toBe(0);
  });

  it('says false, and throws nothing, where the browser refuses storage or has none', () => {
    const refusing = memoryStorage(true);
    expect(writeDraft(refusing, 'a', { caseNumber: '', outcome: '' }, AT)).toBe(false);
    expect(readDraft(refusing, 'a', Values)).toBeUndefined();
    expect(() => clearDraft(refusing, 'a')).not.toThrow();
    expect(writeDraft(undefined, 'a', { caseNumber: '', outcome: '' }, AT)).toBe(false);
    expect(readDraft(undefined, 'a', Values)).toBeUndefined();
  });
});
