// @vitest-environment node
// The Word renderer on a hand-made model with every block kind: real
// heading styles, every text present, tables with a marked header row,
// the language on styles and runs, core properties, and text that XML
// cannot hold dropped rather than breaking the file.
import { describe, expect, it } from 'vitest';
import { packDocx } from '../../../src/report/docx/pack';
import { columnWidths, docxDocument, WORD_LANGUAGE, type DocxTexts } from '../../../src/report/docx/render';
import type { ReportModel, ReportSection } from '../../../src/report/model/types';
import { readDocx, styled } from './docx-xml';

const texts: DocxTexts = {
  subtitle: 'Beslutsunderlag – konsekvensbedömning för jämlikhet',
  statusColumns: { caption: 'Avstämning mot de fem rekommendationerna', recommendation: 'Rekommendation', status: 'Bedömning', share: 'Underlag' },
  source: { heading: 'Om underlaget', paragraphs: ['Framtaget med Jämlikhetskollen den 4 december 2026.'] },
};

const sections: ReportSection[] = [
  {
    id: 'decision',
    title: 'Text till beslutsunderlaget',
    part: 'front',
    blocks: [
      { kind: 'decision', id: 'equality', heading: 'Konsekvenser för jämlikhet', paragraphs: ['Förslaget förkortar öppettiderna.', 'Äldre personer får sämre tillgång.'], text: 'Förslaget förkortar öppettiderna.\n\nÄldre personer får sämre tillgång.' },
      { kind: 'decision', id: 'children', heading: 'Konsekvenser för barn', paragraphs: ['Barnen har hörts i skolan & på fritids <årskurs 4–6>.'], text: 'Barnen har hörts i skolan & på fritids <årskurs 4–6>.' },
    ],
  },
  {
    id: 'summary',
    title: 'Sammanfattning',
    part: 'front',
    blocks: [
      { kind: 'heading', level: 3, text: 'Avstämning' },
      { kind: 'paragraph', text: 'Inledning', role: 'lead' },
      { kind: 'statuses', items: [{ label: 'Kunskapsunderlag', status: 'partly', statusText: 'delvis', share: 0.5, shareText: 'två av fyra' }] },
      { kind: 'list', items: ['första', 'andra'], ordered: true },
      { kind: 'list', items: ['punkt'] },
      { kind: 'facts', rows: [{ label: 'Nämnd', value: 'Kulturnämnden' }] },
      { kind: 'answers', rows: [{ label: 'Vilka berörs?', values: ['Äldre\u0007 personer'] }] },
      { kind: 'box', title: 'Allvarlig brist', blocks: [{ kind: 'paragraph', text: 'Ingen uppföljning.' }] },
      { kind: 'entries', items: [{ label: 'Allvarlig', text: 'Saknar baslinje', detail: 'samhällsbyggnadsförvaltningen, 2027-01-01' }] },
      {
        kind: 'table',
        caption: 'Åtgärder',
        columns: [
          { header: 'Åtgärd', width: 3 },
          { header: 'Ansvarig', width: 2 },
        ],
        rows: [[{ text: 'Mobil bibliotekstjänst' }, { text: 'samhällsbyggnadsförvaltningen' }]],
        rowHeaders: true,
      },
    ],
  },
  { id: 'appendix', title: 'Bilaga: alla svar', part: 'appendix', blocks: [{ kind: 'paragraph', text: 'Svar', role: 'note' }] },
];

const model = (lang: 'sv' | 'en'): ReportModel => ({
  lang,
  title: 'Öppettider på biblioteket',
  properties: { author: 'Exempelkommun', subject: 'Konsekvensbedömning', keywords: 'jämlikhet', creator: 'Jämlikhetskollen', createdAt: new Date('2026-12-04') },
  sections,
  furniture: { header: '', footer: '', pageOf: () => '', continued: (h) => h, colophon: [] },
});

async function render(lang: 'sv' | 'en') {
  const m = model(lang);
  return readDocx(await packDocx(docxDocument(m, m.sections, texts), WORD_LANGUAGE[lang]));
}

