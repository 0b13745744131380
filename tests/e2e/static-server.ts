// A plain static file server, as a municipality's web server would be:
// serves one folder under a sub-path and nothing else (404), and records
// every request, so a test can see that the app asked for nothing outside
// its own path.
import { createReadStream, existsSync, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { extname, join, normalize } from 'node:path';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.webmanifest': 'application/manifest+json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.woff': 'font/woff',
  '.wasm': 'application/wasm',
};

export interface StaticServer {
  url: string;
  /** Every request as `status path`. */
  log: string[];
  close: () => Promise<void>;
}

/** Serves `dir` at `http://127.0.0.1:<free port><prefix>` (prefix like `/app/`). */
export async function serveStatic(dir: string, prefix: string): Promise<StaticServer> {
  const log: string[] = [];
  const server: Server = createServer((req, res) => {
    const path = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
    let file = path.startsWith(prefix) ? normalize(join(dir, path.slice(prefix.length))) : '';
    if (file && existsSync(file) && statSync(file).isDirectory()) file = join(file, 'index.html');
    const ok = file.startsWith(dir) && existsSync(file) && statSync(file).isFile();
    log.push(`${ok ? 200 : 404} ${path}`);
    if (!ok) {
      res.writeHead(404).end('Not found');
      return;
    }
    res.writeHead(200, { 'Content-Type': TYPES[extname(file)] ?? 'application/octet-stream' });
    createReadStream(file).pipe(res);
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  const address = server.address();
  if (!address || typeof address === 'string') throw new Error('No address');
  return {
    url: `http://127.0.0.1:${address.port}${prefix}`,
    log,
    close: () => new Promise((done) => server.close(() => done())),
  };
}
