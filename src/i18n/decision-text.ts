/**
 * Words the decision text (`decisionText()`, src/assessment/decision-text)
 * in one language: each block under its heading `decisionText.headings.<id>`
 * and the short variant, every sentence from `decisionText.<code>`.
 *
 * Parameters are shown by their name:
 * - `…Share` (a per cent, 0–100): as a percentage ("12,5 %" / "12.5%");
 * - `ratio`: a decimal with two places ("0,62" / "0.62");
 * - any other number: as it is for the plural (`count` picks `_one` / `_other`),
 *   and as `<name>Text` in words from one to twelve (Myndigheternas
 *   skrivregler; figures from 13), `<name>TextN` the Swedish neuter form
 *   ("ett" rather than "en"), `<name>TextStart` capitalised to open a sentence;
 * - `…Dimensions` (question ids of consequence dimensions): the short noun
 *   `decisionText.dimensions.<id>` (falling back to the question's label);
 * - `areas` (dimension tags): `decisionText.areas.<tag>`;
 * - `minorities` (option ids of national minorities): `decisionText.minorityNames.<id>`;
 * - `tests` (`<lawfulness tag>.<answer>`): `decisionText.tests.<tag>.<answer>`;
 * - `statuses` (`<status>:<n>`): `decisionText.statuses.<status>` with that count;
 * - `…Options` (content text keys of options): the option texts, starting
 *   in lower case (they are ours, not the user's), as a list;
 * - any other list: names the user wrote, as they are (never quoted, never
 *   recased), as a list ("a, b och c" / "a, b and c");
 * - `…Date` (ISO date): a long date ("1 mars 2027" / "1 March 2027");
 * - `…Option` (a content text key): that text;
 * - any other string: the user's own words, as they are.
 */
import { decisionTopic, opensParagraph } from '../assessment/decision-text/codes';
import type { DecisionSentence, DecisionText } from '../assessment/decision-text/types';
import type { Language } from './resources';
import { withSubject } from './subject';

/** A translation function, as i18next's `t` (keys may carry a `content:` namespace). */
export type Translate = (key: string, options?: Record<string, unknown>) => string;

/** Between a block's paragraphs in its `text`: a blank line, as pasted into Word or an e-mail. */
export const PARAGRAPH_BREAK = '\n\n';

export interface WordedDecisionText {
  /** `text` is the paragraphs joined by `PARAGRAPH_BREAK`. */
  blocks: Array<{ id: string; heading: string; paragraphs: string[]; text: string }>;
  short: string;
}

const LOCALES: Record<Language, string> = { sv: 'sv-SE', en: 'en-GB' };
const lists = new Map<Language, Intl.ListFormat>();
const dates = new Map<Language, Intl.DateTimeFormat>();

/** An ISO date (yyyy-mm-dd) as a long date in `lang`; anything else as it is. */
export function formatDate(lang: Language, iso: string): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  if (!m) return iso;
  const date = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])));
  if (Number.isNaN(date.getTime())) return iso;
  let format = dates.get(lang);
  if (!format) dates.set(lang, (format = new Intl.DateTimeFormat(LOCALES[lang], { dateStyle: 'long', timeZone: 'UTC' })));
  return format.format(date);
}

function listFormat(lang: Language): Intl.ListFormat {
  let format = lists.get(lang);
  if (!format) lists.set(lang, (format = new Intl.ListFormat(LOCALES[lang], { type: 'conjunction' })));
  return format;
}

/** A share given in per cent (0–100) as a percentage in `lang`. */
export function formatShare(lang: Language, percent: number): string {
  return new Intl.NumberFormat(LOCALES[lang], { style: 'percent', maximumFractionDigits: 1 }).format(percent / 100);
}

/** A representation ratio in `lang`, with two decimals. */
export function formatRatio(lang: Language, ratio: number): string {
  return new Intl.NumberFormat(LOCALES[lang], { minimumFractionDigits: 2, maximumFractionDigits: 2 }).format(ratio);
}

