/**
 * Merging the content files of one language into one namespace. Each file
 * owns a part of the key space (common steps, the framework, one
 * questionnaire); two files defining the same key is a content error, which
 * `mergeTexts` reports instead of letting the later file win silently.
 */
type Tree = { [key: string]: string | Tree };

export interface Merged {
  texts: Tree;
  collisions: string[];
}

function isTree(value: unknown): value is Tree {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}

/** Deep-merges locale trees; returns the dotted keys defined more than once. */
export function mergeTexts(trees: ReadonlyArray<unknown>): Merged {
  const collisions: string[] = [];
  const merge = (into: Tree, from: Tree, prefix: string) => {
    for (const [key, value] of Object.entries(from)) {
      const path = prefix ? `${prefix}.${key}` : key;
      const existing = into[key];
      if (existing === undefined) {
        into[key] = isTree(value) ? merge({}, value, path) : value;
      } else if (isTree(existing) && isTree(value)) {
        merge(existing, value, path);
      } else {
        collisions.push(path);
      }
    }
    return into;
  };
  const texts: Tree = {};
  for (const tree of trees) if (isTree(tree)) merge(texts, tree, '');
  return { texts, collisions };
}
