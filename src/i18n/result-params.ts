/**
 * The parameters of a result text (a reason, a finding, what the answers
 * show) made readable in one language, in one place, so the results page,
 * the check step, the PDF, the HTML report and the CLI word them the same.
 * The conventions (see `Params` in src/assessment/result.ts):
 * - `criterion`: a criterion id, shown as the criterion's statement;
 * - `dimensions`: dimension tags (`dimension-cost` …), each as its short
 *   name `results.dimension.<tag>`, joined as a list;
 * - `factors`: option ids of the group-factors question, each as its short
 *   name `results.factor.<id>`, joined as alternatives ("… eller …");
 * - `tests`: lawfulness tests by tag, each as `results.lawTest.<tag>`;
 * - `recommendations`: r1 … r5, as "1, 4 och 5";
 * - any other list: the user's own names, each quoted, joined as a list;
 * - whole numbers and plain strings as they are; fractions with Intl.
 */
import type { Language } from './resources';

type Translate = (key: string, options?: Record<string, unknown>) => string;
type RawParams = Record<string, string | number | string[]>;

const LOCALES: Record<Language, string> = { sv: 'sv-SE', en: 'en-GB' };
const lists = new Map<Language, Intl.ListFormat>();

const alternatives = new Map<Language, Intl.ListFormat>();

/** "a, b och c" / "a, b and c". */
export function joinList(lang: Language, items: string[]): string {
  let format = lists.get(lang);
  if (!format) lists.set(lang, (format = new Intl.ListFormat(LOCALES[lang], { type: 'conjunction' })));
  return format.format(items);
}

/** "a, b eller c" / "a, b or c": any one of them. */
export function joinAlternatives(lang: Language, items: string[]): string {
  let format = alternatives.get(lang);
  if (!format) alternatives.set(lang, (format = new Intl.ListFormat(LOCALES[lang], { type: 'disjunction' })));
  return format.format(items);
}

const numbers = new Map<Language, Intl.NumberFormat>();

/** A number with at most two decimals, in the language's notation. */
export function formatNumber(lang: Language, value: number): string {
  let format = numbers.get(lang);
  if (!format) numbers.set(lang, (format = new Intl.NumberFormat(LOCALES[lang], { maximumFractionDigits: 2 })));
  return format.format(value);
}

function listItem(t: Translate, name: string, value: string): string {
  switch (name) {
    case 'dimensions':
      return t(`results.dimension.${value}`);
    case 'factors':
      return t(`results.factor.${value}`);
    case 'tests':
      return t(`results.lawTest.${value}`);
    case 'recommendations':
      return value.replace(/^r/, '');
    default:
      return t('summaryText.quote', { name: value });
  }
}

/** Parameters ready for `t()`: every list joined, every id worded. */
export function resultParams(t: Translate, lang: Language, raw: RawParams | undefined): Record<string, string | number> {
  const out: Record<string, string | number> = {};
  for (const [name, value] of Object.entries(raw ?? {})) {
    if (Array.isArray(value)) {
      // A group is named by any one of its factors, so factors are alternatives ("låg inkomst eller …").
      const words = value.map((v) => listItem(t, name, v));
      out[name] = name === 'factors' ? joinAlternatives(lang, words) : joinList(lang, words);
      out[`${name}Count`] = value.length;
    } else if (name === 'criterion' && typeof value === 'string') out[name] = t(`content:criteria.${value}.label`);
    // A fraction (a representation ratio, a share of 12.5 per cent) in the reader's notation: "0,67" / "0.67".
    else if (typeof value === 'number' && !Number.isInteger(value)) out[name] = formatNumber(lang, value);
    else out[name] = value;
  }
  return out;
}
