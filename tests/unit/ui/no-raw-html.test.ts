// The user's words reach the page only as React text, never as markup: no
// source file uses a raw-HTML sink (dangerouslySetInnerHTML, innerHTML,
// insertAdjacentHTML, document.write …). The e2e test of hostile text checks
// the same in the running app.
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const SRC = resolve(import.meta.dirname, '../../../src');
const SINKS = /dangerouslySetInnerHTML|\.(?:inner|outer)HTML\b|insertAdjacentHTML|document\.write|createContextualFragment|\bsrcdoc\b|new Function\(|\beval\(/;

function files(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? files(join(dir, e.name)) : /\.(ts|tsx)$/.test(e.name) ? [join(dir, e.name)] : [],
  );
}

/** `file:line` of every line that uses a raw-HTML sink. */
function sinks(file: string, text: string): string[] {
  return text.split('\n').flatMap((line, i) => (SINKS.test(line) ? [`${relative(SRC, file)}:${i + 1}: ${line.trim()}`] : []));
}

describe('no raw HTML in the app', () => {
  it('finds every kind of sink it looks for', () => {
    for (const line of ['<div dangerouslySetInnerHTML={{ __html: x }} />', 'el.innerHTML = x', 'el.outerHTML = x', "el.insertAdjacentHTML('beforeend', x)", 'document.write(x)', '<iframe srcdoc={x} />']) {
      expect(sinks('x.tsx', line), line).toHaveLength(1);
    }
  });

  it('no source file uses one', () => {
    const all = files(SRC);
    expect(all.length).toBeGreaterThan(50);
    expect(all.flatMap((file) => sinks(file, readFileSync(file, 'utf8')))).toEqual([]);
  });
});