describe('docxDocument', () => {
  it('puts the title, the section titles and the decision headings under Word heading styles', async () => {
    const read = await render('sv');
    expect(styled(read, 'Title')).toEqual(['Öppettider på biblioteket']);
    expect(styled(read, 'Heading1')).toEqual(['Text till beslutsunderlaget', 'Sammanfattning', 'Bilaga: alla svar', 'Om underlaget']);
    expect(styled(read, 'Heading2')).toEqual(['Konsekvenser för jämlikhet', 'Konsekvenser för barn']);
    expect(styled(read, 'Heading3')).toEqual(['Avstämning']);
    // The headings carry an outline level, so Word's navigation pane and PDF export see them.
    expect(read.styles).toMatch(/w:styleId="Heading2".*?<w:outlineLvl w:val="1"\/>/s);
  });

  it('keeps every text, each paragraph of a decision block as a paragraph of its own', async () => {
    const lines = (await render('sv')).paragraphs.map((p) => p.text);
    for (const line of ['Förslaget förkortar öppettiderna.', 'Äldre personer får sämre tillgång.', 'Barnen har hörts i skolan & på fritids <årskurs 4–6>.', 'Inledning', 'första', 'andra', 'punkt', 'Nämnd: Kulturnämnden', 'Vilka berörs?', 'Allvarlig brist', 'Ingen uppföljning.', 'Allvarlig: Saknar baslinje\nsamhällsbyggnadsförvaltningen, 2027-01-01', 'Svar', 'Framtaget med Jämlikhetskollen den 4 december 2026.']) {
      expect(lines).toContain(line);
    }
    // A control character XML cannot hold is dropped, the text around it kept.
    expect(lines).toContain('Äldre personer');
  });

  it('marks each table’s header row, keeps its caption, and writes every cell', async () => {
    const read = await render('sv');
    expect(read.tables).toEqual([
      { headerRows: 1, firstRow: 'RekommendationBedömningUnderlag', rows: 2 },
      { headerRows: 1, firstRow: 'ÅtgärdAnsvarig', rows: 2 },
    ]);
    expect(styled(read, 'Caption')).toEqual(['Avstämning mot de fem rekommendationerna', 'Åtgärder']);
    expect(read.document).toContain('samhällsbyggnadsförvaltningen');
    expect(read.document).toContain('<w:tblLayout w:type="fixed"/>');
  });

  it.each([
    ['sv', 'sv-SE'],
    ['en', 'en-GB'],
  ] as const)('sets %s as %s on the styles, the runs and the core properties', async (lang, tag) => {
    const read = await render(lang);
    expect([...read.languages]).toEqual([tag]);
    expect(read.styles).toContain(`<w:lang w:val="${tag}"/>`);
    expect(read.core).toContain(`<dc:language>${tag}</dc:language>`);
    expect(read.core).toContain('<dc:title>Öppettider på biblioteket</dc:title>');
  });

  it('puts a decision block one level under the heading that introduces it', async () => {
    const nested: ReportSection = {
      id: 'summary',
      title: 'Sammanfattning',
      part: 'front',
      blocks: [
        { kind: 'heading', level: 2, text: 'Konsekvensbeskrivning' },
        { kind: 'decision', id: 'gender', heading: 'Jämställdhet', paragraphs: ['Inget är känt om kvinnor och män.'], text: 'Inget är känt om kvinnor och män.' },
        { kind: 'heading', level: 2, text: 'Åtgärder' },
      ],
    };
    const m = { ...model('sv'), sections: [nested] };
    const read = readDocx(await packDocx(docxDocument(m, m.sections, texts), 'sv-SE'));
    expect(styled(read, 'Heading2')).toEqual(['Konsekvensbeskrivning', 'Åtgärder']);
    expect(styled(read, 'Heading3')).toEqual(['Jämställdhet']);
  });

  it('starts the appendix on a new page and numbers ordered lists', async () => {
    const read = await render('sv');
    expect(read.document).toMatch(/<w:br w:type="page"\/>.*Bilaga: alla svar/s);
    expect(read.parts['word/numbering.xml']).toContain('w:val="decimal"');
  });

  it('scales the model’s column widths to the page, none narrower than a short word needs', () => {
    const page = 11906 - 2 * 1440;
    expect(columnWidths([1, 1])).toEqual([page / 2, page / 2]);
    // The heat map: a wide group column, seven narrow dimensions, the overall rating.
    const heat = columnWidths([22, ...Array<number>(7).fill(64 / 7), 14]);
    expect(heat.slice(1, 8).every((w) => w >= 900)).toBe(true);
    // The group names keep room to stay whole.
    expect(heat[0]).toBeGreaterThan(1500);
    expect(heat[0]).toBeGreaterThan(heat[8]!);
    expect(Math.abs(heat.reduce((a, b) => a + b, 0) - page)).toBeLessThanOrEqual(heat.length);
    // More columns than the page holds at the minimum: equal shares.
    expect(new Set(columnWidths(Array<number>(12).fill(1))).size).toBe(1);
  });
});
