/**
 * The interface languages. Kept apart from the translations themselves so
 * that the browser can know the languages without loading every text.
 */
export const LANGUAGES = ['sv', 'en'] as const;
export type Language = (typeof LANGUAGES)[number];

export function isLanguage(value: unknown): value is Language {
  return (LANGUAGES as readonly unknown[]).includes(value);
}
