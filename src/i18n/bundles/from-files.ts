/**
 * One language's translations from its locale files, as the browser bundles
 * collect them with `import.meta.glob`: every content file on disk is
 * included, the same set `resources.ts` registers (the locale tests check
 * that the two agree). The start bundles (`*-start.ts`) pass only the part
 * the start page shows.
 */
import type { LanguageTexts } from '../instance';
import { mergeTexts } from '../texts';

/**
 * The sections of the content texts the start bundles carry: the questionnaires' titles and descriptions.
 * The steps and the recommendations the start page lists are folded and wait for the whole language.
 */
export const START_CONTENT = ['questionnaires'] as const;

export function textsFromFiles(ui: Record<string, object>, content: Record<string, object>): LanguageTexts {
  const [uiTexts] = Object.values(ui);
  if (!uiTexts) throw new Error('A language without ui.json.');
  return { ui: uiTexts, content: mergeTexts(Object.values(content)).texts };
}

/** Locale files imported as text (`?raw`), parsed. */
export function parseEach(files: Record<string, string>): Record<string, object> {
  return Object.fromEntries(Object.entries(files).map(([path, text]) => [path, JSON.parse(text) as object]));
}
