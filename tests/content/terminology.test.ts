// One name for the method in each language. Swedish: "konsekvensbedömning
// för jämlikhet" (short: "bedömningen"); English: "equity impact assessment"
// (short: "the assessment"). jämlikhet = equity, jämlik hälsa = health
// equity, jämställdhet = gender equality. "Equality impact assessment" is
// banned outright: a UK reader takes it for the statutory EqIA, which this is
// not. Every text the product shows (all of locales/) is checked, plus the
// README, the page's own metadata in index.html and the published file
// schemas' descriptions.
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { framework, questionnaires } from '../../src/questionnaire/catalogue';
import { stepSchema } from '../../src/questionnaire/step-schema';
import { flattenTexts } from '../../src/questionnaire/texts';

const ROOT = resolve(import.meta.dirname, '../..');

/** Names that are never right for the method, in either language. */
const BANNED: Array<[string, RegExp]> = [
  ['jämlikhetsbedömning and its kin', /jämlikhets(bedömning|analys|prövning|granskning|konsekvens)/iu],
  ['equality assessment', /(?<!gender\s)\bequality\s+(impact\s+)?(assessment|analysis|check)/iu],
  ['a loose English synonym', /\bequity\s+(assessment|analysis|check)\b/iu],
  ['EqIA', /\bEqIA\b/u],
];

/**
 * English "equality" means jämställdhet only as "gender equality", and stands
 * in the Discrimination Act's own names. Anywhere else it translates
 * jämlikhet, which is "equity". "Equal governance" renders SKR's "jämlik
 * styrning" the same wrong way. SKR's own English title of its final report
 * is quoted as published.
 */
const EQUALITY_ALLOWED = [/\bgender equality\b/giu, /\bEquality Ombudsman\b/gu, /“Delivering equality to make a difference”/gu];
const EQUALITY_FOR_EQUITY = /\b(equality|equalities|equal governance)\b/iu;

/** The banned names in `text`, and in English its "equality" meant as jämlikhet. */
export function terminologyProblems(text: string, english: boolean): string[] {
  const found = BANNED.filter(([, re]) => re.test(text)).map(([name]) => name);
  if (english) {
    const rest = EQUALITY_ALLOWED.reduce((s, re) => s.replace(re, ' '), text);
    const hit = EQUALITY_FOR_EQUITY.exec(rest);
    if (hit) found.push(`"${hit[0]}" for jämlikhet`);
  }
  return found;
}

/**
 * "Gap" has one meaning: a difference between groups (the gaps between a
 * group and others widen or narrow; health gaps). What the assessment does
 * not know is a "knowledge gap" (sv "kunskapslucka"), always named with the
 * word knowledge; a problem the check finds is a "shortcoming" (sv "brist");
 * questions left blank are "unanswered questions" or "missing answers" (sv
 * "obesvarade frågor"), never gaps. So in English, a sentence with a bare
 * "gap" must say what it is between: between, with others, or how it moves
 * (widens, narrows, closes). In Swedish, differences are "skillnader" (or
 * "klyftor"), and "lucka"/"glapp" are left for knowledge: a text with
 * either speaks of knowledge, data or what is known.
 */
const KNOWLEDGE_GAP = /\bknowledge gaps?\b|\bgaps? in (?:\w+\s){0,2}knowledge\b/giu;
const GAP = /\bgaps?\b/iu;
const BETWEEN_GROUPS = /\bbetween\b|\bwith others\b|\b(widen|narrow|clos|shrink|grow)\w*|\bhealth gaps\b/iu;
const SV_GAP = /lucka|luckor|glapp/iu;
const SV_KNOWLEDGE = /kunskap|\bvet\b|\bveta\b|uppgift|statistik|underlag/iu;

/** Where `text` uses "gap" (en) or "lucka"/"glapp" (sv) for something other than its one meaning. */
export function gapProblems(text: string, english: boolean): string[] {
  const plain = text.replace(/\{\{[^}]*\}\}/gu, ' ');
  if (!english) return SV_GAP.test(plain) && !SV_KNOWLEDGE.test(plain) ? ['"lucka"/"glapp" not about knowledge'] : [];
  return plain
    .replace(KNOWLEDGE_GAP, ' ')
    .split(/(?<=[.!?:;])\s+/u)
    .filter((sentence) => GAP.test(sentence) && !BETWEEN_GROUPS.test(sentence))
    .map((sentence) => `"gap" that is not between groups: ${sentence.trim()}`);
}

/**
 * Words that read as something else. "Read in" is Swedish "läsa in" word
 * for word (English: add, open, import); "read only here" reads as
 * "read-only". The do-nothing option is named one way in English: not the
 * "zero alternative" (a calque of "nollalternativ"), nor a "do-nothing
 * alternative" beside it; Swedish says "nollalternativ" and nothing else.
 */
