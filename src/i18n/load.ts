/**
 * Translations in the browser: one language at a time, each in its own
 * chunks. Before the first render only the start page's texts of the active
 * language load (`loadStartTexts`, bundles/<lang>-start.ts), so the first
 * load stays small; the start page's parts that wait until it answers input
 * add theirs (`addStartLater`, bundles/<lang>-start-later.ts); the whole
 * language (bundles/<lang>.ts) loads when the browser is idle, and every
 * screen but the start page waits for it (`ensureLanguage`, `AllTexts`), as
 * does a switch to the other language. The CLI and the
 * tests use `createI18n` from `./index` instead, which has every language
 * synchronously; tests of the whole app may hand those over with
 * `provideLanguages`.
 */
import type { i18n } from 'i18next';
import type { LanguageTexts } from './instance';
import type { Language } from './languages';

const startLoaders: Record<Language, () => Promise<{ default: LanguageTexts }>> = {
  sv: () => import('./bundles/sv-start'),
  en: () => import('./bundles/en-start'),
};

const startLaterLoaders: Record<Language, () => Promise<{ default: LanguageTexts }>> = {
  sv: () => import('./bundles/sv-start-later'),
  en: () => import('./bundles/en-start-later'),
};

const loaders: Record<Language, () => Promise<{ default: LanguageTexts }>> = {
  sv: () => import('./bundles/sv'),
  en: () => import('./bundles/en'),
};

/** Whole languages. */
const loaded: Partial<Record<Language, LanguageTexts>> = {};
/** Start page texts, for languages not yet loaded whole. */
const started: Partial<Record<Language, LanguageTexts>> = {};

/** Loads a language's start page texts (once), for `loadedLanguages`; the first render needs no more. */
export async function loadStartTexts(lang: Language): Promise<void> {
  if (!loaded[lang] && !started[lang]) started[lang] = (await startLoaders[lang]()).default;
}

/** Loads a language's translations, all of them (once), and keeps them for `loadedLanguages`. */
export async function loadLanguage(lang: Language): Promise<LanguageTexts> {
  const texts = loaded[lang] ?? (await loaders[lang]()).default;
  loaded[lang] = texts;
  return texts;
}

/** Languages already available, without loading (for tests that have them all). */
export function provideLanguages(texts: Partial<Record<Language, LanguageTexts>>): void {
  Object.assign(loaded, texts);
}

/** The translations loaded so far, by language: whole, or the start page's part. */
export function loadedLanguages(): Partial<Record<Language, LanguageTexts>> {
  return { ...started, ...loaded };
}

function hasAll(bundle: object | undefined, all: object): boolean {
  return bundle !== undefined && Object.keys(all).every((key) => key in bundle);
}

/**
 * True when `instance` can already translate everything into `lang`, not
 * only the start page. Whole texts it may have only once they were loaded
 * here (or provided), so those tell which parts to look for.
 */
export function hasLanguage(instance: i18n, lang: Language): boolean {
  const all = loaded[lang];
  return (
    all !== undefined &&
    hasAll(instance.getResourceBundle(lang, 'ui') as object | undefined, all.ui) &&
    hasAll(instance.getResourceBundle(lang, 'content') as object | undefined, all.content)
  );
}

/** The languages whose start page's later texts each instance has, by its store (see `pending`). */
const startLater = new WeakMap<object, Set<Language>>();

/** True when `instance` has the texts of the start page's later parts in `lang` (or the whole language). */
export function hasStartLater(instance: i18n, lang: Language): boolean {
  return startLater.get(instance.store)?.has(lang) === true || hasLanguage(instance, lang);
}

/**
 * Adds the texts of the start page's parts that wait until it answers input
 * (src/app/later.tsx) to `instance`: a few kilobytes, where the whole
 * language is a quarter of a megabyte to fetch and parse.
 */
export async function addStartLater(instance: i18n, lang: Language): Promise<void> {
  if (hasStartLater(instance, lang)) return;
  const texts = (await startLaterLoaders[lang]()).default;
  // Deep, without overwriting: the whole language may have arrived meanwhile.
  instance.addResourceBundle(lang, 'ui', texts.ui, true, false);
  instance.addResourceBundle(lang, 'content', texts.content, true, false);
  let languages = startLater.get(instance.store);
  if (!languages) startLater.set(instance.store, (languages = new Set()));
  languages.add(lang);
}

/**
 * Loads in progress, by the instance's store and language, so every caller waits on the same one.
 * By store, not by instance: react-i18next hands each component its own wrapper of the instance,
 * and all of them share the store.
 */
const pending = new WeakMap<object, Map<Language, Promise<void>>>();

/**
 * Makes sure `instance` has all of `lang`'s translations, loading them if
 * needed. Returns the same promise to every caller while loading (React's
 * `use` needs that); a failed load is tried again on the next call.
 */
export function ensureLanguage(instance: i18n, lang: Language): Promise<void> {
  if (hasLanguage(instance, lang)) return Promise.resolve();
  let byLanguage = pending.get(instance.store);
  if (!byLanguage) pending.set(instance.store, (byLanguage = new Map()));
  const inProgress = byLanguage.get(lang);
  if (inProgress) return inProgress;
  const loading = loadLanguage(lang).then(
    (texts) => {
      instance.addResourceBundle(lang, 'ui', texts.ui, true, true);
      instance.addResourceBundle(lang, 'content', texts.content, true, true);
      byLanguage.delete(lang);
    },
    (error: unknown) => {
      byLanguage.delete(lang);
      throw error;
    },
  );
  byLanguage.set(lang, loading);
  return loading;
}
