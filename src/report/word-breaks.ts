/**
 * Where the PDF may break a word that is too long for its line or table
 * cell. react-pdf (textkit) wraps at spaces only and hands every word to
 * the hyphenation callback (fonts.ts), whose pieces become break points:
 *
 * - two pieces side by side become a break that, when taken, draws a hyphen
 *   at the end of the line ("samhälls-" / "byggnadsförvaltningen");
 * - an empty piece between them becomes a break of zero width that draws
 *   nothing, which is what a URL, a file path or a number needs (a hyphen
 *   there would change what the reader types).
 *
 * Without break points inside it, a word wider than its cell runs over the
 * next cell, and a token wider than the page (a 200,000-character answer
 * without a space) is set as one line and everything past the page's edge
 * is lost. react-pdf's line breaker uses every break point it is offered
 * to even out the lines, so break points go only where a word cannot fit:
 * into tokens longer than a line (LINE_TOKEN), and, in a table cell, into a
 * word wider than the cell (`boxBreaks`, measured with the font, fonts.ts).
 * Nothing is inserted in the text, so copying it out of the PDF gives the
 * words as written, with a hyphen only where a line really ends inside a
 * word that could not fit.
 *
 * Swedish words break between syllables: between two vowels, before the
 * last consonant ("bygg-nads"), before a cluster that can start a Swedish
 * syllable ("se-kvens", "arbets-träning"), after "ng" and "ck" ("ning-en").
 * English words break by the same rule; it is rough for English, but
 * every break it makes lies inside a word that could not fit otherwise.
 */

/** Words shorter than this (in characters) are never broken: they fit every cell we print. */
export const SPLIT_FROM = 12;
/** A piece longer than this (a word without vowels, a long number) is cut into pieces of CHUNK. */
const MAX_PIECE = 8;
const CHUNK = 6;
/**
 * Longer than any word: a long URL or a pasted token (a hash, a data URL,
 * a key held down) breaks after its separators and in equal pieces, never
 * with a hyphen. Fewer, equal pieces also keep react-pdf's fallback line
 * breaker, which copies the rest of the paragraph at every line, fast
 * enough for a 200,000-character token.
 */
const NOT_A_WORD = 100;
/** Letters a hyphenated word keeps at least before and after a break. */
const LEFT_MIN = 2;
const RIGHT_MIN = 3;

