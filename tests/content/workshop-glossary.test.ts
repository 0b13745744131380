// Content integrity of the facilitator notes and the glossary: both files
// parse and their references resolve, every step of every questionnaire has
// notes, every note and term has its words in Swedish and English, and the
// glossary explains at least fifteen terms in one to three short sentences.
import { describe, expect, it } from 'vitest';
import { resources, LANGUAGES } from '../../src/i18n/resources';
import { framework, glossary, questionnaires, rawFiles, workshop } from '../../src/questionnaire/catalogue';
import { parseGlossary, termIndex } from '../../src/questionnaire/glossary';
import { checkTexts, flattenTexts, glossaryTextKeys, workshopTextKeys } from '../../src/questionnaire/texts';
import { parseWorkshop, planFor, PLAN_LENGTHS } from '../../src/questionnaire/workshop';

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
