// @vitest-environment node
// A question pack's answers in the reports: printed beside the status of the
// recommendation they are linked to, with the note that they do not change
// it, worded with the pack's own texts, in the PDF (read back) and the HTML
// page and the whole report as Word; the appendix prints them in their step as
// the model's own.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { decisionText } from '../../../src/assessment/decision-text';
import { evaluate } from '../../../src/assessment/evaluate';
import { adoptQuestionnaire } from '../../../src/assessment/packs';
import { createI18n } from '../../../src/i18n';
import { addPackTexts } from '../../../src/i18n/pack-texts';
import type { Language } from '../../../src/i18n/resources';
import { framework, questionnaires } from '../../../src/questionnaire/catalogue';
import { orThrow } from '../../../src/questionnaire/load';
import { parsePack } from '../../../src/questionnaire/pack';
import { requestDocx } from '../../../src/report/docx/decision-document';
import { assessmentHtml } from '../../../src/report/html';
import { renderAssessmentPdf } from '../../../src/report/node';
import { requestModel, type ReportRequest } from '../../../src/report/report-input';
import { readDocx } from './docx-xml';
import { COMPLETE } from './fixtures';

const goals = orThrow(parsePack(JSON.parse(readFileSync(resolve(import.meta.dirname, '../../fixtures/org/packs/goals.json'), 'utf8')), questionnaires, framework), 'goals.json');
const proposal = questionnaires.find((q) => q.id === 'proposal')!;

/** A complete worked example (the check applies), answered with the pack as well. */
function request(lang: Language): ReportRequest {
  const base = COMPLETE.find((f) => f.name === 'digital-first')!.assessment;
  const withPack = {
    ...base,
    questionnaire: { ...base.questionnaire, packs: [{ id: goals.id, version: goals.version }] },
    answers: { ...base.answers, 'norrby.goals.programme': ['health', 'school'], 'norrby.goals.how': 'Fler når vården utan att resa.' },
  };
  const { assessment, file } = adoptQuestionnaire(proposal, framework, [goals], withPack);
  const i18n = createI18n(lang);
  addPackTexts(i18n, [goals]);
  const result = evaluate(file, framework, assessment);
  return { file, framework, assessment, result, decision: decisionText(file, framework, assessment.answers, result), t: i18n.getFixedT(lang), lang };
}

const WORDS = {
  sv: { heading: 'Svar på frågor ur frågepaket', question: 'Vilka av kommunens mål för jämlikhet berör förslaget?', answer: 'Jämlik hälsa' },
  en: { heading: 'Answers to question-pack questions', question: 'Which of the municipality’s equity goals does the proposal concern?', answer: 'Health equity' },
} as const;

describe.each(['sv', 'en'] as const)('a report with a question pack (%s)', (lang) => {
  const words = WORDS[lang];

  it('prints the linked answers in the first recommendation’s card, and in no other', () => {
    const model = requestModel(request(lang), undefined, new Date('2026-12-01T12:00:00Z'));
    const check = model.sections.find((s) => s.id === 'check')!;
    const boxes = check.blocks.filter((b) => b.kind === 'box');
    const withPack = boxes.filter((b) => JSON.stringify(b).includes(words.heading));
    expect(withPack).toHaveLength(1);
    expect(boxes.indexOf(withPack[0]!)).toBe(0);
    const text = JSON.stringify(withPack[0]);
    expect(text).toContain(words.question);
    expect(text).toContain(words.answer);
    // Worded, never a key.
    expect(JSON.stringify(model)).not.toMatch(/questions\.norrby|options\.norrby/);
  });

  it('draws them in the PDF under the recommendation, worded with the pack’s texts', async () => {
    const bytes = await renderAssessmentPdf(request(lang));
    const dir = mkdtempSync(join(tmpdir(), 'jk-pack-report-'));
    writeFileSync(join(dir, 'r.pdf'), bytes);
    const text = execFileSync('pdftotext', ['-enc', 'UTF-8', join(dir, 'r.pdf'), '-'], { encoding: 'utf8' }).replace(/\s+/g, ' ');
    expect(text).toContain(words.heading);
    expect(text).toContain(words.answer);
  });

  it('prints them in the whole report as Word', async () => {
    const { bytes } = await requestDocx(request(lang), 'full');
    const text = readDocx(bytes).paragraphs.map((p) => p.text).join(' ');
    expect(text).toContain(words.heading);
    expect(text).toContain(words.answer);
  });

  it('has them in the HTML page', () => {
    const html = assessmentHtml(request(lang), new Date('2026-12-01T12:00:00Z'));
    expect(html).toContain(words.heading);
    expect(html).toContain(words.answer);
  });
});
