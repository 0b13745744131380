/**
 * Font registration shared by the browser and Node entries; only the font
 * source differs (a Vite asset URL or a file path). Roboto is embedded so
 * the PDF looks the same in every viewer; the files must be .woff, because
 * react-pdf's fontkit cannot read .woff2.
 *
 * Fontsource splits Roboto by script. The "latin" files cover Swedish; the
 * "latin-ext" ones are a fallback family for names and places with letters
 * such as ł, ŋ, š or č (Polish, Sami, Finnish loans), which would otherwise
 * print as garbage. react-pdf picks, per character, the first family in
 * FONT_FAMILIES that has it.
 */
import { Font } from '@react-pdf/renderer';
import type { Covers } from './printable';
import { boxBreaks, lineBreaks } from './word-breaks';

const LATIN = 'Roboto';
const LATIN_EXT = 'Roboto Latin Extended';
export const FONT_FAMILIES = [LATIN, LATIN_EXT];
const WEIGHTS = [400, 700] as const;

/** A subset's regular (400) and bold (700) files. */
export interface FontPair {
  regular: string;
  bold: string;
}

let registered = false;

export function registerFonts(latin: FontPair, latinExt: FontPair): void {
  if (registered) return;
  registered = true;
  for (const [family, pair] of [[LATIN, latin], [LATIN_EXT, latinExt]] as const) {
    Font.register({
      family,
      fonts: [
        { src: pair.regular, fontWeight: 400 },
        { src: pair.bold, fontWeight: 700 },
      ],
    });
  }
  // react-pdf's own hyphenation follows English rules and splits Swedish
  // compounds in odd places; here only tokens longer than a line break (a
  // URL without a hyphen), and table cells add their own rule (boxHyphenation).
  Font.registerHyphenationCallback(lineBreaks);
}

/** A glyph is at most this wide, in em (Roboto's widest letters are about 0.9 em). */
const WIDEST_GLYPH = 1.2;
/** What a word measured to fit may still lack: kerning, rounding, a box a little narrower than planned. */
const SAFETY = 0.92;

/** The width of `text` in points, set in Roboto at `size`; an estimate while the font is not loaded. */
export function textWidth(text: string, size: number, bold: boolean): number {
  const font = Font.getFont({ fontFamily: LATIN, fontWeight: bold ? 700 : 400, fontStyle: 'normal' })?.data;
  if (!font || font.type === 'STANDARD') return [...text].length * size * 0.6;
  return (font.layout(text).advanceWidth / font.unitsPerEm) * size;
}

/**
 * The hyphenation callback for a box `width` points wide whose text is set
 * at `size`: a word wider than the box breaks between its syllables (or, a
 * URL, after its separators), any other word stays whole.
 */
export function boxHyphenation(width: number, size: number, bold = false): (word: string) => string[] {
  const room = width * SAFETY;
  // Short words surely fit without measuring; a token of hundreds of characters surely does not.
  return boxBreaks((word) => word.length * size * WIDEST_GLYPH <= room || (word.length < 400 && textWidth(word, size, bold) <= room));
}

const primed = new WeakSet<object>();

/**
 * Loads the fonts and gives every glyph its characters before anything is
 * rendered; returns which characters they can draw. Call (and await)
 * before each render.
 *
 * Why: fontkit caches glyph objects for the life of the loaded font, and the
 * first PDF's font subsetting creates some of them by glyph id alone, with no
 * characters (the "A" inside "Å", the "O" inside "Ö"). A later document that
 * lays out that letter gets the character-less glyph, and react-pdf silently
 * drops it: after a Swedish report, the English one printed "ssess a
 * proposal" (diegomura/react-pdf#3404). Creating every glyph from its
 * character first, once per loaded font, keeps the cache correct.
 */
export async function prepareFonts(): Promise<Covers> {
  const descriptors = FONT_FAMILIES.flatMap((fontFamily) => WEIGHTS.map((fontWeight) => ({ fontFamily, fontWeight, fontStyle: 'normal' as const })));
  const sets: Array<ReadonlySet<number>> = [];
  for (const descriptor of descriptors) {
    await Font.load(descriptor);
    const font = Font.getFont(descriptor).data;
    if (!font || font.type === 'STANDARD') continue;
    if (!primed.has(font)) {
      primed.add(font);
      keepTablesInflated(font);
      font.glyphsForString(String.fromCodePoint(...font.characterSet));
    }
    sets.push(new Set(font.characterSet));
  }
  // Regular and bold cover the same characters; a text is printable if any family has it.
  return (codePoint) => sets.some((set) => set.has(codePoint));
}

/** fontkit's (private) method that reads a table, inflating it if compressed. */
const READ_TABLE = '_getTableStream';

/** The part of a fontkit WOFF font that `keepTablesInflated` touches (not in its public types). */
interface WoffInternals {
  type?: string;
  stream?: unknown;
  [READ_TABLE]?: (tag: string) => { buffer?: unknown; constructor: unknown } | null;
}

/**
 * fontkit inflates a compressed WOFF table every time it reads it, and the
 * subsetting of every PDF reads the glyph table again: about 0.15 s of each
 * render. Keeping the inflated bytes (a few hundred kB for the four files)
 * and handing out a fresh stream over them saves that. Only for WOFF fonts
 * whose internals look as expected; anything else is left alone.
 */
function keepTablesInflated(font: object): void {
  const woff = font as WoffInternals;
  const read = woff[READ_TABLE]?.bind(font);
  if (woff.type !== 'WOFF' || !read) return;
  const inflated = new Map<string, Uint8Array>();
  let Stream: (new (buffer: Uint8Array) => unknown) | undefined;
  woff[READ_TABLE] = (tag) => {
    const kept = inflated.get(tag);
    if (kept && Stream) return new Stream(kept) as ReturnType<typeof read>;
    const stream = read(tag);
    // An uncompressed table comes back as the font's own stream: nothing to keep.
    if (stream && stream !== woff.stream && stream.buffer instanceof Uint8Array && typeof stream.constructor === 'function') {
      inflated.set(tag, stream.buffer);
      Stream = stream.constructor as new (buffer: Uint8Array) => unknown;
    }
    return stream;
  };
}
