// Reads a PDF's words with their boxes (`pdftotext -bbox-layout`) and its
// text in drawing order, to check that long words stay inside their cell
// and on the page, and that no character of an answer is lost.
import { execFileSync } from 'node:child_process';

export interface WordBox {
  page: number;
  text: string;
  xMin: number;
  yMin: number;
  xMax: number;
  yMax: number;
}

export interface PageBox {
  width: number;
  height: number;
  words: WordBox[];
}

const run = (args: string[]) => execFileSync('pdftotext', ['-enc', 'UTF-8', ...args], { encoding: 'utf8', maxBuffer: 256 * 1024 * 1024 });

const unescape = (s: string) => s.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&apos;/g, "'").replace(/&amp;/g, '&');

/** Every page's size and words with their boxes, in points from the top left. */
export function wordBoxes(path: string): PageBox[] {
  const xml = run(['-bbox-layout', path, '-']);
  return xml
    .split('<page ')
    .slice(1)
    .map((chunk, i) => {
      const size = /^width="([\d.]+)" height="([\d.]+)"/.exec(chunk);
      const words = [...chunk.matchAll(/<word xMin="([\d.-]+)" yMin="([\d.-]+)" xMax="([\d.-]+)" yMax="([\d.-]+)">([^<]*)<\/word>/g)].map((m) => ({
        page: i + 1,
        text: unescape(m[5]!),
        xMin: Number(m[1]),
        yMin: Number(m[2]),
        xMax: Number(m[3]),
        yMax: Number(m[4]),
      }));
      return { width: Number(size?.[1]), height: Number(size?.[2]), words };
    });
}

/** Points two boxes may share before they count as overlapping (rounding, a glyph's side bearing). */
const TOLERANCE = 0.5;

const overlap = (a: WordBox, b: WordBox) => Math.min(a.xMax, b.xMax) - Math.max(a.xMin, b.xMin) > TOLERANCE && Math.min(a.yMax, b.yMax) - Math.max(a.yMin, b.yMin) > TOLERANCE;

/** Pairs of words whose boxes overlap, as "page n: «a» over «b»". */
export function overlappingWords(pages: PageBox[]): string[] {
  const found: string[] = [];
  for (const { words } of pages) {
    // Sorted by left edge, a word is compared only with those starting before it ends.
    const sorted = [...words].sort((a, b) => a.xMin - b.xMin);
    sorted.forEach((a, i) => {
      for (let j = i + 1; j < sorted.length && sorted[j]!.xMin < a.xMax; j += 1) {
        const b = sorted[j]!;
        if (overlap(a, b)) found.push(`page ${a.page}: «${a.text}» over «${b.text}»`);
      }
    });
  }
  return found;
}

/** Words that reach past an edge of their page. */
export function wordsOffPage(pages: PageBox[]): string[] {
  return pages.flatMap(({ width, height, words }) =>
    words.filter((w) => w.xMin < -TOLERANCE || w.yMin < -TOLERANCE || w.xMax > width + TOLERANCE || w.yMax > height + TOLERANCE).map((w) => `page ${w.page}: «${w.text.slice(0, 40)}» at x ${w.xMin}–${w.xMax}`),
  );
}

/** Stands for a hyphen the PDF drew at the end of a line (it may be the writer's own). */
const LINE_END_HYPHEN = '\u0001';

/**
 * The text in drawing order (a table cell's lines stay together), without
 * each page's running header (its first line) and footer (its last), so
 * that text continuing over a page break reads on; whitespace removed, and
 * a hyphen that ends a line marked, since the line breaker may have drawn it.
 */
export function flowText(path: string): string {
  return run(['-raw', path, '-'])
    .split('\f')
    .map((page) => page.trim().split('\n').slice(1, -1).join('\n'))
    .join('\n')
    .replace(/-\n/g, LINE_END_HYPHEN)
    .replace(/\s+/g, '');
}

/**
 * Whether `text` is in the flow text whole: every character in order,
 * allowing only whitespace and the hyphens the line breaker adds at the
 * end of a line between them.
 */
export function containsWhole(flow: string, text: string): boolean {
  const needle = text.replace(/\s+/g, '');
  if (!needle) return true;
  for (let start = flow.indexOf(needle[0]!); start >= 0; start = flow.indexOf(needle[0]!, start + 1)) {
    let i = 0;
    let k = start;
    while (i < needle.length && k < flow.length) {
      const c = flow[k]!;
      if (c === needle[i] || (c === LINE_END_HYPHEN && needle[i] === '-')) {
        i += 1;
        k += 1;
      } else if (c === LINE_END_HYPHEN) k += 1;
      else break;
    }
    if (i === needle.length) return true;
  }
  return false;
}
