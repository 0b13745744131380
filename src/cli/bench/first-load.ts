/**
 * First-load weight of the built app: every script, module preload and
 * stylesheet that dist/index.html pulls in, raw and gzip (level 9), and
 * whether any of it carries PDF code (react-pdf, fontkit, pdf-lib), which
 * must only load when a PDF is made or read.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

export interface FirstLoad {
  files: Array<{ file: string; raw: number; gzip: number }>;
  raw: number;
  gzip: number;
  pdfCodeInFirstLoad: boolean;
}

// Strings that only the PDF libraries contain.
const PDF_MARKERS = ['registerHyphenationCallback', 'fontkit', 'PDFDocument.load', 'yoga-layout'];

export function firstLoad(dist: string): FirstLoad {
  const html = readFileSync(join(dist, 'index.html'), 'utf8');
  const refs = [...html.matchAll(/<(?:script[^>]*\ssrc|link[^>]*\shref)="([^"]+\.(?:js|css))"/g)].map((m) => m[1]!.replace(/^\.?\//, ''));
  const files = [...new Set(refs)].map((file) => {
    const bytes = readFileSync(join(dist, file));
    return { file, raw: bytes.length, gzip: gzipSync(bytes, { level: 9 }).length, text: bytes.toString('utf8') };
  });
  return {
    files: files.map(({ file, raw, gzip }) => ({ file, raw, gzip })),
    raw: files.reduce((n, f) => n + f.raw, 0),
    gzip: files.reduce((n, f) => n + f.gzip, 0),
    pdfCodeInFirstLoad: files.some((f) => PDF_MARKERS.some((m) => f.text.includes(m))),
  };
}
