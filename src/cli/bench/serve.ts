/**
 * A static file server as a web host would run it, for every bench
 * measurement: it serves one built folder on 127.0.0.1 and a free port,
 * compresses text with gzip when the browser accepts it (as nginx, Apache
 * and the common static hosts do), names each file's type, and answers 404
 * for anything outside the folder. Of caching headers it sends only what a
 * plain host sends by default (nginx, Apache): Last-Modified, answering a
 * request that has the file already (If-Modified-Since) with 304; no
 * lifetime, so the browser asks again before it reuses a file. Vite's preview server
 * sends text uncompressed, which made the bench's network figures worse than
 * any real host's.
 *
 * Each file is compressed once and kept in memory (level 9, the figure the
 * bench counts), so the server's own CPU time does not sit in the timings.
 */
import { readFileSync, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { extname, join, normalize, sep } from 'node:path';
import { gzipSync } from 'node:zlib';

export const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.webmanifest': 'application/manifest+json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.txt': 'text/plain; charset=utf-8',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.ttf': 'font/ttf',
  '.wasm': 'application/wasm',
};

/** Types a host compresses: text. Fonts, images and WebAssembly are left as they are. */
export function compressible(type: string): boolean {
  return /^text\/|^application\/(?:json|manifest\+json|javascript)|^image\/svg\+xml/.test(type);
}

export interface Served {
  /** `http://127.0.0.1:<port>/` */
  url: string;
  close: () => Promise<void>;
}

/** The file under `dir` that a URL path names (a folder's index.html), or undefined when there is none. */
export function fileFor(dir: string, urlPath: string): string | undefined {
  let path: string;
  try {
    path = decodeURIComponent(urlPath);
  } catch {
    return undefined;
  }
  const root = normalize(dir + sep);
  let file = normalize(join(root, path));
  if (!file.startsWith(root)) return undefined;
  try {
    if (statSync(file).isDirectory()) file = join(file, 'index.html');
    return statSync(file).isFile() ? file : undefined;
  } catch {
    return undefined;
  }
}

/** Serves `dir` at the root of a free port on 127.0.0.1. */
export async function serveDist(dir: string): Promise<Served> {
  const gzipped = new Map<string, Buffer>();
  const server: Server = createServer((req, res) => {
    const file = fileFor(dir, new URL(req.url ?? '/', 'http://host').pathname);
    if (!file || (req.method !== 'GET' && req.method !== 'HEAD')) {
      res.writeHead(file ? 405 : 404, { 'Content-Type': 'text/plain; charset=utf-8' }).end(file ? 'Method not allowed' : 'Not found');
      return;
    }
    const type = TYPES[extname(file)] ?? 'application/octet-stream';
    const modified = new Date(Math.floor(statSync(file).mtimeMs / 1000) * 1000);
    const headers: Record<string, string | number> = { 'Content-Type': type, 'Last-Modified': modified.toUTCString() };
    const since = Date.parse(String(req.headers['if-modified-since'] ?? ''));
    if (!Number.isNaN(since) && modified.getTime() <= since) {
      res.writeHead(304, headers).end();
      return;
    }
    let body: Buffer = readFileSync(file);
    if (compressible(type)) {
      // The answer depends on Accept-Encoding, as any shared cache must know.
      headers.Vary = 'Accept-Encoding';
      if (/\bgzip\b/.test(String(req.headers['accept-encoding'] ?? ''))) {
        const packed = gzipped.get(file) ?? gzipSync(body, { level: 9 });
        gzipped.set(file, packed);
        body = packed;
        headers['Content-Encoding'] = 'gzip';
      }
    }
    headers['Content-Length'] = body.length;
    res.writeHead(200, headers);
    res.end(req.method === 'HEAD' ? undefined : body);
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  const address = server.address();
  if (!address || typeof address === 'string') throw new Error('The bench server has no port.');
  return {
    url: `http://127.0.0.1:${address.port}/`,
    close: () =>
      new Promise((done) => {
        server.closeAllConnections();
        server.close(() => done());
      }),
  };
}
