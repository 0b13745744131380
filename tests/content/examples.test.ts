// The worked examples in questionnaires/examples/: each file is a complete,
// valid assessment of the current version of the questionnaire it names
// (an example may be an impact assessment of a proposal or a self-audit of
// a service), written exactly as the export writes it; the Swedish and
// English file of a case differ only in their free text; no text of the
// other language slips in; and each case gives the statuses and findings
// that its fixture (tests/fixtures/cases.ts, tests/fixtures/audit-cases.ts)
// expects, so the examples and the tests tell the same story.
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseAssessmentJson, exportJson } from '../../src/assessment/export-file';
import { evaluate } from '../../src/assessment/evaluate';
import { loadExample } from '../../src/app/examples';
import { EXAMPLE_IDS } from '../../src/assessment/examples';
import { LANGUAGES, type Language } from '../../src/i18n/resources';
import { firstInvalid, applicable } from '../../src/machine/navigation';
import type { Answers, AnswerValue } from '../../src/questionnaire/answers';
import { groupItems } from '../../src/questionnaire/answers';
import { stepQuestions } from '../../src/questionnaire/step-questions';
import { isAnswered, visibility } from '../../src/questionnaire/visibility';
import { allQuestions } from '../../src/questionnaire/walk';
import { framework, questionnaires } from '../../src/questionnaire/catalogue';
import type { QuestionnaireFile } from '../../src/questionnaire/schema';
import { AUDIT_CASES } from '../fixtures/audit-cases';
import { CASES } from '../fixtures/cases';
import { otherLanguageLeaks } from '../fixtures/leaks';

const DIR = resolve(import.meta.dirname, '../../questionnaires/examples');
const text = (id: string, lang: Language) => readFileSync(join(DIR, `${id}.${lang}.json`), 'utf8');
const parsed = (id: string, lang: Language) => {
  const result = parseAssessmentJson(text(id, lang));
  if (!result.ok) throw new Error(`${id}.${lang}: ${JSON.stringify(result.problems)}`);
  return result.value;
};

/** The questionnaire an example names: its own file says which, so no test names one. */
const fileOf = (id: string, lang: Language): QuestionnaireFile => {
  const q = questionnaires.find((f) => f.id === parsed(id, lang).questionnaire.id);
  if (!q) throw new Error(`${id}.${lang}: unknown questionnaire ${parsed(id, lang).questionnaire.id}`);
  return q;
};

// Question ids whose answers are free text (the only thing a translation changes), in any questionnaire.
const FREE_TEXT = new Set(
  questionnaires.flatMap((file) =>
    file.steps.flatMap((s) => stepQuestions(s, framework)).concat(allQuestions(file).map((l) => l.question)).filter((q) => q.type === 'text' || q.type === 'longtext').map((q) => q.id),
  ),
);

/** The answers with every free-text value replaced by a marker: what must be equal across languages. */
function structure(answers: Answers): unknown {
  const scrub = (id: string, v: AnswerValue | undefined): unknown => {
    if (FREE_TEXT.has(id) && typeof v === 'string') return v.trim() ? '<text>' : '';
    if (Array.isArray(v) && v.some((x) => typeof x === 'object')) {
      return groupItems(v).map((item) => ({ id: item.id, values: Object.fromEntries(Object.entries(item.values).map(([k, x]) => [k, scrub(k, x)])) }));
    }
    if (v && typeof v === 'object' && !Array.isArray(v)) return Object.fromEntries(Object.entries(v).map(([k, x]) => [k, scrub(id, x)]));
    return v;
  };
  return Object.fromEntries(Object.entries(answers).map(([id, v]) => [id, scrub(id, v)]));
}

