// The bench's static server answers as a web host would: text gzip-compressed
// when the browser accepts it (the same bytes once unpacked), binary files
// as they are, each with its type, 404 for what the folder does not hold;
// Last-Modified, and 304 for a file the browser already has.
// @vitest-environment node
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { request } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { compressible, fileFor, serveDist, type Served } from '../../../src/cli/bench/serve';

const dir = mkdtempSync(join(tmpdir(), 'jk-serve-test-'));
const script = `console.log(${JSON.stringify('jämlikhet '.repeat(200))});\n`;
const png = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 1, 2, 3]);
let server: Served;

beforeAll(async () => {
  mkdirSync(join(dir, 'assets'));
  writeFileSync(join(dir, 'index.html'), '<!doctype html><title>Start</title>');
  writeFileSync(join(dir, 'assets/app.js'), script);
  writeFileSync(join(dir, 'assets/app.css'), 'body{color:#000}');
  writeFileSync(join(dir, 'icon.png'), png);
  server = await serveDist(dir);
});
afterAll(() => server.close());

/** A raw GET (no automatic decompression), as a browser sends it. */
function get(path: string, acceptEncoding = 'gzip, deflate, br', extra: Record<string, string> = {}): Promise<{ status: number; headers: Record<string, string | string[] | undefined>; body: Buffer }> {
  return new Promise((resolve, reject) => {
    const req = request(new URL(path, server.url), { headers: { 'Accept-Encoding': acceptEncoding, ...extra } }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () => resolve({ status: res.statusCode!, headers: res.headers, body: Buffer.concat(chunks) }));
    });
    req.on('error', reject);
    req.end();
  });
}

describe('the bench server', () => {
  it('listens on 127.0.0.1 at a port of its own', () => {
    expect(server.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/$/);
    expect(server.url).not.toBe('http://127.0.0.1:0/');
  });

  it('sends a script gzip-compressed, smaller, with its type, and the same text once unpacked', async () => {
    const res = await get('assets/app.js');
    expect(res.status).toBe(200);
    expect(res.headers['content-type']).toBe('text/javascript; charset=utf-8');
    expect(res.headers['content-encoding']).toBe('gzip');
    expect(res.headers.vary).toBe('Accept-Encoding');
    expect(Number(res.headers['content-length'])).toBe(res.body.length);
    expect(res.body.length).toBeLessThan(Buffer.byteLength(script));
    expect(gunzipSync(res.body).toString('utf8')).toBe(script);
  });

  it('says when a file last changed, and answers a browser that has that version with 304 and no body', async () => {
    const first = await get('assets/app.js');
    const modified = String(first.headers['last-modified']);
    expect(Number.isNaN(Date.parse(modified))).toBe(false);
    const again = await get('assets/app.js', 'gzip', { 'If-Modified-Since': modified });
    expect(again.status).toBe(304);
    expect(again.body.length).toBe(0);
    const older = await get('assets/app.js', 'gzip', { 'If-Modified-Since': new Date(Date.parse(modified) - 60_000).toUTCString() });
    expect(older.status).toBe(200);
    expect(gunzipSync(older.body).toString('utf8')).toBe(script);
  });

  it('serves the folder’s index.html at its root, and CSS as CSS', async () => {
    const root = await get('');
    expect(root.headers['content-type']).toBe('text/html; charset=utf-8');
    expect(gunzipSync(root.body).toString('utf8')).toContain('<title>Start</title>');
    expect((await get('assets/app.css')).headers['content-type']).toBe('text/css; charset=utf-8');
  });

  it('sends text as it is to a client that does not accept gzip', async () => {
    const res = await get('assets/app.js', 'identity');
    expect(res.headers['content-encoding']).toBeUndefined();
    expect(res.body.toString('utf8')).toBe(script);
  });

  it('leaves images uncompressed', async () => {
    const res = await get('icon.png');
    expect(res.headers['content-type']).toBe('image/png');
    expect(res.headers['content-encoding']).toBeUndefined();
    expect(res.body.equals(png)).toBe(true);
  });

  it('gives no file a lifetime: the browser asks again before reusing one', async () => {
    const res = await get('assets/app.js');
    for (const header of ['cache-control', 'expires']) expect(res.headers[header]).toBeUndefined();
  });

  it('answers 404 for a missing file and for a path out of the folder', async () => {
    expect((await get('assets/missing.js')).status).toBe(404);
    expect((await get('/%2e%2e/%2e%2e/etc/passwd')).status).toBe(404);
    expect(fileFor(join(dir, 'assets'), '/../index.html')).toBeUndefined();
    expect(fileFor(dir, '/assets/../index.html')).toBe(join(dir, 'index.html'));
  });
});

describe('what a host compresses', () => {
  it('is text, not fonts, images or WebAssembly', () => {
    for (const type of ['text/html; charset=utf-8', 'text/css', 'application/json', 'image/svg+xml', 'application/manifest+json']) expect(compressible(type), type).toBe(true);
    for (const type of ['image/png', 'font/woff', 'application/wasm', 'application/octet-stream']) expect(compressible(type), type).toBe(false);
  });
});
