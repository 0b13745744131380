// The browser loads one language at a time from its own chunks, collected
// from the locale files on disk: first the start page's texts, then the
// whole language. The whole must hold exactly what the CLI and the tests get
// from resources.ts, the start part exactly its share of the same files and
// the texts the start page shows before it answers input (rendered from them
// alone in tests/unit/app/start-texts.test.tsx), and a language loaded later
// must translate in an instance created without it.
import { describe, expect, it } from 'vitest';
import { createI18nWith, type LanguageTexts } from '../../../src/i18n/instance';
import { LANGUAGES } from '../../../src/i18n/languages';
import { ensureLanguage, hasLanguage } from '../../../src/i18n/load';
import { contentFiles, resources, uiTexts } from '../../../src/i18n/resources';
import { START_CONTENT } from '../../../src/i18n/bundles/from-files';
import { mergeTexts } from '../../../src/i18n/texts';

/** The content files only other screens than the start page show. */
const LATER_CONTENT = ['glossary', 'workshop'];

async function startTexts(lang: string): Promise<LanguageTexts> {
  return (await import(`../../../src/i18n/bundles/${lang}-start.ts`)).default as LanguageTexts;
}

describe('translations loaded per language', () => {
  it.each(LANGUAGES)('%s: the browser bundle equals the static resources', async (lang) => {
    const { default: texts } = await import(`../../../src/i18n/bundles/${lang}.ts`);
    expect(texts).toEqual(resources[lang]);
  });

  it.each(LANGUAGES)('%s: the start bundle is its share of the same files: parts of the interface texts and the questionnaires’ titles and descriptions', async (lang) => {
    const start = await startTexts(lang);
    // Every text in it is the locale file's, at the same place.
    const leaves = (value: unknown, path: string[] = []): Array<[string[], unknown]> =>
      value !== null && typeof value === 'object' ? Object.entries(value).flatMap(([k, v]) => leaves(v, [...path, k])) : [[path, value]];
    const at = (root: unknown, path: string[]) => path.reduce<unknown>((v, k) => (v as Record<string, unknown> | undefined)?.[k], root);
    const uiLeaves = leaves(start.ui);
    expect(uiLeaves.length).toBeGreaterThan(20);
    for (const [path, text] of uiLeaves) expect([path.join('.'), text]).toEqual([path.join('.'), at(uiTexts[lang], path)]);
    // Whole namespaces where the start page shows most of one, single texts where it shows one or two.
    expect(Object.keys(start.ui as object).sort()).toEqual(['a11y', 'app', 'footer', 'glossary', 'language', 'saved', 'session', 'skipLink', 'start', 'storage', 'workshop']);
    expect((start.ui as Record<string, unknown>).start).toEqual((uiTexts[lang] as Record<string, unknown>).start);
    const files = Object.entries(contentFiles[lang]).filter(([name]) => !LATER_CONTENT.includes(name));
    const merged = mergeTexts(files.map(([, file]) => file)).texts as Record<string, unknown>;
    // Only the questionnaires' titles and descriptions: the steps, the questions and their help come with the whole language.
    expect(start.content).toEqual(Object.fromEntries(START_CONTENT.map((section) => [section, merged[section]])));
    expect(Object.keys(contentFiles[lang])).toEqual(expect.arrayContaining(LATER_CONTENT));
  });

  it.each(LANGUAGES)('%s: the start page’s later texts are their share of the same files: whole namespaces, the steps and the recommendations', async (lang) => {
    const later = (await import(`../../../src/i18n/bundles/${lang}-start-later.ts`)).default as LanguageTexts;
    const ui = uiTexts[lang] as Record<string, Record<string, unknown>>;
    for (const ns of ['examples', 'importFile', 'langNames', 'problems', 'worksheet']) expect((later.ui as Record<string, unknown>)[ns]).toEqual(ui[ns]);
    expect((later.ui as Record<string, unknown>).compare).toEqual({ link: ui.compare!.link });
    const merged = mergeTexts(Object.values(contentFiles[lang])).texts as Record<string, unknown>;
    expect(later.content).toEqual({ steps: merged.steps, frameworks: merged.frameworks, recommendations: merged.recommendations });
  });

  it('the start bundles of all languages hold the same namespaces', async () => {
    const [first, ...others] = await Promise.all(LANGUAGES.map(async (lang) => Object.keys((await startTexts(lang)).ui).sort()));
    for (const other of others) expect(other).toEqual(first);
  });

  it('adds a language to an instance that started without it', async () => {
    const i18n = createI18nWith({ sv: resources.sv }, 'sv');
    expect(hasLanguage(i18n, 'en')).toBe(false);
    await ensureLanguage(i18n, 'en');
    expect(hasLanguage(i18n, 'en')).toBe(true);
    expect(i18n.getFixedT('en')('app.name')).toBe('Jämlikhetskollen');
    expect(i18n.getFixedT('en')('start.heading')).toBe('Carry out an equity impact assessment');
    expect(i18n.t('start.heading')).toBe('Gör en konsekvensbedömning för jämlikhet');
  });

  it('completes a language the instance has only the start page texts of', async () => {
    // A copy: adding the rest extends the bundle it was given.
    const i18n = createI18nWith({ sv: structuredClone(await startTexts('sv')) }, 'sv');
    expect(i18n.t('start.heading')).toBe('Gör en konsekvensbedömning för jämlikhet');
    expect(hasLanguage(i18n, 'sv')).toBe(false);
    const later = [
      ['ui', 'wizard.back'],
      ['content', 'glossary.jamlikhet.term'],
    ] as const;
    for (const [ns, key] of later) expect(i18n.exists(key, { ns })).toBe(false);
    // Every caller waits on the same load (React's `use` needs a stable promise).
    const loading = ensureLanguage(i18n, 'sv');
    expect(ensureLanguage(i18n, 'sv')).toBe(loading);
    await loading;
    expect(hasLanguage(i18n, 'sv')).toBe(true);
    const t = i18n.getFixedT('sv');
    for (const [ns, key] of later) {
      expect(i18n.exists(key, { ns })).toBe(true);
      expect(t(key, { ns })).not.toBe(key);
    }
  });
});
