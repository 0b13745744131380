/**
 * The page's Content-Security-Policy allows no inline script except those
 * written in index.html itself, each by the SHA-256 of its text, added here
 * to `script-src` from the HTML as built: the hash cannot fall out of step
 * with the script, and a script added anywhere else still has none.
 */
import { createHash } from 'node:crypto';
import type { Plugin } from 'vite';

/** Only a bare `<script>` (no src, no type) is inline classic script; anything else is left alone. */
const INLINE = /<script>([\s\S]*?)<\/script>/g;

export function hashInlineScripts(html: string): string {
  const hashes = [...html.matchAll(INLINE)].map((m) => `'sha256-${createHash('sha256').update(m[1]!, 'utf8').digest('base64')}'`);
  if (hashes.length === 0) return html;
  const csp = /(<meta http-equiv="Content-Security-Policy" content="[^"]*script-src [^;"]*)/;
  if (!csp.test(html)) throw new Error('index.html has inline script but no CSP script-src to allow it by hash.');
  return html.replace(csp, `$1 ${hashes.join(' ')}`);
}

export function cspHashes(): Plugin {
  return { name: 'jamlikhetskollen:csp-hashes', transformIndexHtml: { order: 'post', handler: hashInlineScripts } };
}
