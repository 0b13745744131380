/**
 * The one i18next instance. Only this folder imports i18next; the rest of
 * the app uses `useTranslation` from react-i18next or the `t` passed in.
 * Missing keys are loud: in development they are logged, and the content
 * tests make sure none exist in the shipped files.
 */
import { createInstance, type i18n } from 'i18next';
import { resources, type Language } from './resources';

export function createI18n(lng: Language, plugins: Array<Parameters<i18n['use']>[0]> = []): i18n {
  const instance = createInstance();
  for (const plugin of plugins) instance.use(plugin);
  void instance.init({
    resources,
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