const MISREAD_EN: Array<[string, RegExp]> = [
  ['"read in" for import or add', /\bread(s|ing)? in (assessments?|files?|the files?|them|it|again)\b|\b(assessments?|files?) (are |is )?read in\b/iu],
  ['"read only", which reads as read-only', /\bread[- ]only\b/iu],
  ['one name for the do-nothing option', /\bzero[- ](alternative|option)s?\b|\bdo-nothing alternatives?\b/iu],
];
const MISREAD_SV: Array<[string, RegExp]> = [['nollalternativ under another name', /\bnoll-alternativ|\bnoll(scenari|läge)/iu]];

/** Misleading wordings in `text`. */
export function wordingProblems(text: string, english: boolean): string[] {
  return (english ? MISREAD_EN : MISREAD_SV).filter(([, re]) => re.test(text)).map(([name]) => name);
}

/** Every JSON file under `dir`, recursively. */
function jsonFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? jsonFiles(join(dir, e.name)) : e.name.endsWith('.json') ? [join(dir, e.name)] : [],
  );
}

/** Each text of a locale file, as `file key`. */
function localeTexts(lang: string): Array<[string, string]> {
  return jsonFiles(join(ROOT, 'locales', lang)).flatMap((file) =>
    Object.entries(flattenTexts(JSON.parse(readFileSync(file, 'utf8')) as Record<string, unknown>)).map(
      ([key, value]) => [`${relative(ROOT, file)} ${key}`, String(value)] as [string, string],
    ),
  );
}

function problems(texts: Array<[string, string]>, english: boolean): string[] {
  return texts.flatMap(([where, text]) => terminologyProblems(text, english).map((p) => `${where}: ${p}`));
}

function wordProblems(texts: Array<[string, string]>, english: boolean): string[] {
  return texts.flatMap(([where, text]) => [...gapProblems(text, english), ...wordingProblems(text, english)].map((p) => `${where}: ${p}`));
}

describe('terminology rule', () => {
  it.each([
    'An equality impact assessment has been made.',
    'Carry out an equality assessment',
    'Gör en jämlikhetsbedömning',
    'Jämlikhetsanalysen visar',
    'An equity assessment of the proposal',
    'health equality in the municipality',
    "SKR's model for equal governance",
    'Does the mandate say anything about equality?',
  ])('flags %j', (text) => {
    expect(terminologyProblems(text, true)).not.toEqual([]);
  });

  it.each([
    'Carry out an equity impact assessment',
    'Gender equality is one part of equity.',
    'Report it to the Equality Ombudsman.',
    'a child impact assessment or a gender equality analysis',
    'equal treatment does not give equal outcomes, and health inequalities remain',
    'Gör en konsekvensbedömning för jämlikhet',
  ])('allows %j', (text) => {
    expect(terminologyProblems(text, true)).toEqual([]);
  });

  it('reads "equality" as wrong only in English', () => {
    expect(terminologyProblems('equality', false)).toEqual([]);
    expect(terminologyProblems('equality', true)).not.toEqual([]);
  });
});

describe('terminology in the product', () => {
  it('Swedish texts never use a banned name for the method', () => {
    const texts = localeTexts('sv');
    expect(texts.length).toBeGreaterThan(500);
    expect(problems(texts, false)).toEqual([]);
  });

  it('English texts never use a banned name, nor "equality" for jämlikhet', () => {
    const texts = localeTexts('en');
    expect(texts.length).toBeGreaterThan(500);
    expect(problems(texts, true)).toEqual([]);
  });

  it('the README, the page metadata and the file schemas keep to the same names', () => {
    // The README holds both languages; the English rule is harmless on Swedish text.
    const schemas = jsonFiles(join(ROOT, 'questionnaires', 'schema')).map((f) => relative(ROOT, f));
    expect(schemas).toContain('questionnaires/schema/assessment.schema.json');
    const files = ['README.md', 'index.html', ...schemas].map((f) => [f, readFileSync(join(ROOT, f), 'utf8')] as [string, string]);
    expect(problems(files, true)).toEqual([]);
  });

  it('the glossary names the method, equity and gender equality as decided', () => {
    const term = (lang: string, id: string) =>
      flattenTexts(JSON.parse(readFileSync(join(ROOT, 'locales', lang, 'content', 'glossary.json'), 'utf8')) as Record<string, unknown>)[`glossary.${id}.term`];
    expect(term('sv', 'konsekvensbedomning-for-jamlikhet')).toBe('Konsekvensbedömning för jämlikhet');
    expect(term('en', 'konsekvensbedomning-for-jamlikhet')).toBe('Equity impact assessment');
    expect(term('en', 'jamlikhet')).toBe('Equity');
    expect(term('en', 'jamstalldhet')).toBe('Gender equality');
  });
});

