/**
 * Translations in the browser: one language at a time, each its own chunk,
 * loaded before the first render (the active language) or when the user
 * switches (the other). The CLI and the tests use `createI18n` from
 * `./index` instead, which has every language synchronously; tests of the
 * whole app may hand those over with `provideLanguages`.
 */
import type { i18n } from 'i18next';
import type { LanguageTexts } from './instance';
import type { Language } from './languages';

const loaders: Record<Language, () => Promise<{ default: LanguageTexts }>> = {
  sv: () => import('./bundles/sv'),
  en: () => import('./bundles/en'),
};

const loaded: Partial<Record<Language, LanguageTexts>> = {};

/** Loads a language's translations (once) and keeps them for `loadedLanguages`. */
export async function loadLanguage(lang: Language): Promise<LanguageTexts> {
  const texts = loaded[lang] ?? (await loaders[lang]()).default;
  loaded[lang] = texts;
  return texts;
}

/** Languages already available, without loading (for tests that have them all). */
export function provideLanguages(texts: Partial<Record<Language, LanguageTexts>>): void {
  Object.assign(loaded, texts);
}

/** The translations loaded so far, by language. */
export function loadedLanguages(): Partial<Record<Language, LanguageTexts>> {
  return { ...loaded };
}

/** True when `instance` can already translate into `lang`. */
export function hasLanguage(instance: i18n, lang: Language): boolean {
  return instance.hasResourceBundle(lang, 'ui') && instance.hasResourceBundle(lang, 'content');
}

/** Makes sure `instance` has `lang`'s translations, loading them if needed. */
export async function ensureLanguage(instance: i18n, lang: Language): Promise<void> {
  if (hasLanguage(instance, lang)) return;
  const texts = await loadLanguage(lang);
  instance.addResourceBundle(lang, 'ui', texts.ui, true, true);
  instance.addResourceBundle(lang, 'content', texts.content, true, true);
}