const VOWEL = /^[aeiouyåäöæøœéèêëáàâãíìîïóòôõúùûü]/iu;
/** Two consonants that can open a Swedish syllable, so they move to the next line together. */
const ONSETS = new Set(['bl', 'br', 'dr', 'fl', 'fr', 'gl', 'gr', 'kl', 'kr', 'kv', 'pl', 'pr', 'tr', 'tv', 'sj', 'tj', 'kj', 'dj', 'gj', 'lj']);
/** Consonant pairs that stay with the syllable before them. */
const CODAS = new Set(['ng', 'ck']);
/** Characters after which a URL, path, e-mail address or code may break. */
const SEPARATOR = /^[/.\-_?&=#:,;@~+|\\–—]$/u;
/** Dashes and apostrophes that may stand inside an ordinary word ("e-tjänst", "barn-och-ungdomsnämnden"). */
const IN_WORD = /^[-–‐'’]$/u;
/** A letter with its combining marks: a unit that never breaks. */
const UNIT = /\P{M}\p{M}*/gsu;
const LETTER = /^\p{L}/u;
const ALNUM = /^[\p{L}\p{N}]/u;

type Break = 'hyphen' | 'plain';

/**
 * Running text and headings break inside a word only from this length on
 * (a URL, a pasted token): shorter words fit a line of the page at any of
 * the report's sizes, and breaking them where they need not be would put
 * hyphens into ordinary text.
 */
export const LINE_TOKEN = 40;

/** The hyphenation callback for all text: only tokens too long for a line get break points. */
export function lineBreaks(word: string): string[] {
  return word.length < LINE_TOKEN ? [word] : wordPieces(word);
}

/**
 * The hyphenation callback for a narrow box such as a table cell: a word
 * that fits the box stays whole, one that does not gets break points at
 * any length ("Förvaltningschefen" in a column a seventh of the page).
 */
export function boxBreaks(fits: (word: string) => boolean): (word: string) => string[] {
  return (word) => (fits(word) ? lineBreaks(word) : wordPieces(word, 0));
}

/**
 * The word in pieces that join back to it exactly; an empty string between
 * two pieces marks a break that draws no hyphen. A word shorter than
 * `from` characters comes back whole.
 */
export function wordPieces(word: string, from = SPLIT_FROM): string[] {
  const units = word.match(UNIT) ?? [];
  if (units.length < from) return [word];
  const breaks = new Map<number, Break>();
  const prose = units.length <= NOT_A_WORD && isProse(units);
  for (const [start, end] of units.length <= NOT_A_WORD ? runs(units, LETTER) : []) {
    // In a URL or a code, only a run too long for a narrow cell is broken ("kronor" stays whole).
    if (!prose && end - start <= MAX_PIECE) continue;
    for (const at of syllableBreaks(units.slice(start, end))) breaks.set(start + at, prose ? 'hyphen' : 'plain');
  }
  // After a separator inside the word (not in a run of them, nor at its end).
  for (let i = 1; i < units.length - 1; i += 1) {
    const here = units[i]!;
    const next = units[i + 1]!;
    if ((prose ? IN_WORD : SEPARATOR).test(here) && !SEPARATOR.test(next) && ALNUM.test(next)) breaks.set(i + 1, 'plain');
  }
  chunkLongPieces(units, breaks, prose ? 'hyphen' : 'plain');
  return assemble(units, breaks);
}

/** An ordinary word: letters, dashes or apostrophes inside, punctuation only at its ends. */
function isProse(units: string[]): boolean {
  const first = units.findIndex((u) => LETTER.test(u));
  const last = units.findLastIndex((u) => LETTER.test(u));
  if (first < 0) return false;
  return units.slice(first, last + 1).every((u) => LETTER.test(u) || IN_WORD.test(u)) && units.every((u) => !/^\p{N}/u.test(u));
}

/** [start, end) of each maximal run of units matching `pattern`. */
function runs(units: string[], pattern: RegExp): Array<[number, number]> {
  const found: Array<[number, number]> = [];
  let start = -1;
  units.forEach((u, i) => {
    if (pattern.test(u)) {
      if (start < 0) start = i;
    } else if (start >= 0) {
      found.push([start, i]);
      start = -1;
    }
  });
  if (start >= 0) found.push([start, units.length]);
  return found;
}

/** Break positions (indices of the unit a new line would start with) between the syllables of a run of letters. */
export function syllableBreaks(letters: string[]): number[] {
  const vowel = letters.map((u) => VOWEL.test(u));
  const at: number[] = [];
  let lastVowel = -1;
  for (let i = 0; i < letters.length; i += 1) {
    if (!vowel[i]) continue;
    const cluster = i - lastVowel - 1;
    if (lastVowel >= 0 && cluster > 0) {
      const tail = (letters[i - 2] ?? '').toLowerCase() + (letters[i - 1] ?? '').toLowerCase();
      let pos = i - 1;
      if (cluster >= 2 && CODAS.has(tail)) pos = i;
      else if (cluster >= 2 && ONSETS.has(tail)) pos = i - 2;
      if (pos >= LEFT_MIN && pos <= letters.length - RIGHT_MIN) at.push(pos);
    }
    lastVowel = i;
  }
  return at;
}

/** Cuts any piece longer than MAX_PIECE inside its runs of letters and digits, so that no piece is wider than a narrow cell. */
function chunkLongPieces(units: string[], breaks: Map<number, Break>, kind: Break): void {
  let pieceStart = 0;
  for (let i = 1; i <= units.length; i += 1) {
    if (i < units.length && !breaks.has(i)) continue;
    if (i - pieceStart > MAX_PIECE) {
      for (const [start, end] of runs(units.slice(pieceStart, i), ALNUM)) {
        for (let at = start + CHUNK; at <= end - 2; at += CHUNK) breaks.set(pieceStart + at, kind);
      }
    }
    pieceStart = i;
  }
}

function assemble(units: string[], breaks: Map<number, Break>): string[] {
  const pieces: string[] = [];
  let piece = '';
  units.forEach((u, i) => {
    const kind = breaks.get(i);
    if (kind && i > 0) {
      pieces.push(piece);
      if (kind === 'plain') pieces.push('');
      piece = '';
    }
    piece += u;
  });
  pieces.push(piece);
  return pieces;
}
