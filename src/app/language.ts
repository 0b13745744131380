/**
 * The user's language choice: remembered on this device, reflected in
 * `<html lang>` so screen readers pronounce the page correctly.
 */
import { isLanguage, type Language } from '../i18n/languages';

const KEY = 'jamlikhetskollen.language.v1';

/**
 * The saved choice, else the page's own language (the build writes a page
 * per language: index.html in Swedish, en.html in English), else Swedish
 * (the reference language).
 */
export function initialLanguage(): Language {
  try {
    const saved = localStorage.getItem(KEY);
    if (isLanguage(saved)) return saved;
  } catch {
    // Storage can be blocked (private mode, policy); the page's language is fine then.
  }
  const page = document.documentElement.lang;
  return isLanguage(page) ? page : 'sv';
}

export function rememberLanguage(lang: Language): void {
  try {
    localStorage.setItem(KEY, lang);
  } catch {
    // Not remembering the language is harmless.
  }
  document.documentElement.lang = lang;
}
