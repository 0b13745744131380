// @vitest-environment node
// Assessment files: deterministic JSON export and import with clear
// problems; the JSON embedded in a PDF as an attachment and read back.
import { PDFDocument } from 'pdf-lib';
import { describe, expect, it } from 'vitest';
import { exportJson, parseAssessmentJson } from '../../../src/assessment/export-file';
import { assessmentFromPdf, embedAssessment, extractEmbeddedJson } from '../../../src/assessment/pdf-embed';
import { CASES, caseAssessment } from '../../fixtures/cases';

const assessment = caseAssessment(CASES[0]!);

async function blankPdf(): Promise<Uint8Array> {
  const doc = await PDFDocument.create();
  doc.setTitle('Rapport med åäö');
  doc.addPage();
  return doc.save();
}

describe('JSON files', () => {
  it('export is deterministic and import restores the assessment exactly', () => {
    const text = exportJson(assessment);
    expect(exportJson(assessment)).toBe(text);
    const parsed = parseAssessmentJson(text);
    expect(parsed).toEqual({ ok: true, value: assessment });
    expect(exportJson(parsed.ok ? parsed.value : assessment)).toBe(text);
  });

  it.each([
    ['not JSON', '{ "format": ', 'json.syntax'],
    ['another kind of file', JSON.stringify({ kind: 'questionnaire' }), 'file.kind'],
    ['a newer format version', JSON.stringify({ ...assessment, formatVersion: 99 }), 'file.newer'],
    ['a format version that never existed', JSON.stringify({ ...assessment, formatVersion: 0 }), 'file.version'],
    ['a missing field', JSON.stringify({ ...assessment, answers: undefined }), 'schema.required'],
    ['a wrong type', JSON.stringify({ ...assessment, revision: 'one' }), 'schema.type'],
  ])('refuses %s with a problem', (_what, text, code) => {
    const parsed = parseAssessmentJson(text);
    expect(parsed.ok ? [] : parsed.problems.map((p) => p.code)).toContain(code);
  });
});

describe('the assessment embedded in a PDF', () => {
  it('round-trips: PDF → extracted JSON equals the source assessment', async () => {
    const pdf = await embedAssessment(await blankPdf(), assessment);
    expect(await extractEmbeddedJson(pdf)).toBe(exportJson(assessment));
    expect(await assessmentFromPdf(pdf)).toEqual({ ok: true, value: assessment });
  });

  it('round-trips through the real report: rendered, embedded, extracted, equal', async () => {
    const { renderAssessmentPdf } = await import('../../../src/report/node');
    const { evaluate } = await import('../../../src/assessment/evaluate');
    const { decisionText } = await import('../../../src/assessment/decision-text');
    const { createI18n } = await import('../../../src/i18n');
    const { file, framework } = await import('../../fixtures/cases');
    const result = evaluate(file, framework, assessment);
    const i18n = createI18n('sv');
    const rendered = await renderAssessmentPdf({ file, framework, assessment, result, decision: decisionText(file, framework, assessment.answers, result), t: i18n.t.bind(i18n), lang: 'sv' });
    const pdf = await embedAssessment(new Uint8Array(rendered), assessment);
    expect(await assessmentFromPdf(pdf)).toEqual({ ok: true, value: assessment });
    expect((await PDFDocument.load(pdf)).getTitle()).toBe(CASES[0]!.title);
  }, 60_000);

  it('keeps the PDF’s own metadata', async () => {
    const pdf = await embedAssessment(await blankPdf(), assessment);
    expect((await PDFDocument.load(pdf)).getTitle()).toBe('Rapport med åäö');
  });

  it('says so when a PDF carries no assessment, or is not a PDF at all', async () => {
    expect(await assessmentFromPdf(await blankPdf())).toMatchObject({ ok: false, problems: [{ code: 'file.no-data' }] });
    expect(await assessmentFromPdf(new TextEncoder().encode('not a pdf'))).toMatchObject({ ok: false, problems: [{ code: 'file.unreadable' }] });
  });
});
