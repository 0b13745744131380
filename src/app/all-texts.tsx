/**
 * Only the start page's texts are loaded before the first render (see
 * src/i18n/load.ts). Every other screen is shown inside `AllTexts`, which
 * suspends (to the nearest Suspense fallback) until the active language is
 * loaded whole, so no screen ever shows a raw key. Usually the texts are
 * already here: ModelProviders starts loading them right after the first
 * render.
 */
import { use, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { isLanguage } from '../i18n/languages';
import { ensureLanguage, hasLanguage } from '../i18n/load';

export function AllTexts({ children }: { children: ReactNode }) {
  const { i18n } = useTranslation();
  const lang = isLanguage(i18n.language) ? i18n.language : 'sv';
  // ensureLanguage hands every caller the same promise while loading, as `use` needs.
  if (!hasLanguage(i18n, lang)) use(ensureLanguage(i18n, lang));
  return children;
}
