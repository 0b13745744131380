// Content integrity of the facilitator notes and the glossary: both files
// parse and their references resolve, every step of every questionnaire has
// notes, every note and term has its words in Swedish and English, and the
// glossary explains at least fifteen terms in one to three short sentences.
// Notes that speak of one worked example are marked with its id, so a
// workshop on another case never hears about it; the rest name no case.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { EXAMPLE_IDS } from '../../src/assessment/examples';
import { resources, LANGUAGES } from '../../src/i18n/resources';
import { framework, glossary, questionnaires, rawFiles, workshop } from '../../src/questionnaire/catalogue';
import { parseGlossary, termIndex } from '../../src/questionnaire/glossary';
import { checkTexts, flattenTexts, glossaryTextKeys, workshopTextKeys } from '../../src/questionnaire/texts';
import { allQuestions } from '../../src/questionnaire/walk';
import { ACTIVITIES, noteId, notesFor, parseWorkshop, planFor, PLAN_LENGTHS, type Note } from '../../src/questionnaire/workshop';

const content = Object.fromEntries(LANGUAGES.map((l) => [l, flattenTexts(resources[l].content)]));
const sentences = (text: string) => text.split(/(?<=[.!?])\s+/).filter((s) => s.trim() !== '');

describe('facilitator notes (questionnaires/workshop.json)', () => {
  it('parses and every step it names exists', () => {
    const parsed = parseWorkshop(rawFiles.workshop, questionnaires);
    expect(parsed.ok ? [] : parsed.problems).toEqual([]);
  });

  it.each(questionnaires.map((q) => [q.id, q] as const))('%s: every step has notes with prompts and pitfalls', (_id, q) => {
    const noted = new Set(workshop.notes.map((n) => n.step));
    expect(q.steps.map((s) => s.id).filter((id) => !noted.has(id))).toEqual([]);
    for (const s of q.steps) {
      const notes = workshop.notes.find((n) => n.step === s.id)!;
      expect(notes.prompts.length + notes.pitfalls.length).toBeGreaterThanOrEqual(2);
    }
  });

  it.each(questionnaires.map((q) => [q.id, q] as const))('%s: plans of 60, 90 and 180 minutes whose parts add up to their length', (_id, q) => {
    for (const minutes of PLAN_LENGTHS) {
      const plan = planFor(workshop, q.id, minutes);
      expect(plan?.parts.reduce((sum, p) => sum + p.minutes, 0)).toBe(minutes);
    }
  });

  it.each(LANGUAGES)('%s: every prompt and pitfall has its words, different from the other language', (lang) => {
    const keys = workshopTextKeys(workshop);
    expect(keys.length).toBeGreaterThan(40);
    expect(checkTexts(keys, content[lang]!, lang)).toEqual([]);
    const other = lang === 'sv' ? 'en' : 'sv';
    expect(keys.filter(({ key }) => content[lang]![key] === content[other]![key]).map((k) => k.key)).toEqual([]);
  });

  it('rejects notes for a step no questionnaire has, and notes given twice', () => {
    const raw = structuredClone(rawFiles.workshop) as { notes: Array<{ step: string }> };
    raw.notes[0]!.step = 'no-such-step';
    raw.notes[2]!.step = raw.notes[1]!.step;
    const parsed = parseWorkshop(raw, questionnaires);
    expect(parsed.ok ? [] : parsed.problems.map((p) => p.code)).toEqual(['ref.step', 'id.duplicate']);
  });
});

