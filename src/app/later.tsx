/**
 * A part of a screen that may wait until the page answers input and the
 * whole active language is loaded: the sections further down the start
 * page, and the folded lists in it. At build time it renders in full into
 * the prerendered HTML. In the browser that HTML stays in place, readable
 * (and a folded <details> still opens), while the part waits, and is then
 * hydrated, so it never shifts the layout; where there was no prerendered
 * HTML it appears once ready.
 */
import { Suspense, use, type ReactNode } from 'react';
import type { i18n } from 'i18next';
import { useTranslation } from 'react-i18next';
import { isLanguage, type Language } from '../i18n/languages';
import { ensureLanguage, hasLanguage } from '../i18n/load';
import { whenReady } from './ready';

/** One promise per instance and language: React's `use` needs the same one on every render. */
const waiting = new WeakMap<i18n, Map<Language, Promise<void>>>();

function laterLanguage(instance: i18n, lang: Language): Promise<void> {
  let byLanguage = waiting.get(instance);
  if (!byLanguage) waiting.set(instance, (byLanguage = new Map()));
  let promise = byLanguage.get(lang);
  if (!promise) {
    promise = whenReady().then(() => ensureLanguage(instance, lang));
    // A failed load is tried again on the next render.
    promise.catch(() => byLanguage.delete(lang));
    byLanguage.set(lang, promise);
  }
  return promise;
}

function WholeLanguage({ children }: { children: ReactNode }) {
  const { i18n } = useTranslation();
  const lang = isLanguage(i18n.language) ? i18n.language : 'sv';
  if (!hasLanguage(i18n, lang)) use(laterLanguage(i18n, lang));
  return children;
}

export function Later({ children }: { children: ReactNode }) {
  return (
    <Suspense fallback={null}>
      <WholeLanguage>{children}</WholeLanguage>
    </Suspense>
  );
}

/** The same, as a function for leaves that take a wrapper (they do not import the app). */
export const later = (children: ReactNode) => <Later>{children}</Later>;

