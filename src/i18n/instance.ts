/**
 * Creating an i18next instance from given translations. Shared by the
 * browser (which passes only the languages loaded so far) and `createI18n`
 * (which passes all of them, for the CLI and the tests).
 */
import { createInstance, type i18n, type Resource } from 'i18next';
import type { Language } from './languages';

/** One language's translations: the interface texts and the merged model texts. */
export interface LanguageTexts {
  ui: object;
  content: object;
}

export type I18nPlugin = Parameters<i18n['use']>[0];

/** A ready instance in `lng` (initialised synchronously) with the given translations. */
export function createI18nWith(resources: Partial<Record<Language, LanguageTexts>>, lng: Language, plugins: I18nPlugin[] = []): i18n {
  const instance = createInstance();
  for (const plugin of plugins) instance.use(plugin);
  void instance.init({
    resources: resources as Resource,
    lng,
    // No fallback language: English must be complete, never a mix.
    fallbackLng: false,
    ns: ['ui', 'content'],
    defaultNS: 'ui',
    initAsync: false,
    interpolation: { escapeValue: false },
    returnNull: false,
    saveMissing: true,
    missingKeyHandler: (lngs, ns, key) => {
      if (import.meta.env?.DEV) console.error(`Missing text: ${lngs.join(',')}/${ns}:${key}`);
    },
  });
  return instance;
}
