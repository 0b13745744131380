/**
 * The user's language choice: remembered on this device, reflected in
 * `<html lang>` so screen readers pronounce the page correctly.
 */
import { isLanguage, type Language } from '../i18n/languages';

const KEY = 'jamlikhetskollen.language.v1';

/** The saved choice, else Swedish (the reference language). */
export function initialLanguage(): Language {
  try {
    const saved = localStorage.getItem(KEY);
    if (isLanguage(saved)) return saved;
  } catch {
    // Storage can be blocked (private mode, policy); the default is fine then.
  }
  return 'sv';
}

export function rememberLanguage(lang: Language): void {
  try {
    localStorage.setItem(KEY, lang);
  } catch {
    // Not remembering the language is harmless.
  }
  document.documentElement.lang = lang;
}