describe('one meaning for "gap", and words that read as meant', () => {
  it.each([
    ['The check shows two gaps in the assessment.', true],
    ['Known gaps in the assessment', true],
    ['The assessment still has one open serious gap.', true],
    ['Gaps answered for 2 of 3 groups', true],
    ['Gaps', true],
    ['Två luckor i bedömningen.', false],
    ['Glappet mellan grupperna ökar.', false],
  ])('flags %j', (text, english) => {
    expect(gapProblems(text, english)).not.toEqual([]);
  });

  it.each([
    ['The gaps between this group and others could then widen.', true],
    ['Gaps widen for {{groups}}', true],
    ['Which figure would show that the gap is closing?', true],
    ['No answer on the gaps with others for {{groups}}', true],
    ['to close the avoidable health gaps within a generation', true],
    ['What are your knowledge gaps? List the gaps in your knowledge.', true],
    ['Kunskapsluckor: {{gaps}}.', false],
    ['Beskriv vad ni vet. Om ni inte vet något, skriv det: det är en viktig lucka.', false],
  ])('allows %j', (text, english) => {
    expect(gapProblems(text, english)).toEqual([]);
  });

  it.each([
    ['Read in assessments of the same case.', true],
    ['The files are read only here in the browser.', true],
    ['No assessments read in yet.', true],
    ['The zero alternative is missing.', true],
    ['Describe the do-nothing alternative.', true],
    ['Beskriv noll-alternativet.', false],
  ])('flags the wording %j', (text, english) => {
    expect(wordingProblems(text, english)).not.toEqual([]);
  });

  it('allows the wordings chosen instead', () => {
    expect(wordingProblems('Add assessments. The files are opened in this browser. Compare it with the do-nothing option.', true)).toEqual([]);
    expect(wordingProblems('Läs in bedömningarna. Beskriv nollalternativet.', false)).toEqual([]);
  });

  it.each([['sv', false], ['en', true]] as const)('%s: every text keeps to them', (lang, english) => {
    expect(wordProblems(localeTexts(lang), english)).toEqual([]);
  });

  it('the README keeps to them too', () => {
    // Bilingual, but its Swedish never says "gap", "read in" or "zero alternative", so the English rules read it whole.
    expect(wordProblems([['README.md', readFileSync(join(ROOT, 'README.md'), 'utf8')]], true)).toEqual([]);
  });

  it('the glossary names the do-nothing option as the texts do', () => {
    const term = (lang: string) =>
      flattenTexts(JSON.parse(readFileSync(join(ROOT, 'locales', lang, 'content', 'glossary.json'), 'utf8')) as Record<string, unknown>)['glossary.nollalternativ.term'];
    expect(term('sv')).toBe('Nollalternativ');
    expect(term('en')).toBe('Do-nothing option');
  });
});

describe('the message for an unanswered choice says what the question asks', () => {
  const ui = (lang: string) => flattenTexts(JSON.parse(readFileSync(join(ROOT, 'locales', lang, 'ui.json'), 'utf8')) as Record<string, unknown>);

  // Every required question of a plain step, left empty: the error code the form shows for it.
  const cases = questionnaires.flatMap((file) =>
    file.steps.flatMap((step) => {
      if (step.kind !== 'questions') return [];
      const result = stepSchema(file, framework, step, {}).safeParse({});
      const codes = new Map(result.success ? [] : result.error.issues.map((i) => [String(i.path[0]), i.message]));
      return step.questions
        .filter((q) => q.required && (q.type === 'multi' || q.type === 'single') && codes.has(q.id))
        .map((q) => ({ id: `${file.id}/${q.id}`, type: q.type, code: codes.get(q.id)! }));
    }),
  );

  it('a tick-several question asks for at least one box, a choose-one question for an option', () => {
    expect(cases.filter((c) => c.type === 'multi').length).toBeGreaterThan(0);
    expect(cases.filter((c) => c.type === 'single').length).toBeGreaterThan(0);
    for (const c of cases) expect(c, c.id).toMatchObject({ code: c.type === 'multi' ? 'chooseSome' : 'choose' });
  });

  it('the two messages say so in both languages', () => {
    expect(ui('en')['errors.chooseSome']).toBe('Choose at least one option.');
    expect(ui('sv')['errors.chooseSome']).toBe('Välj minst ett alternativ.');
    expect(ui('en')['errors.choose']).toBe('Choose an option.');
    expect(ui('sv')['errors.choose']).toBe('Välj ett alternativ.');
  });
});