describe('glossary (questionnaires/glossary.json)', () => {
  it('parses and every place a term is used resolves to a step, question or criterion', () => {
    const parsed = parseGlossary(rawFiles.glossary, questionnaires, framework);
    expect(parsed.ok ? [] : parsed.problems).toEqual([]);
  });

  it('explains at least fifteen terms, each shown beside at least one question or step', () => {
    expect(glossary.terms.length).toBeGreaterThanOrEqual(15);
    expect(glossary.terms.filter((t) => t.usedIn.length === 0).map((t) => t.id)).toEqual([]);
    // Both questionnaires show terms in context.
    const index = termIndex(glossary);
    for (const q of questionnaires) {
      const ids = [...q.steps.map((s) => s.id), ...q.steps.flatMap((s) => (s.kind === 'recommendation-check' ? [] : s.questions.map((x) => x.id)))];
      expect(ids.some((id) => index.has(id))).toBe(true);
    }
  });

  it.each(LANGUAGES)('%s: every term has a name and a definition of one to three sentences', (lang) => {
    expect(checkTexts(glossaryTextKeys(glossary), content[lang]!, lang)).toEqual([]);
    const long = glossary.terms
      .map((t) => ({ id: t.id, count: sentences(String(content[lang]![`glossary.${t.id}.definition`])).length }))
      .filter((d) => d.count < 1 || d.count > 3);
    expect(long).toEqual([]);
  });

  it.each(LANGUAGES)('%s: no two terms share a name', (lang) => {
    const names = glossary.terms.map((t) => String(content[lang]![`glossary.${t.id}.term`]).toLocaleLowerCase(lang));
    expect(new Set(names).size).toBe(names.length);
  });

  it('rejects a use that points at nothing and a duplicate term id', () => {
    const raw = structuredClone(rawFiles.glossary) as { terms: Array<{ id: string; usedIn: string[] }> };
    raw.terms[0]!.usedIn.push('groups.no-such-question');
    raw.terms[2]!.id = raw.terms[1]!.id;
    const parsed = parseGlossary(raw, questionnaires, framework);
    expect(parsed.ok ? [] : parsed.problems.map((p) => p.code).sort()).toEqual(['id.duplicate', 'ref.use']);
  });
});

/** A worked example as shipped: the questionnaire it answers and its answers, in one language. */
function example(id: string, lang: string): { questionnaire: string; answers: Record<string, unknown> } {
  const file = JSON.parse(readFileSync(resolve(import.meta.dirname, `../../questionnaires/examples/${id}.${lang}.json`), 'utf8')) as {
    questionnaire: { id: string };
    answers: Record<string, unknown>;
  };
  return { questionnaire: file.questionnaire.id, answers: file.answers };
}

/** The example's title, found by its tag (the question that holds it differs between questionnaires). */
function exampleTitle(id: string, lang: string): string {
  const { questionnaire, answers } = example(id, lang);
  const q = questionnaires.find((f) => f.id === questionnaire)!;
  const title = allQuestions(q).find((l) => l.question.tags?.includes('meta-title'))!;
  return String(answers[title.question.id]);
}

/** The places and names in a title: its capitalised words after the first ("Östra", "Ryd", "Norrby"). */
const properNouns = (title: string) => title.split(/\s+/u).slice(1).filter((w) => /^\p{Lu}\p{L}{2,}/u.test(w));

/**
 * Wordings that speak of one case: Swedish "biblioteksfallet", "fallet med
 * ekonomiskt bistånd"; English "the library case", "the income support case".
 * "Fallet" and "the case" alone are the case at hand, whichever it is.
 */
export function namesACase(text: string, lang: string): boolean {
  return lang === 'sv'
    ? /\p{L}{3,}fallet\b|\bfallet med\b/iu.test(text)
    : /\bthe\s+(?!same\b|whole\b|next\b)(?:[\p{L}-]+\s+){1,3}case\b/iu.test(text);
}

const noteText = (lang: string, step: string, list: string, note: Note) => String(content[lang]![`workshop.${step}.${list}.${noteId(note)}`]);
const allNotes = workshop.notes.flatMap((n) => (['prompts', 'pitfalls'] as const).flatMap((list) => n[list].map((note) => ({ step: n.step, list, note }))));
/** The numbers in a text, with thousands separators dropped: "750,000" and "750 000" are both 750000. */
const numbersIn = (text: string) => [...text.replace(/(?<=\d)[,\s\u00a0\u202f](?=\d{3}\b)/gu, '').matchAll(/\d+/gu)].map((m) => m[0]).sort();

