// @vitest-environment node
// A multi-line answer keeps its line breaks in every report: the PDF draws
// each line on its own, and the Word document breaks the line within its
// paragraph (the HTML report is checked in a browser: tests/e2e/home-copies.e2e.ts).
import { describe, expect, it } from 'vitest';
import { decisionText } from '../../../src/assessment/decision-text';
import { evaluate } from '../../../src/assessment/evaluate';
import { createI18n } from '../../../src/i18n';
import { framework, questionnaires } from '../../../src/questionnaire/catalogue';
import { renderDecisionDocx } from '../../../src/report/docx/node';
import { completeAssessment } from './assessment';
import { readDocx, textOf } from './docx-xml';
import { renderReport } from './render';

const ASSESSORS = 'Anna Lind, utredare\nKarim Said, folkhälsostrateg';
const RESEARCH = 'Bibliotekens egna besöksräkningar.\nKulturrådets rapport om filialer.';
const assessment = completeAssessment('full', { 'basics.assessors': ASSESSORS, 'evidence.research': RESEARCH });

describe('line breaks in the reports', () => {
  it('the PDF draws each line of an answer on a line of its own', async () => {
    const { raw } = await renderReport(assessment, 'sv', 'line-breaks');
    expect(raw).toContain('Anna Lind, utredare\nKarim Said, folkhälsostrateg');
    expect(raw).toContain('Bibliotekens egna besöksräkningar.\nKulturrådets rapport om filialer.');
  }, 60_000);

  it('the Word document breaks the line within the paragraph', async () => {
    const file = questionnaires.find((q) => q.id === assessment.questionnaire.id)!;
    const { t } = createI18n('sv');
    const result = evaluate(file, framework, assessment);
    const bytes = await renderDecisionDocx({ file, framework, assessment, result, decision: decisionText(file, framework, assessment.answers, result), t, lang: 'sv' }, 'full');
    const text = textOf(readDocx(bytes).document);
    expect(text).toContain('Anna Lind, utredare\nKarim Said, folkhälsostrateg');
  }, 60_000);
});
