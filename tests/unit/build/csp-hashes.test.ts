// The build allows index.html's bare inline scripts by their SHA-256 in the
// CSP's script-src, and only those: a module or external script gets no
// hash, and inline script without a CSP to add it to stops the build.
import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { hashInlineScripts } from '../../../scripts/vite/csp-hashes';

const CSP = `<meta http-equiv="Content-Security-Policy" content="default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; object-src 'none'" />`;
const sha = (text: string) => `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`;

describe('hashInlineScripts', () => {
  it('adds the hash of each bare inline script to script-src, and nothing else', () => {
    const body = "\n  document.documentElement.classList.add('x');\n";
    const html = `<head>${CSP}<script>${body}</script><script type="module" src="/a.js"></script></head>`;
    const out = hashInlineScripts(html);
    expect(out).toContain(`script-src 'self' 'wasm-unsafe-eval' ${sha(body)}; object-src 'none'`);
    expect(out.match(/sha256-/g)).toHaveLength(1);
  });

  it('leaves a page without inline script as it is', () => {
    const html = `<head>${CSP}<script type="module" src="/a.js"></script></head>`;
    expect(hashInlineScripts(html)).toBe(html);
  });

  it('refuses inline script when there is no script-src to allow it', () => {
    expect(() => hashInlineScripts('<head><script>1</script></head>')).toThrow(/no CSP script-src/);
  });
});
