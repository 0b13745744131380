/**
 * Makes the user's own words printable with the embedded fonts. A character
 * no font has (an emoji, "≥", "→" pasted from elsewhere) would otherwise be
 * drawn as a wrong glyph on top of its neighbours; here the common symbols
 * get an ASCII spelling and anything else a visible "�". Texts from the
 * locale files are ours and are checked by a test instead.
 */
import type { ReportProps } from './types';

/** Whether the embedded fonts can draw a code point. */
export type Covers = (codePoint: number) => boolean;

const SPELLED: Record<string, string> = {
  '≥': '>=',
  '≤': '<=',
  '≠': '!=',
  '≈': '~',
  '→': '->',
  '←': '<-',
  '⇒': '=>',
  '✓': 'v',
  '✔': 'v',
};
const REPLACEMENT = '\uFFFD';
// Emoji variation selectors and joiners carry no glyph of their own.
const INVISIBLE = /[\uFE0E\uFE0F\u200D]/g;

export function printable(text: string, covers: Covers): string {
  let out = '';
  for (const char of text.replace(INVISIBLE, '')) {
    const cp = char.codePointAt(0)!;
    out += cp < 0x20 || covers(cp) ? char : (SPELLED[char] ?? REPLACEMENT);
  }
  return out;
}

/** Every string inside a plain value (objects, arrays) made printable; other values as they are. */
function deepPrintable<T>(value: T, covers: Covers): T {
  if (typeof value === 'string') return printable(value, covers) as T;
  if (Array.isArray(value)) return value.map((v: unknown) => deepPrintable(v, covers)) as T;
  if (value && typeof value === 'object' && Object.getPrototypeOf(value) === Object.prototype) {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, deepPrintable(v, covers)])) as T;
  }
  return value;
}

/**
 * The props with every string made printable: the user's words wherever
 * they are (answers, item titles inside the result's parameters, the
 * konsekvensbeskrivning's parameters). Ids and text keys are ASCII and come
 * through unchanged; the translation function, language and date are kept.
 */
export function printableProps(props: ReportProps, covers: Covers): ReportProps {
  const { t, lang, createdAt, ...data } = props;
  return { ...deepPrintable(data, covers), t, lang, createdAt };
}
