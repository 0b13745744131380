/**
 * The texts of the question packs in use, added to the `content` namespace of
 * an i18next instance in every language, so their questions read as the
 * model's own do. Languages load lazily (./load.ts), but each load merges
 * into what the instance holds (deep), so texts added here before a
 * language's model texts arrive stay there after.
 *
 * A pack's keys all lie under its own id (`questions.norrby.goals.…`), never
 * under the model's; still, a text the model has is never replaced. A text
 * added here earlier is: a newer version of a pack may reword its questions.
 *
 * Takes the packs' text trees as plain data (no import of the pack parser,
 * which brings zod), as this runs in the app's first code.
 */
import type { i18n } from 'i18next';
import type { ContentPack } from '../questionnaire/pack';
import { LANGUAGES } from './languages';

/** By the instance's store (react-i18next wraps the instance per component): the keys added here, as `lang key`. */
const added = new WeakMap<object, Set<string>>();

/** Every leaf of a tree of texts as `[dotted key, text]`. */
function leaves(tree: unknown, prefix = ''): Array<[string, string]> {
  if (typeof tree === 'string') return prefix ? [[prefix, tree]] : [];
  if (!tree || typeof tree !== 'object' || Array.isArray(tree)) return [];
  return Object.entries(tree).flatMap(([key, value]) => leaves(value, prefix ? `${prefix}.${key}` : key));
}

/** Adds the texts of `packs` to `instance`, in every language of the app. */
export function addPackTexts(instance: i18n, packs: ReadonlyArray<Pick<ContentPack, 'texts'>>): void {
  let mine = added.get(instance.store);
  if (!mine) added.set(instance.store, (mine = new Set()));
  for (const lang of LANGUAGES) {
    for (const [key, text] of packs.flatMap((pack) => leaves(pack.texts[lang]))) {
      const own = `${lang} ${key}`;
      if (!mine.has(own) && instance.getResource(lang, 'content', key) !== undefined) continue;
      instance.addResource(lang, 'content', key, text, { silent: true });
      mine.add(own);
    }
  }
}
