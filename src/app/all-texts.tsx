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
import { textGate } from './text-gate';

export function AllTexts({ children }: { children: ReactNode }) {
  const { i18n } = useTranslation();
  const lang = isLanguage(i18n.language) ? i18n.language : 'sv';
  // On every render, the same promise (see text-gate.ts); a failed load is tried again on the next render.
  use(textGate(i18n.store, `all:${lang}`, () => hasLanguage(i18n, lang), () => ensureLanguage(i18n, lang), true));
  return children;
}
