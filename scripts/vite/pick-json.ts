/**
 * `import part from 'pick:<paths>:<file.json>'` imports only the named parts
 * of a JSON file, so that the first page load carries what the start page
 * shows and not the whole model or every text. `<paths>` is a comma-separated
 * list of dotted paths; `*` stands for every element of an array or every
 * key of an object: `id,steps.*.id` keeps a questionnaire's id and its
 * steps' ids. The file is resolved like any relative import. A path that
 * matches nothing fails the build, so a renamed key cannot slip through.
 */
import { readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import type { Plugin } from 'vite';

const PREFIX = 'pick:';
const RESOLVED = '\0pick:';

export type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

/** The parts of `value` at `path` (split on dots), merged into `into`; false when nothing matched. */
function pickPath(value: Json, path: string[], into: Json | undefined): { value: Json | undefined; found: boolean } {
  if (path.length === 0) return { value, found: true };
  const [head, ...rest] = path as [string, ...string[]];
  if (Array.isArray(value)) {
    if (head !== '*') return { value: into, found: false };
    const out = (Array.isArray(into) ? into : []) as Json[];
    let found = value.length === 0;
    value.forEach((item, i) => {
      const picked = pickPath(item, rest, out[i]);
      found ||= picked.found;
      if (picked.found) out[i] = picked.value as Json;
    });
    return { value: out, found };
  }
  if (value === null || typeof value !== 'object') return { value: into, found: false };
  const out = (into && typeof into === 'object' && !Array.isArray(into) ? into : {}) as Record<string, Json>;
  const keys = head === '*' ? Object.keys(value) : head in value ? [head] : [];
  let found = false;
  for (const key of keys) {
    const picked = pickPath(value[key]!, rest, out[key]);
    if (picked.found) {
      out[key] = picked.value as Json;
      found = true;
    }
  }
  return { value: out, found };
}

/** The parts of `value` at each of `paths`. */
export function pick(value: Json, paths: string[]): Json {
  let out: Json | undefined;
  for (const path of paths) {
    const picked = pickPath(value, path.split('.'), out);
    if (!picked.found) throw new Error(`Nothing at "${path}".`);
    out = picked.value;
  }
  return out ?? null;
}

export function pickJson(): Plugin {
  return {
    name: 'jamlikhetskollen:pick-json',
    enforce: 'pre',
    resolveId(source, importer) {
      if (!source.startsWith(PREFIX) || !importer) return null;
      const rest = source.slice(PREFIX.length);
      const split = rest.indexOf(':');
      const file = resolve(dirname(importer), rest.slice(split + 1));
      // The file first and the paths last: an id ending in .json would go to Vite's own JSON plugin.
      return `${RESOLVED}${file}|${rest.slice(0, split)}`;
    },
    load(id) {
      if (!id.startsWith(RESOLVED)) return null;
      const rest = id.slice(RESOLVED.length);
      const split = rest.lastIndexOf('|');
      const file = rest.slice(0, split);
      this.addWatchFile(file);
      const paths = rest.slice(split + 1).split(',');
      try {
        return `export default ${JSON.stringify(pick(JSON.parse(readFileSync(file, 'utf8')) as Json, paths))};`;
      } catch (error) {
        throw new Error(`${file}: ${(error as Error).message}`, { cause: error });
      }
    },
  };
}
