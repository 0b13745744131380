// The style rules of the decision text, in Swedish and English, over every
// block and short text of every fixture and worked example: no quotation
// marks around the user's words and their case never changed; numbers one
// to twelve in words in running text; nothing pointing at the tool ("här",
// "here"); the author's voice ("framgår inte" is a reviewer's); "stämts av
// mot", never "uppfylls"/"is met"; one name for the method per language;
// no group named in two sentences running; English templates that agree
// with a count of one and of two and never with the user's own names; and
// a short text of at most about 140 words.
import { describe, expect, it } from 'vitest';
import { DECISION_CODES } from '../../src/assessment/decision-text/codes';
import type { DecisionSentence } from '../../src/assessment/decision-text';
import { createI18n } from '../../src/i18n';
import { formatDate, formatRatio, formatShare, numberWord, wordDecisionText, wordSentence, type Translate } from '../../src/i18n/decision-text';
import { LANGUAGES, type Language } from '../../src/i18n/resources';
import { withSubject } from '../../src/i18n/subject';
import en from '../../locales/en/ui.json';
import sv from '../../locales/sv/ui.json';
import { allCases } from '../unit/assessment/decision-text-cases';

const CASES = allCases();
const T = Object.fromEntries(LANGUAGES.map((l) => [l, createI18n(l).t as unknown as Translate])) as Record<Language, Translate>;
const NOT_USER = /(Dimensions|Options|Option|Date)$|^(areas|tests|statuses|minorities)$/;

/** The user's own words in a sentence's parameters (names and quoted answers). */
function userWords(s: DecisionSentence): string[] {
  return Object.entries(s.params ?? {}).flatMap(([name, v]) => (typeof v === 'number' || NOT_USER.test(name) ? [] : Array.isArray(v) ? v : [v]));
}

/** The sentence's own words: the rendered text with the user's words and the dates taken out. */
function ownText(lang: Language, s: DecisionSentence, text: string): string {
  const dates = Object.entries(s.params ?? {}).flatMap(([name, v]) => (name.endsWith('Date') && typeof v === 'string' ? [formatDate(lang, v)] : []));
  // The user's figures (shares and their ratio) stand as figures, as the skrivregler have it for per cent.
  const figures = Object.entries(s.params ?? {}).flatMap(([name, v]) =>
    typeof v !== 'number' ? [] : name.endsWith('Share') ? [formatShare(lang, v)] : name === 'ratio' ? [formatRatio(lang, v)] : [],
  );
  return [...userWords(s), ...dates, ...figures].sort((a, b) => b.length - a.length).reduce((t, w) => t.split(w).join(' ⟨…⟩ '), text);
}

