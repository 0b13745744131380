// Saves PDF bytes in test-results/report/ for a person to open and reads
// them back with poppler: the text in drawing order (`pdftotext -raw`, so a
// table cell's lines stay together), whitespace collapsed, and the page count.
import { execFileSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { normalise, OUT, pageCount } from './render';

export interface ReadBack {
  path: string;
  /** All text in drawing order, whitespace collapsed. */
  text: string;
  /** The same, whitespace kept (for the other-language check). */
  raw: string;
  pages: number;
}

export function readPdf(bytes: Buffer, name: string): ReadBack {
  const path = join(OUT, `${name}.pdf`);
  writeFileSync(path, bytes);
  const raw = execFileSync('pdftotext', ['-enc', 'UTF-8', '-raw', path, '-'], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  return { path, raw, text: normalise(raw), pages: pageCount(execFileSync('pdfinfo', [path], { encoding: 'utf8' })) };
}

/** A translation function that records the keys it was asked for that do not exist. */
export function recordingT(i18n: { t: (key: string, options?: Record<string, unknown>) => string; exists: (key: string, options?: Record<string, unknown>) => boolean }) {
  const missing: string[] = [];
  const t = (key: string, options?: Record<string, unknown>) => {
    if (!i18n.exists(key, options)) missing.push(key);
    return i18n.t(key, options);
  };
  return { t, missing };
}
