/**
 * A language's texts for a report made away from the page (the report
 * worker builds its own i18next from plain data): the loaded language with
 * the texts of the question packs in use added to its content texts, so a
 * pack's questions are worded in the file as on the screen. A text the
 * model has is never replaced (a pack's keys lie under its own id anyway).
 */
import type { ContentPack } from '../questionnaire/pack';
import type { LanguageTexts } from './instance';
import type { Language } from './languages';

type Tree = Record<string, unknown>;
const isTree = (v: unknown): v is Tree => v !== null && typeof v === 'object' && !Array.isArray(v);

/** `base` with what `extra` adds, `base` winning where both have a text. */
function under(base: Tree, extra: Tree): Tree {
  const out: Tree = { ...base };
  for (const [key, value] of Object.entries(extra)) {
    const have = out[key];
    if (have === undefined) out[key] = value;
    else if (isTree(have) && isTree(value)) out[key] = under(have, value);
  }
  return out;
}

export function withPackTexts(texts: LanguageTexts, packs: ReadonlyArray<Pick<ContentPack, 'texts'>>, lang: Language): LanguageTexts {
  if (!packs.length) return texts;
  const content = packs.reduce<Tree>((tree, pack) => under(tree, pack.texts[lang] as Tree), texts.content as Tree);
  return { ...texts, content };
}
