// @vitest-environment node
// The Word beslutsunderlag of every worked example, in Swedish and English,
// made as the app and the CLI make it, unzipped and read back: each
// decision-text block under a Heading 2 with every paragraph of its text,
// the summary tables with marked header rows, the language on every run,
// the core properties, and the source note. Files go to test-results/report/.
import { readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { displayName } from '../../../src/assessment/assessment';
import { decisionText } from '../../../src/assessment/decision-text';
import { evaluate } from '../../../src/assessment/evaluate';
import { EXAMPLE_IDS } from '../../../src/assessment/examples';
import { parseAssessmentJson } from '../../../src/assessment/export-file';
import { createI18n } from '../../../src/i18n';
import { subjectContext, withSubject } from '../../../src/i18n/subject';
import { wordDecisionText } from '../../../src/i18n/decision-text';
import { framework, questionnaires } from '../../../src/questionnaire/catalogue';
import { renderDecisionDocx } from '../../../src/report/docx/node';
import { WORD_LANGUAGE } from '../../../src/report/docx/render';
import { requestModel, type ReportRequest } from '../../../src/report/report-input';
import { readDocx, styled } from './docx-xml';
import { OUT } from './render';

const LANGS = ['sv', 'en'] as const;

function example(id: string, lang: 'sv' | 'en') {
  const parsed = parseAssessmentJson(readFileSync(resolve(import.meta.dirname, `../../../questionnaires/examples/${id}.${lang}.json`), 'utf8'));
  if (!parsed.ok) throw new Error(`${id}.${lang}: ${JSON.stringify(parsed.problems)}`);
  const assessment = parsed.value;
  const file = questionnaires.find((q) => q.id === assessment.questionnaire.id)!;
  const i18n = createI18n(lang);
  const t = i18n.t.bind(i18n);
  const result = evaluate(file, framework, assessment);
  const decision = decisionText(file, framework, assessment.answers, result);
  const request: ReportRequest = { file, framework, assessment, result, decision, t, lang };
  // The report's own title: a proposal's is the assessment's name; an audit's names the service it examines.
  const title = requestModel(request).title;
  // The report's texts as the report reads them: an audit's with the audit's wording (src/i18n/subject.ts).
  return { request, worded: wordDecisionText(t, lang, decision), title, t: withSubject(t, subjectContext(file)), file };
}

const paragraphsOf = (text: string) =>
  text
    .split(/\n\s*\n/)
    .map((p) => p.trim())
    .filter(Boolean);

describe.each(EXAMPLE_IDS.flatMap((id) => LANGS.map((lang) => [id, lang] as const)))('the Word beslutsunderlag of %s (%s)', (id, lang) => {
  const made = example(id, lang);
  const rendered = renderDecisionDocx(made.request).then((bytes) => {
    writeFileSync(join(OUT, `beslutsunderlag-${id}.${lang}.docx`), bytes);
    return readDocx(bytes);
  });

  it('has every decision-text block under a Heading 2, with each of its paragraphs', async () => {
    const read = await rendered;
    expect(made.worded.blocks.length).toBeGreaterThan(0);
    const headings = styled(read, 'Heading2');
    for (const block of made.worded.blocks) expect(headings).toContain(block.heading);
    const texts = read.paragraphs.map((p) => p.text);
    for (const block of made.worded.blocks) {
      // The paragraphs follow their heading, in order.
      const at = read.paragraphs.findIndex((p) => p.style === 'Heading2' && p.text === block.heading);
      const expected = paragraphsOf(block.text);
      expect(read.paragraphs.slice(at + 1, at + 1 + expected.length).map((p) => p.text)).toEqual(expected);
      for (const paragraph of expected) expect(texts).toContain(paragraph);
    }
  });

  it('has the title, the decision text first, section headings in Heading 1, and no appendix', async () => {
    const read = await rendered;
    expect(styled(read, 'Title')).toEqual([made.title]);
    const h1 = styled(read, 'Heading1');
    // The decision text is a section of its own, first, its blocks right under it.
    expect(h1[0]).toBe(made.t('report.summary.description'));
    const first = read.paragraphs.findIndex((p) => p.style === 'Heading1');
    expect(read.paragraphs[first + 1]).toEqual({ style: 'Heading2', text: made.worded.blocks[0]!.heading });
    expect(h1).toContain(made.t('report.sections.summary'));
    expect(h1.at(-1)).toBe(made.t('docx.source.heading'));
    expect(h1.some((h) => h.startsWith(made.t('report.sections.appendix').split(':')[0]!))).toBe(false);
  });

  it('has the summary tables, each with one header row, the statuses in words', async () => {
    const read = await rendered;
    expect(read.tables.length).toBeGreaterThanOrEqual(2);
    for (const table of read.tables) expect(table.headerRows).toBe(1);
    const statuses = read.tables.find((tb) => tb.firstRow.startsWith(made.t('docx.statuses.recommendation')));
    // A header row and the five recommendations.
    expect(statuses?.rows).toBe(6);
    expect(styled(read, 'Caption')).toContain(made.t('docx.statuses.caption'));
  });

  it('sets the language on styles and runs, and the core properties', async () => {
    const read = await rendered;
    expect([...read.languages]).toEqual([WORD_LANGUAGE[lang]]);
    expect(read.core).toContain(`<dc:language>${WORD_LANGUAGE[lang]}</dc:language>`);
    expect(read.core).toContain(`<dc:title>${made.title.replace(/&/g, '&amp;').replace(/</g, '&lt;')}</dc:title>`);
  });

  it('ends with the source note: the tool, the questionnaire and its content version', async () => {
    const read = await rendered;
    const at = read.paragraphs.findIndex((p) => p.style === 'Heading1' && p.text === made.t('docx.source.heading'));
    const note = read.paragraphs.slice(at + 1).map((p) => p.text).join(' ');
    expect(note).toContain(made.t('app.name'));
    expect(note).toContain(made.file.contentVersion);
    expect(note).toContain(made.t(`content:questionnaires.${made.file.id}.title`));
  });
});

describe('the title of the Word file', () => {
  it('is a proposal’s name, and an audit’s service after the words for an audit', () => {
    const proposal = example('library', 'sv');
    expect(proposal.title).toBe(displayName(proposal.file, proposal.request.assessment));
    const audit = example('home-care', 'en');
    expect(audit.title).toBe(audit.t('report.serviceTitle', { service: audit.request.assessment.answers['service.name'] }));
  });
});

describe('the whole report as Word', () => {
  it('has every section of the model, the appendix included', async () => {
    const made = example('library', 'sv');
    const read = readDocx(await renderDecisionDocx(made.request, 'full'));
    const h1 = styled(read, 'Heading1');
    expect(h1.some((h) => h.startsWith(made.t('report.sections.appendix').split(':')[0]!))).toBe(true);
    expect(h1).toContain(made.t('report.sections.summary'));
    for (const table of read.tables) expect(table.headerRows).toBe(1);
  });
});
