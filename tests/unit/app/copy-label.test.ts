// Copies on the start page read apart: by origin and time, with the seconds
// (and a file's name) when two would otherwise read the same.
import { describe, expect, it } from 'vitest';
import type { Origin } from '../../../src/assessment/assessment';
import { originLabels } from '../../../src/ui/home/copy-label';
import svUi from '../../../locales/sv/ui.json';
import enUi from '../../../locales/en/ui.json';

const NOW = new Date('2026-12-05T09:00:00Z');
const texts = { sv: svUi, en: enUi };
function translator(lang: 'sv' | 'en') {
  return (key: string, options: Record<string, unknown> = {}) => {
    let node: unknown = texts[lang];
    for (const part of key.split('.')) node = (node as Record<string, unknown>)[part];
    return String(node).replace(/\{\{(\w+)\}\}/g, (_, name: string) => String(options[name]));
  };
}
const labels = (lang: 'sv' | 'en', origins: (Origin | undefined)[]) => {
  const items = origins.map((origin, i) => ({ id: `a-${i}`, ...(origin ? { origin } : {}) }));
  const map = originLabels(items, translator(lang), lang, NOW);
  return items.map((i) => map.get(i.id));
};
// The time is the reader's local time: computed here in the zone the tests run in.
const local = (iso: string) => {
  const d = new Date(iso);
  return `${String(d.getHours()).padStart(2, '0')}.${String(d.getMinutes()).padStart(2, '0')}`;
};

describe('origin labels', () => {
  it('names each kind of origin with its time', () => {
    const at = '2026-12-04T12:19:00Z';
    const [file, share, example, copy, none] = labels('sv', [
      { kind: 'file', at, from: 'bibliotek.json' },
      { kind: 'share', at: '2026-12-04T12:20:00Z' },
      { kind: 'example', at: '2026-12-04T12:21:00Z', from: 'library' },
      { kind: 'copy', at: '2026-12-04T12:22:00Z', from: 'a-1' },
      undefined,
    ]);
    expect(file).toBe(`Importerad från fil 4 dec ${local(at)}`);
    expect(share).toMatch(/^Från delad länk 4 dec \d\d\.\d\d$/);
    expect(example).toMatch(/^Från exempel 4 dec \d\d\.\d\d$/);
    expect(copy).toMatch(/^Kopia 4 dec \d\d\.\d\d$/);
    expect(none).toBeUndefined();
  });

  it('names a workshop group’s copy as coming from a workshop link, in both languages', () => {
    const origin: Origin = { kind: 'workshop', at: '2026-12-04T12:23:00Z', from: 'library' };
    expect(labels('sv', [origin])[0]).toMatch(/^Från workshoplänk 4 dec \d\d\.23$/);
    expect(labels('en', [origin])[0]).toMatch(/^From a workshop link, 4 Dec \d\d:23$/);
  });

  it('tells apart three imports of one file, in the same minute or not', () => {
    const got = labels('en', [
      { kind: 'file', at: '2026-12-04T12:19:05Z', from: 'library.json' },
      { kind: 'file', at: '2026-12-04T12:19:41Z', from: 'library.json' },
      { kind: 'file', at: '2026-12-04T12:31:00Z', from: 'library.json' },
    ]);
    expect(new Set(got).size).toBe(3);
    expect(got[0]).toMatch(/^Imported from the file library\.json, 4 Dec \d\d:19:05$/);
    expect(got[1]).toMatch(/^Imported from the file library\.json, 4 Dec \d\d:19:41$/);
    expect(got[2]).toMatch(/^Imported from a file, 4 Dec \d\d:31$/);
  });

  it('gives the year of a copy made in another year', () => {
    expect(labels('sv', [{ kind: 'copy', at: '2025-06-30T10:00:00Z' }])[0]).toMatch(/^Kopia 30 juni 2025 \d\d\.00$/);
  });
});
