/**
 * The one i18next instance. Only this folder imports i18next; the rest of
 * the app uses `useTranslation` from react-i18next or the `t` passed in.
 * Missing keys are loud: in development they are logged, and the content
 * tests make sure none exist in the shipped files.
 */
import type { i18n } from 'i18next';
import { createI18nWith, type I18nPlugin } from './instance';
import { resources, type Language } from './resources';

/** An instance with every language loaded (the CLI, the tests). */
export function createI18n(lng: Language, plugins: I18nPlugin[] = []): i18n {
  return createI18nWith(resources, lng, plugins);
}
