// Legal references in the texts the product shows. A help text that cites a
// law must cite the same law, the same sections and the same Convention
// articles in Swedish and in English, so a reader of either language is sent
// to the same provision. Every act cited by its SFS number must be one of the
// acts listed in questionnaires/legal-acts.json (with where to read it), and
// the questionnaires' README must name each of them.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { flattenTexts } from '../../src/questionnaire/texts';
import { resources, uiTexts } from '../../src/i18n/resources';

const ROOT = resolve(import.meta.dirname, '../..');

interface LegalAct {
  id: string;
  sfs: string;
  url: string;
}
const acts = (JSON.parse(readFileSync(resolve(ROOT, 'questionnaires/legal-acts.json'), 'utf8')) as { acts: LegalAct[] }).acts;

/** SFS numbers: a year from 1800 on, a colon and a serial number ("2017:725"). */
const SFS = /\b(1[89]\d\d|20\d\d):(\d{1,4})\b/g;

/** One section number, with an optional letter ("5 a"), but not the first letter of a word ("5 applies"). */
const SECTION = String.raw`\d+(?:\s?[a-z](?![\p{L}]))?`;
const SV_SECTIONS = new RegExp(String.raw`(?:(\d+)\s*kap\.\s*)?(${SECTION}(?:\s*(?:,|och|–)\s*${SECTION})*)\s*§`, 'gu');
const EN_SECTIONS = new RegExp(String.raw`(?:Chapter\s+(\d+),\s*)?Sections?\s+(${SECTION}(?:\s*(?:,|and|–)\s*${SECTION})*)`, 'gu');
const SV_ARTICLES = new RegExp(String.raw`\bartikl?(?:el|eln|arna)\s+(\d+(?:\s*(?:,|och)\s*\d+)*)`, 'giu');
const EN_ARTICLES = new RegExp(String.raw`\bArticles?\s+(\d+(?:\s*(?:,|and)\s*\d+)*)`, 'gu');

const numbers = (list: string): string[] => list.split(/\s*(?:,|och|and|–)\s*/u).map((n) => n.replace(/\s+/gu, ''));

/** The legal references in a text: SFS numbers, sections ("2:3" for chapter 2, section 3) and articles. */
export function legalReferences(text: string, lang: 'sv' | 'en'): { sfs: string[]; sections: string[]; articles: string[] } {
  const sfs = [...text.matchAll(SFS)].map((m) => `${m[1]}:${m[2]}`);
  const sections = [...text.matchAll(lang === 'sv' ? SV_SECTIONS : EN_SECTIONS)].flatMap((m) =>
    numbers(m[2]!).map((n) => (m[1] ? `${m[1]}:${n}` : n)),
  );
  const articles = [...text.matchAll(lang === 'sv' ? SV_ARTICLES : EN_ARTICLES)].flatMap((m) => numbers(m[1]!));
  const set = (xs: string[]) => [...new Set(xs)].sort();
  return { sfs: set(sfs), sections: set(sections), articles: set(articles) };
}

const texts = (lang: 'sv' | 'en'): Record<string, unknown> => ({
  ...flattenTexts(resources[lang].content),
  ...flattenTexts(uiTexts[lang], 'ui'),
});
const sv = texts('sv');
const en = texts('en');
const cited = (all: Record<string, unknown>, lang: 'sv' | 'en') =>
  Object.entries(all)
    .filter((e): e is [string, string] => typeof e[1] === 'string')
    .map(([key, text]) => ({ key, refs: legalReferences(text, lang) }))
    .filter(({ refs }) => refs.sfs.length + refs.sections.length + refs.articles.length > 0);

describe('reading legal references', () => {
  it.each([
    ['kommunallagen (2017:725) 2 kap. 3 §', { sfs: ['2017:725'], sections: ['2:3'], articles: [] }],
    ['förvaltningslagen (2017:900) 6 och 7 §§', { sfs: ['2017:900'], sections: ['6', '7'], articles: [] }],
    ['inflytande (5 a §), enligt artikel 12', { sfs: [], sections: ['5a'], articles: ['12'] }],
    ['artiklarna 3 och 12 i barnkonventionen', { sfs: [], sections: [], articles: ['12', '3'] }],
  ])('sv: %j', (text, expected) => {
    expect(legalReferences(text, 'sv')).toEqual(expected);
  });

  it.each([
    ['Local Government Act (SFS 2017:725), Chapter 2, Section 3, makes', { sfs: ['2017:725'], sections: ['2:3'], articles: [] }],
    ['(SFS 2017:900), Sections 6 and 7', { sfs: ['2017:900'], sections: ['6', '7'], articles: [] }],
    ['(Section 5 a). Under Article 12', { sfs: [], sections: ['5a'], articles: ['12'] }],
    ['Section 5 applies throughout', { sfs: [], sections: ['5'], articles: [] }],
  ])('en: %j', (text, expected) => {
    expect(legalReferences(text, 'en')).toEqual(expected);
  });

  it('finds no reference in a text without one, nor in a clock time or a bill number', () => {
    expect(legalReferences('Öppet 10:30–16:00, se prop. 2017/18:249.', 'sv')).toEqual({ sfs: [], sections: [], articles: [] });
  });
});

describe('legal references in the product', () => {
  it('the list of acts is well formed: unique ids and SFS numbers, each with where to read it', () => {
    expect(acts.length).toBeGreaterThan(0);
    for (const act of acts) {
      expect(act.sfs).toMatch(/^(1[89]\d\d|20\d\d):\d{1,4}$/);
      expect(act.url).toMatch(/^https:\/\/(lagen\.nu|www\.riksdagen\.se)\//);
    }
    expect(new Set(acts.map((a) => a.id)).size).toBe(acts.length);
    expect(new Set(acts.map((a) => a.sfs)).size).toBe(acts.length);
  });

  it('the texts cite laws at all (the reading finds them)', () => {
    expect(cited(sv, 'sv').length).toBeGreaterThan(5);
    expect(cited(en, 'en').length).toBeGreaterThan(5);
  });

  it.each([
    ['sv', sv],
    ['en', en],
  ] as const)('%s: every SFS number cited is a known act', (lang, all) => {
    const known = new Set(acts.map((a) => a.sfs));
    const unknown = cited(all, lang).flatMap(({ key, refs }) => refs.sfs.filter((s) => !known.has(s)).map((s) => `${key}: ${s}`));
    expect(unknown).toEqual([]);
  });

  it('every legal reference is cited in both languages under the same key, to the same act, sections and articles', () => {
    const keys = new Set([...cited(sv, 'sv'), ...cited(en, 'en')].map((c) => c.key));
    const mismatches = [...keys]
      .filter((key) => typeof sv[key] === 'string' && typeof en[key] === 'string')
      .map((key) => ({ key, sv: legalReferences(sv[key] as string, 'sv'), en: legalReferences(en[key] as string, 'en') }))
      .filter((m) => JSON.stringify(m.sv) !== JSON.stringify(m.en));
    expect(mismatches).toEqual([]);
  });

  it('every known act is cited somewhere and named in the questionnaires README', () => {
    const all = [...cited(sv, 'sv'), ...cited(en, 'en')].flatMap((c) => c.refs.sfs);
    const readme = readFileSync(resolve(ROOT, 'questionnaires/README.md'), 'utf8');
    expect(acts.filter((a) => !all.includes(a.sfs)).map((a) => a.id)).toEqual([]);
    expect(acts.filter((a) => !readme.includes(a.sfs)).map((a) => a.id)).toEqual([]);
  });
});