const QUOTES = /[“”"«»]/;
// "Här" on its own points at the tool ("som beskrivs här"); "den här", "så här" point within the sentence.
const POINTS_AT_TOOL = /(?<!(?:den|det|de|så) )(?<!\p{L})(här|here)(?!\p{L})/iu;
const METHOD: Record<Language, { wrong: RegExp }> = {
  sv: { wrong: /jämlikhetsbedömning|jämställdhetsbedömning|jämlikhetsanalys|konsekvensanalys/i },
  en: { wrong: /equality impact assessment|equality assessment|\bEqIA\b/i },
};
const SMALL_NUMBER = /(?<![\p{L}\d,.:–-])(1[0-2]|[1-9])(?![\d,.:]?\d)/u;

function flat(obj: unknown, prefix = ''): Array<[string, string]> {
  if (typeof obj === 'string') return [[prefix, obj]];
  return Object.entries(obj as Record<string, unknown>).flatMap(([k, v]) => flat(v, prefix ? `${prefix}.${k}` : k));
}
const templates = (ui: { decisionText: Record<string, unknown> }) => flat(Object.fromEntries(Object.entries(ui.decisionText).filter(([k]) => k !== 'ui')));

describe('the sentence templates', () => {
  // Texts that are not sentences: headings and the parts sentences are made of.
  const PARTS = /^(headings|tests|statuses|areas|dimensions|minorityNames)\./;
  it.each([
    ['sv', sv],
    ['en', en],
  ] as const)('%s: one text for every sentence code, and no text without a code', (_lang, ui) => {
    const keys = new Set(templates(ui).map(([k]) => k).filter((k) => !PARTS.test(k)).map((k) => k.replace(/_(one|other)$/, '').replace(/_service$/, '')));
    expect([...keys].sort()).toEqual([...DECISION_CODES].sort());
  });


  it.each([
    ['sv', sv],
    ['en', en],
  ] as const)('%s: no quotation marks, no "här"/"here", no "uppfyll"/"is met", no "framgår inte"', (_lang, ui) => {
    const bad = templates(ui).filter(([, text]) => QUOTES.test(text) || POINTS_AT_TOOL.test(text) || /uppfyll|framgår inte|\b(is|are) met\b/iu.test(text));
    expect(bad).toEqual([]);
  });

  it('English never makes a verb agree with the user’s own name (a modal or a colon follows it)', () => {
    const bad = templates(en).filter(([, text]) => /\{\{(group|measure|indicator|alternative)\}\} (?!(could|may|would|can|might|should|will|must)\b)\w+/.test(text));
    expect(bad).toEqual([]);
  });

  it('English agrees with a count of one and of two', () => {
    const t = T.en;
    const keys = [...new Set(templates(en).filter(([k]) => /_(one|other)$/.test(k)).map(([k]) => k.replace(/_(one|other)$/, '')))];
    expect(keys.length).toBeGreaterThan(10);
    const bad: string[] = [];
    for (const key of keys) {
      const one = t(`decisionText.${key}`, { count: 1, countText: numberWord('en', 1), groups: 'X' });
      const two = t(`decisionText.${key}`, { count: 2, countText: numberWord('en', 2), groups: 'X and Y' });
      if (/\bone (?:\w+ )?(are|have|were|questions|groups|gaps|cases|measures|indicators|sources)\b/.test(one)) bad.push(`${key} (1): ${one}`);
      if (/\btwo (?:\w+ )?(is|has|was|question|group|gap|case|measure|indicator|source)\b/.test(two)) bad.push(`${key} (2): ${two}`);
      if (/\b(1|2)\b/.test(one + two)) bad.push(`${key}: a figure for a small number`);
    }
    expect(bad).toEqual([]);
  });
});

describe.each(CASES.flatMap((c) => LANGUAGES.map((lang) => [`${c.name} (${lang})`, c, lang] as const)))('%s', (_name, c, lang) => {
  const t = T[lang];
  const sentences = [...c.text.blocks.flatMap((b) => b.sentences), ...c.text.short];
  // An audit's sentences are worded as an audit's, as the report and the panel word them.
  const asAudit = withSubject(t, c.text.subject);
  const rendered = sentences.map((s) => ({ s, text: wordSentence(asAudit, lang, s) }));

  it('shows the user’s words as written: never quoted, never recased', () => {
    const bad = rendered.flatMap(({ s, text }) =>
      userWords(s).flatMap((w) => {
        const word = w.replace(/\s+/g, ' ').trim();
        if (!text.includes(word)) return [`${s.code}: «${word}» is not in «${text}»`];
        return QUOTES.test(text.slice(Math.max(0, text.indexOf(word) - 1), text.indexOf(word))) ? [`${s.code}: «${word}» is quoted`] : [];
      }),
    );
    expect(bad).toEqual([]);
  });

  it('writes numbers one to twelve in words, points at nothing "here", speaks as the author', () => {
    const bad = rendered.flatMap(({ s, text }) => {
      const own = ownText(lang, s, text);
      const problems: string[] = [];
      if (SMALL_NUMBER.test(own)) problems.push(`${s.code}: a figure: ${own}`);
      if (POINTS_AT_TOOL.test(own)) problems.push(`${s.code}: points at the tool: ${own}`);
      if (/framgår inte|uppfyll|\b(is|are) met\b/i.test(own)) problems.push(`${s.code}: ${own}`);
      if (METHOD[lang].wrong.test(own)) problems.push(`${s.code}: another name for the method: ${own}`);
      return problems;
    });
    expect(bad).toEqual([]);
  });

  it('does not name a group in two sentences running', () => {
    const named = (s: DecisionSentence) => [s.params?.group, ...(Array.isArray(s.params?.groups) ? s.params.groups : [])].filter((g): g is string => typeof g === 'string');
    const bad = c.text.blocks.flatMap((b) =>
      b.sentences.slice(1).flatMap((s, i) => {
        const shared = named(s).filter((g) => named(b.sentences[i]!).includes(g));
        return shared.length ? [`${b.id}: ${b.sentences[i]!.code} and ${s.code} both name ${shared.join(', ')}`] : [];
      }),
    );
    expect(bad).toEqual([]);
  });

  it('has a heading for every block and a short text of at most about 140 words', () => {
    const worded = wordDecisionText(t, lang, c.text);
    for (const b of worded.blocks) expect(b.heading).not.toMatch(/^decisionText\./);
    expect(worded.short.split(/\s+/).filter(Boolean).length).toBeLessThanOrEqual(140);
  });
});