/** Every free-text answer, with the question it answers. */
function freeTexts(answers: Answers): Array<[string, string]> {
  const out: Array<[string, string]> = [];
  const walk = (id: string, v: AnswerValue | undefined) => {
    if (typeof v === 'string' && FREE_TEXT.has(id)) out.push([id, v]);
    else if (Array.isArray(v)) for (const item of groupItems(v)) for (const [k, x] of Object.entries(item.values)) walk(k, x);
    else if (v && typeof v === 'object') for (const x of Object.values(v)) walk(id, x);
  };
  for (const [id, v] of Object.entries(answers)) walk(id, v);
  return out;
}

describe('worked examples', () => {
  it('there is one file per example and language, and nothing else', () => {
    const expected = EXAMPLE_IDS.flatMap((id) => LANGUAGES.map((lang) => `${id}.${lang}.json`));
    expect(readdirSync(DIR).sort()).toEqual(expected.sort());
  });

  describe.each(EXAMPLE_IDS.flatMap((id) => LANGUAGES.map((lang) => [`${id}.${lang}`, id, lang] as const)))('%s', (_name, id, lang) => {
    it('is exactly what the export writes (deterministic bytes)', () => {
      expect(text(id, lang)).toBe(exportJson(parsed(id, lang)));
    });

    it('loads through the app’s lazy, validated path', async () => {
      const loaded = await loadExample(id, lang);
      expect(loaded).toEqual({ ok: true, value: parsed(id, lang) });
    });

    it('belongs to the current version of its questionnaire and is complete, every question it shows answered', () => {
      const a = parsed(id, lang);
      const file = fileOf(id, lang);
      expect(a.questionnaire).toEqual({ id: file.id, contentVersion: file.contentVersion });
      expect(firstInvalid({ file, framework }, a.answers)).toBeUndefined();
      // Every step its answers make applicable has been reached, and only those; a full
      // analysis of a proposal leaves out no more than the light analysis's short evidence step.
      const steps = applicable({ file, framework }, a.answers).map((s) => s.id);
      expect(a.progress.reached).toEqual(steps);
      expect(file.steps.length - steps.length).toBeLessThanOrEqual(1);
      const shown = visibility(file, a.answers);
      const unanswered = file.steps.flatMap((step) =>
        stepQuestions(step, framework)
          .filter((q) => step.kind === 'recommendation-check' || shown.question(q.id))
          .filter((q) => !isAnswered(a.answers[q.id]))
          .map((q) => q.id),
      );
      expect(unanswered).toEqual([]);
    });

    it('contains no text of the other language', () => {
      const all = freeTexts(parsed(id, lang).answers).map(([, v]) => v).join('\n');
      expect(otherLanguageLeaks(all, lang)).toEqual([]);
    });

    it('gives the statuses and findings its fixture expects', () => {
      const fixture = [...CASES, ...AUDIT_CASES].find((c) => c.id === `a-case-${id}`)!;
      const result = evaluate(fileOf(id, lang), framework, parsed(id, lang));
      expect(Object.fromEntries(result.recommendations.map((r) => [r.id, r.status]))).toEqual(fixture.statuses);
      expect(result.findings.map((f) => f.id).sort()).toEqual([...fixture.findings].sort());
    });
  });

  describe.each(EXAMPLE_IDS.map((id) => [id] as const))('%s in Swedish and English', (id) => {
    const sv = parsed(id, 'sv');
    const en = parsed(id, 'en');

    it('have the same questions, options and items; only free text differs', () => {
      expect(structure(en.answers)).toEqual(structure(sv.answers));
      expect({ ...en, answers: {} }).toEqual({ ...sv, answers: {} });
    });

    it('are really translated: every free-text answer of three words or more differs', () => {
      const svTexts = freeTexts(sv.answers);
      const enTexts = freeTexts(en.answers);
      expect(enTexts.length).toBe(svTexts.length);
      const same = svTexts.filter(([, v], i) => v.split(/\s+/).length >= 3 && v === enTexts[i]![1]).map(([q]) => q);
      expect(same).toEqual([]);
      expect(svTexts.filter(([, v], i) => v !== enTexts[i]![1]).length).toBeGreaterThan(svTexts.length * 0.8);
    });
  });
});
