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
