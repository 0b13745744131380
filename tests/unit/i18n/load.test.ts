// The browser loads one language at a time from its own chunks, collected
// from the locale files on disk: first the start page's texts, then the
// whole language. The whole must hold exactly what the CLI and the tests get
// from resources.ts, the start part exactly its share of the same files and
// every text the start page can show, and a language loaded later must
// translate in an instance created without it.
import { existsSync, readFileSync, statSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createI18nWith, type LanguageTexts } from '../../../src/i18n/instance';
import { LANGUAGES } from '../../../src/i18n/languages';
import { ensureLanguage, hasLanguage } from '../../../src/i18n/load';
import { contentFiles, resources, uiTexts } from '../../../src/i18n/resources';
import { START_CONTENT } from '../../../src/i18n/bundles/from-files';
import { mergeTexts } from '../../../src/i18n/texts';

const ROOT = resolve(import.meta.dirname, '../../..');
/** The content files only other screens than the start page show. */
const LATER_CONTENT = ['glossary', 'workshop'];

async function startTexts(lang: string): Promise<LanguageTexts> {
  return (await import(`../../../src/i18n/bundles/${lang}-start.ts`)).default as LanguageTexts;
}

/** The source files the start page is made of: src/main.tsx and its static imports (not `import()`), transitively. */
function startPageSources(): string[] {
  const seen = new Set<string>();
  const visit = (file: string) => {
    if (seen.has(file)) return;
    seen.add(file);
    const source = readFileSync(file, 'utf8');
    for (const [, spec] of source.matchAll(/^\s*(?:import|export)\s+(?!type\b)(?:[^'"]*?\sfrom\s+)?['"](\.[^'"]+)['"]/gm)) {
      const base = resolve(dirname(file), spec!);
      const found = [base, `${base}.ts`, `${base}.tsx`, `${base}/index.ts`].find((f) => existsSync(f) && statSync(f).isFile());
      if (found && /\.tsx?$/.test(found)) visit(found);
    }
  };
  visit(resolve(ROOT, 'src/main.tsx'));
  return [...seen];
}

describe('translations loaded per language', () => {
  it.each(LANGUAGES)('%s: the browser bundle equals the static resources', async (lang) => {
    const { default: texts } = await import(`../../../src/i18n/bundles/${lang}.ts`);
    expect(texts).toEqual(resources[lang]);
  });

  it.each(LANGUAGES)('%s: the start bundle is its share of the same files: the start page’s sections of the content, without the glossary and the facilitator notes', async (lang) => {
    const start = await startTexts(lang);
    const ui = uiTexts[lang] as Record<string, unknown>;
    expect(start.ui).toEqual(Object.fromEntries(Object.keys(start.ui).map((ns) => [ns, ui[ns]])));
    const files = Object.entries(contentFiles[lang]).filter(([name]) => !LATER_CONTENT.includes(name));
    const merged = mergeTexts(files.map(([, file]) => file)).texts as Record<string, unknown>;
    // Only the sections the start page shows: the questions and their help come with the whole language.
    expect(start.content).toEqual(Object.fromEntries(START_CONTENT.map((section) => [section, merged[section]])));
    expect(Object.keys(contentFiles[lang])).toEqual(expect.arrayContaining(LATER_CONTENT));
  });

  it('the start bundles of all languages hold the same namespaces', async () => {
    const [first, ...others] = await Promise.all(LANGUAGES.map(async (lang) => Object.keys((await startTexts(lang)).ui).sort()));
    for (const other of others) expect(other).toEqual(first);
  });

  it('every text the start page (and the shell around it) names is in the start bundle', async () => {
    const start = new Set(Object.keys((await startTexts('sv')).ui));
    const namespaces = new Set(Object.keys(uiTexts.sv as object));
    const missing = startPageSources().flatMap((file) =>
      [...readFileSync(file, 'utf8').matchAll(/['"`](?:ui:)?([A-Za-z0-9]+)\.[\w.${}-]+/g)]
        .filter(([, ns]) => namespaces.has(ns!) && !start.has(ns!))
        .map(([key]) => `${file.replace(`${ROOT}/`, '')}: ${key.slice(1)}`),
    );
    expect(missing).toEqual([]);
    // Content texts the start page names (`content:<section>.…`, or through its `c(…)` helper) are in its sections.
    const sections = startPageSources().flatMap((file) => [...readFileSync(file, 'utf8').matchAll(/(?:content:|\bc\(`)([a-z]+)\./g)].map(([, section]) => section!));
    expect(sections.length).toBeGreaterThan(0);
    expect(START_CONTENT).toEqual(expect.arrayContaining([...new Set(sections)]));
    // The scan must see the start page itself, or it would prove nothing.
    expect(startPageSources().map((f) => f.replace(`${ROOT}/`, ''))).toEqual(expect.arrayContaining(['src/ui/start/start-screen.tsx', 'src/ui/shell/shell.tsx']));
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
