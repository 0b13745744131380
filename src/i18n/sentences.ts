/**
 * The sentences of a "konsekvensbeskrivning" (the plain-language impact
 * statement for the decision document) are codes with parameters, made by
 * `consequenceSummary()` (src/assessment/consequence-summary.ts), so each
 * reader words them in its own language: `summaryText.<code>` in the ui
 * namespace. Parameters are shown by their name, as documented there:
 * - `…Dimensions` (question ids): each as its short name
 *   `summaryText.dimensions.<question id>` (falling back to the question's
 *   label), joined as a list ("a, b och c" / "a, b and c");
 * - any other list (names the user wrote): each quoted
 *   (`summaryText.quote`), joined as a list; `<name>More` adds "and N more";
 * - `…Date` (ISO date): a long date in the language ("1 mars 2027" /
 *   "1 March 2027");
 * - `…Option` (a content text key): that text;
 * - anything else as it is (`count` picks the plural).
 */
import type { SummarySentence } from '../assessment/consequence-summary';
import type { Language } from './resources';
import { formatDate } from './decision-text';

export { formatDate };

/** One sentence: a text code and its parameters (the same shape as `SummarySentence`). */
export type SummarySentenceCode = SummarySentence;

/** A translation function, as i18next's `t` (keys may carry a `content:` namespace). */
type Translate = (key: string, options?: Record<string, unknown>) => string;

const LOCALES: Record<Language, string> = { sv: 'sv-SE', en: 'en-GB' };
const lists = new Map<Language, Intl.ListFormat>();

function listFormat(lang: Language): Intl.ListFormat {
  let format = lists.get(lang);
  if (!format) lists.set(lang, (format = new Intl.ListFormat(LOCALES[lang], { type: 'conjunction' })));
  return format;
}

function listParam(t: Translate, lang: Language, name: string, values: string[], more: unknown): string {
  const items = name.endsWith('Dimensions')
    ? values.map((id) => t(`summaryText.dimensions.${id}`, { defaultValue: t(`content:questions.${id}.label`) }))
    : values.map((value) => t('summaryText.quote', { name: value }));
  if (typeof more === 'number' && more > 0) items.push(t('summaryText.more', { count: more }));
  return listFormat(lang).format(items);
}

/** The sentence in `lang`, its parameters shown by the conventions above. */
export function renderSentence(t: Translate, lang: Language, sentence: SummarySentenceCode): string {
  const raw = sentence.params ?? {};
  const params: Record<string, string | number> = {};
  for (const [name, value] of Object.entries(raw)) {
    if (Array.isArray(value)) params[name] = listParam(t, lang, name, value, raw[`${name}More`]);
    else if (typeof value === 'string' && name.endsWith('Date')) params[name] = formatDate(lang, value);
    else if (typeof value === 'string' && name.endsWith('Option')) params[name] = t(`content:${value}`);
    else params[name] = value;
  }
  return t(`summaryText.${sentence.code}`, params);
}

/** The whole konsekvensbeskrivning as one paragraph, ready to paste. */
export function renderSummary(t: Translate, lang: Language, sentences: readonly SummarySentenceCode[]): string {
  return sentences.map((s) => renderSentence(t, lang, s)).join(' ');
}