const WORDS: Record<Language, string[]> = {
  sv: ['noll', 'en', 'två', 'tre', 'fyra', 'fem', 'sex', 'sju', 'åtta', 'nio', 'tio', 'elva', 'tolv'],
  en: ['zero', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve'],
};

/** A number in running text: words up to twelve, figures from 13; `neuter` gives Swedish "ett". */
export function numberWord(lang: Language, n: number, neuter = false): string {
  if (!Number.isInteger(n) || n < 0 || n > 12) return String(n);
  if (lang === 'sv' && neuter && n === 1) return 'ett';
  return WORDS[lang][n]!;
}

const lowerFirst = (s: string) => s.charAt(0).toLocaleLowerCase() + s.slice(1);
const upperFirst = (s: string) => s.charAt(0).toLocaleUpperCase() + s.slice(1);

function listParam(t: Translate, lang: Language, name: string, values: string[]): string {
  let items: string[];
  if (name.endsWith('Dimensions')) items = values.map((id) => t(`decisionText.dimensions.${id}`, { defaultValue: t(`content:questions.${id}.label`) }));
  else if (name === 'areas') items = values.map((tag) => t(`decisionText.areas.${tag}`));
  else if (name === 'minorities') items = values.map((id) => t(`decisionText.minorityNames.${id}`));
  else if (name === 'tests') items = values.map((test) => t(`decisionText.tests.${test}`));
  else if (name === 'statuses') {
    items = values.map((entry) => {
      const [status, n] = entry.split(':');
      const count = Number(n);
      return t(`decisionText.statuses.${status}`, { count, countText: numberWord(lang, count) });
    });
  } else if (name.endsWith('Options')) items = values.map((key) => lowerFirst(t(`content:${key}`)));
  else items = values;
  return listFormat(lang).format(items);
}

/** The parameters of a sentence as i18next interpolation values. */
function params(t: Translate, lang: Language, sentence: DecisionSentence): Record<string, string | number> {
  const out: Record<string, string | number> = {};
  for (const [name, value] of Object.entries(sentence.params ?? {})) {
    if (Array.isArray(value)) out[name] = listParam(t, lang, name, value);
    else if (typeof value === 'number' && name.endsWith('Share')) out[name] = formatShare(lang, value);
    else if (typeof value === 'number' && name === 'ratio') out[name] = formatRatio(lang, value);
    else if (typeof value === 'number') {
      out[name] = value;
      out[`${name}Text`] = numberWord(lang, value);
      out[`${name}TextN`] = numberWord(lang, value, true);
      out[`${name}TextStart`] = upperFirst(numberWord(lang, value));
    } else if (name.endsWith('Date')) out[name] = formatDate(lang, value);
    else if (name.endsWith('Option')) out[name] = t(`content:${value}`);
    else out[name] = value;
  }
  return out;
}

/** One sentence in `lang`. */
export function wordSentence(t: Translate, lang: Language, sentence: DecisionSentence): string {
  return t(`decisionText.${sentence.code}`, params(t, lang, sentence));
}

const join = (t: Translate, lang: Language, sentences: readonly DecisionSentence[]) => sentences.map((s) => wordSentence(t, lang, s)).join(' ');

/** A block's paragraphs: a new one wherever the sentences' topic changes (`decisionTopic`) or a group's own paragraph opens. */
function paragraphs(t: Translate, lang: Language, sentences: readonly DecisionSentence[]): string[] {
  const runs: DecisionSentence[][] = [];
  sentences.forEach((s, i) => {
    if (i > 0 && !opensParagraph(s.code) && decisionTopic(s.code) === decisionTopic(sentences[i - 1]!.code)) runs[runs.length - 1]!.push(s);
    else runs.push([s]);
  });
  return runs.map((run) => join(t, lang, run));
}

export function wordDecisionText(translate: Translate, lang: Language, text: DecisionText): WordedDecisionText {
  const t = withSubject(translate, text.subject);
  return {
    blocks: text.blocks.map((b) => {
      const parts = paragraphs(t, lang, b.sentences);
      return { id: b.id, heading: t(`decisionText.headings.${b.id}`), paragraphs: parts, text: parts.join(PARAGRAPH_BREAK) };
    }),
    short: join(t, lang, text.short),
  };
}