describe('notes per case', () => {
  it.each([
    ['Finns det andra sätt? I biblioteksfallet kan det vara meröppet.', 'sv'],
    ['I fallet med ekonomiskt bistånd är rekommendation 4 central.', 'sv'],
    ['What happens in the long term? In the primary care case: what does it mean?', 'en'],
    ['In the income support case, recommendation 4 is central.', 'en'],
  ])('reads %j as naming a case', (text, lang) => {
    expect(namesACase(text, lang)).toBe(true);
  });

  it.each([
    ['Presentera fallet och visa planen.', 'sv'],
    ['Vilket fall arbetar gruppen med?', 'sv'],
    ['Introduce the case and show the plan.', 'en'],
    ['In that case, ask the group again. The same case for every group.', 'en'],
  ])('reads %j as naming no case', (text, lang) => {
    expect(namesACase(text, lang)).toBe(false);
  });

  it('every step of every plan has notes for every case: prompts and pitfalls that name no case', () => {
    const bare: string[] = [];
    for (const plan of workshop.plans) {
      for (const step of plan.parts.flatMap((p) => ('steps' in p ? p.steps : []))) {
        const notes = notesFor(workshop, step);
        if (!notes?.prompts.length || !notes.pitfalls.length) bare.push(`${plan.questionnaire}/${plan.minutes}: ${step}`);
      }
    }
    expect(bare).toEqual([]);
  });

  it.each(LANGUAGES)('%s: a note for every case names no case, no place from an example and no example title', (lang) => {
    const names = EXAMPLE_IDS.flatMap((id) => LANGUAGES.flatMap((l) => [exampleTitle(id, l), ...properNouns(exampleTitle(id, l))]));
    expect(names.length).toBeGreaterThan(EXAMPLE_IDS.length * 2);
    const general = allNotes.filter(({ note }) => typeof note === 'string');
    const naming = general
      .map(({ step, list, note }) => ({ key: `${step}.${list}.${noteId(note)}`, text: noteText(lang, step, list, note) }))
      .filter(({ text }) => namesACase(text, lang) || names.some((n) => text.includes(n)));
    expect(naming).toEqual([]);
  });

  it.each(LANGUAGES)('%s: a case note says which case it speaks of', (lang) => {
    const cased = allNotes.filter(({ note }) => typeof note !== 'string');
    expect(cased.length).toBeGreaterThan(10);
    expect(cased.filter(({ step, list, note }) => !namesACase(noteText(lang, step, list, note), lang)).map(({ note }) => noteId(note))).toEqual([]);
  });

  it('a case note names a worked example that answers a questionnaire with the step', () => {
    const wrong = allNotes.flatMap(({ step, note }) => {
      if (typeof note === 'string') return [];
      if (!(EXAMPLE_IDS as readonly string[]).includes(note.case)) return [`${step}/${note.id}: no example ${note.case}`];
      const q = questionnaires.find((f) => f.id === example(note.case, 'sv').questionnaire);
      return q?.steps.some((st) => st.id === step) ? [] : [`${step}/${note.id}: ${note.case} has no step ${step}`];
    });
    expect(wrong).toEqual([]);
  });

  it('the library case, which the 90-minute workshop runs on, has a note of its own on every step of that plan', () => {
    // The case the English workshop uses; its notes quote the example's own figures.
    const plan = planFor(workshop, example('library', 'en').questionnaire, 90)!;
    const steps = plan.parts.flatMap((p) => ('steps' in p ? p.steps : []));
    const without = steps.filter((step) => {
      const notes = notesFor(workshop, step, 'library');
      return ![...(notes?.prompts ?? []), ...(notes?.pitfalls ?? [])].some((n) => typeof n !== 'string');
    });
    expect(steps.length).toBeGreaterThan(5);
    expect(without).toEqual([]);
  });

  it('a note gives the same figures in Swedish and in English', () => {
    const differ = allNotes
      .map(({ step, list, note }) => ({ key: `${step}.${list}.${noteId(note)}`, sv: numbersIn(noteText('sv', step, list, note)), en: numbersIn(noteText('en', step, list, note)) }))
      .filter((n) => n.sv.join() !== n.en.join());
    expect(differ).toEqual([]);
  });
});

describe("the room's activities", () => {
  it.each(LANGUAGES)('%s: each activity has a title and a guide of two to four sentences', (lang) => {
    for (const activity of ACTIVITIES) {
      expect(String(content[lang]![`workshop.activities.${activity}.title`] ?? '')).not.toBe('');
      const guide = String(content[lang]![`workshop.activities.${activity}.guide`] ?? '');
      expect(sentences(guide).length, `${lang} ${activity}`).toBeGreaterThanOrEqual(2);
      expect(sentences(guide).length, `${lang} ${activity}`).toBeLessThanOrEqual(4);
    }
  });

  it('the activity texts are required like the notes', () => {
    const keys = workshopTextKeys(workshop).map((k) => k.key);
    expect(ACTIVITIES.flatMap((a) => [`workshop.activities.${a}.title`, `workshop.activities.${a}.guide`]).filter((k) => !keys.includes(k))).toEqual([]);
  });
});
