// The follow-up addendum's model: which sections it has and what each says,
// every sentence built from what the assessment, its decision and the
// follow-up hold (names, figures, statuses, dates), in both languages.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseAssessmentJson } from '../../../../src/assessment/export-file';
import { questionnaires } from '../../../../src/questionnaire/catalogue';
import type { Block, ReportSection } from '../../../../src/report/model/types';
import { followUpModel, type FollowUpModel } from '../../../../src/report/follow-up/model';
import { assessmentWith, requestFor, spring } from './fixture';

const created = new Date('2027-04-20T10:00:00Z');

function build(assessment = assessmentWith(), id = spring.id, lang: 'sv' | 'en' = 'sv'): FollowUpModel {
  const request = requestFor(assessment, id, lang);
  const model = followUpModel(request, created);
  expect(request.missing).toEqual([]);
  if (!model) throw new Error('no model');
  return model;
}

const section = (model: FollowUpModel, id: ReportSection['id']) => model.sections.find((s) => s.id === id)!;
/** Every string a block holds, in order. */
function texts(blocks: Block[]): string[] {
  return blocks.flatMap((b): string[] => {
    switch (b.kind) {
      case 'heading':
      case 'paragraph':
        return [b.text];
      case 'list':
        return b.items;
      case 'facts':
        return b.rows.flatMap((r) => [r.label, r.value]);
      case 'table':
        return [b.caption, ...b.columns.map((c) => c.header), ...b.rows.flat().map((c) => c.text)];
      case 'box':
        return [b.title ?? '', ...texts(b.blocks)];
      default:
        return [];
    }
  });
}
const facts = (blocks: Block[]) => Object.fromEntries(blocks.flatMap((b) => (b.kind === 'facts' ? b.rows.map((r) => [r.label, r.value] as const) : [])));
const tables = (blocks: Block[]) => blocks.filter((b): b is Block & { kind: 'table' } => b.kind === 'table');

describe('the follow-up addendum model', () => {
  it('has the cover, the summary, the indicators, the measures and the earlier follow-ups, in that order', () => {
    const model = build();
    expect(model.sections.map((s) => s.id)).toEqual(['cover', 'summary', 'follow-up', 'measures', 'conclusion']);
    expect(model.sections.map((s) => s.title).slice(1)).toEqual(['Sammanfattning', 'Indikatorer', 'Åtgärder', 'Tidigare uppföljningar']);
    expect(model.title).toBe('Uppföljning av konsekvensbedömning för jämlikhet: Kortare öppettider på Norrby bibliotek');
    expect(model.date).toBe('2027-04-15');
  });

  it('names the assessment, the decision on record and the follow-up date on the cover', () => {
    const cover = section(build(), 'cover');
    expect(cover.kicker).toBe('Tillägg till konsekvensbedömning för jämlikhet');
    expect(facts(cover.blocks)).toEqual({
      Bedömning: 'Kortare öppettider på Norrby bibliotek',
      'Ansvarig organisation': 'Storbro kommun, kultur- och fritidsförvaltningen',
      'Bedömningens datum': '10 mars 2026',
      'Beslutande organ': 'Kultur- och fritidsnämnden',
      Diarienummer: 'KFN 2026/112',
      Paragraf: '§ 41',
      Sammanträdesdatum: '8 april 2026',
      Beslut: 'Beslut med ändringar',
      'Det här ändrades i beslutet': 'Lördagsöppet behålls under skolterminerna.',
      'Uppföljningens datum': '15 april 2027',
    });
  });

  it('says nothing of a decision when none is on record', () => {
    const cover = section(build(assessmentWith({ decision: undefined })), 'cover');
    const said = texts(cover.blocks).join(' ');
    expect(said).not.toMatch(/Diarienummer|Paragraf|Sammanträdesdatum|beslutet/);
    expect(said).toContain('Det här är ett tillägg till bedömningen.');
  });

  it('prints the summary as written and the findings as sentences with the names entered', () => {
    const blocks = section(build(), 'summary').blocks;
    expect(blocks[0]).toEqual({ kind: 'paragraph', text: spring.summary });
    const list = blocks.find((b) => b.kind === 'list');
    expect(list?.kind === 'list' && list.items).toEqual([
      'Åtgärden ”Kampanj för digitala lånekort” är inte genomförd.',
      'Indikatorn ”Lån av e-böcker” gick inte att mäta.',
      'Det saknas siffror för ”Besök av skolbarn” efter ålder.',
    ]);
  });

  it('names an indicator or measure without a name by its place in the list, and one no longer in the assessment as such', () => {
    const base = assessmentWith();
    const answers = structuredClone(base.answers) as Record<string, Array<{ id: string; values: Record<string, unknown> }>>;
    answers['follow-up.indicators']![1]!.values['follow-up.indicator.name'] = '';
    answers['measures.items']![1]!.values['measures.item.what'] = ' ';
    const later = {
      ...spring,
      indicators: [...spring.indicators, { itemId: 'i-ind-gone', measured: false, source: '', unit: '', figures: [], note: '' }],
      measures: [...spring.measures, { itemId: 'i-mea-gone', status: 'partly' as const, cost: '', note: '' }],
    };
    const model = build({ ...base, answers: answers as typeof base.answers, followUps: [...base.followUps.filter((f) => f.id !== spring.id), later] });
    const list = section(model, 'summary').blocks.find((b) => b.kind === 'list');
    expect(list?.kind === 'list' && list.items).toEqual([
      'Åtgärden ”Åtgärd 2” är inte genomförd.',
      'Åtgärden ”Åtgärd som inte längre finns i bedömningen” är bara delvis genomförd.',
      'Indikatorn ”Indikator 2” gick inte att mäta.',
      'Indikatorn ”Indikator som inte längre finns i bedömningen” gick inte att mäta.',
      'Det saknas siffror för ”Besök av skolbarn” efter ålder.',
    ]);
    const headings = model.sections.flatMap((s) => s.blocks.flatMap((b) => (b.kind === 'heading' && b.level === 2 ? [b.text] : [])));
    expect(headings).toEqual(expect.arrayContaining(['Indikator 2', 'Indikator som inte längre finns i bedömningen']));
    const [table] = tables(section(model, 'measures').blocks);
    expect(table!.rows.map((r) => r[0]!.text)).toEqual(['Läxhjälp på lördagar', 'Åtgärd 2', 'Åtgärd som inte längre finns i bedömningen']);
    // No sentence or cell of the addendum names anything with an empty string.
    expect(model.sections.flatMap((s) => texts(s.blocks)).filter((text) => /””|“”|: \.$/.test(text))).toEqual([]);
  });

  it('says so when the summary is blank and there are no findings', () => {
    const quiet = { ...spring, summary: ' ', indicators: [], measures: [] };
    const assessment = assessmentWith({ followUps: [quiet] });
    const noMeasures = { ...assessment, answers: { ...assessment.answers, 'measures.items': [] } };
    const blocks = section(build(noMeasures), 'summary').blocks;
    expect(texts(blocks)).toEqual([
      'Uppföljningen har ingen sammanfattning.',
      'Det här behöver uppmärksammas',
      'Uppföljningen visar inga ökade skillnader, inga åtgärder som uteblivit och inga indikatorer som inte gick att mäta.',
    ]);
  });

  it('gives each indicator its source, a table of before and now by category, the gaps and the computed trend', () => {
    const model = build();
    const blocks = section(model, 'follow-up').blocks;
    const said = texts(blocks);
    expect(said[0]).toBe('Besök av skolbarn');
    const second = blocks.findIndex((b) => b.kind === 'heading' && b.text === 'Lån av e-böcker');
    expect(facts(blocks.slice(0, second))).toEqual({
      Källa: 'Besöksräknare, Norrby bibliotek',
      Enhet: 'besök per vecka',
      'Utgångsläge enligt bedömningen': '200 besök per vecka hösten 2025',
      'Skillnad mellan grupperna före': '40',
      'Skillnad mellan grupperna nu': '15',
      'Skillnaden har': 'minskat',
      Kommentar: 'Läxhjälpen lockade fler pojkar.',
    });
    const [table] = tables(blocks);
    expect(table!.caption).toBe('”Besök av skolbarn” efter kön: före och nu (besök per vecka)');
    expect(table!.columns.map((c) => c.header)).toEqual(['Kön', 'Före', 'Nu', 'Förändring']);
    expect(table!.rows.map((r) => r.map((c) => c.text))).toEqual([
      ['Flickor', '120', '115', '−5'],
      ['Pojkar', '80', '100', '+20'],
    ]);
    expect(said).toContain(
      'Skillnaderna mellan grupperna har minskat. Det är uträknat från siffrorna ovan. I uppföljningen bedömdes att skillnaderna har minskat. Siffror saknas efter: ålder.',
    );
    expect(texts(blocks.slice(second))).toEqual(['Lån av e-böcker', 'Källa', 'Ingen källa angiven', 'Indikatorn gick inte att mäta vid den här uppföljningen.', expect.stringMatching(/^Det går inte att säga/)]);
  });

  it('says when the trend is the user’s judgement, and when there is neither figure nor judgement', () => {
    const judged = { ...spring, indicators: [{ ...spring.indicators[0]!, figures: [{ breakdown: 'sex', category: 'Flickor', baseline: 120, now: 115 }], judged: 'widened' as const }] };
    const none = { ...judged, indicators: [{ ...judged.indicators[0]!, judged: undefined }] };
    expect(texts(section(build(assessmentWith({ followUps: [judged] })), 'follow-up').blocks)).toContain(
      'Skillnaderna mellan grupperna har ökat. Det är en bedömning, eftersom siffrorna inte räcker för att räkna ut det. Siffror saknas efter: ålder.',
    );
    const said = texts(section(build(assessmentWith({ followUps: [none] })), 'follow-up').blocks);
    expect(said).toContain('Går inte att räkna ut. Det behövs siffror både före och nu för minst två grupper.');
    expect(said.some((s) => s.startsWith('Det går inte att säga om skillnaderna mellan grupperna har förändrats.'))).toBe(true);
  });

  it('draws a chart for each table of figures, placed before the table it illustrates', () => {
    const model = build();
    const blocks = section(model, 'follow-up').blocks;
    expect(model.charts).toHaveLength(1);
    const [{ section: id, before, chart }] = model.charts as [FollowUpModel['charts'][number]];
    expect(id).toBe('follow-up');
    expect(blocks[before]?.kind).toBe('table');
    expect(chart.title).toBe('Diagram: ”Besök av skolbarn” efter kön: före och nu (besök per vecka). Samma siffror står i tabellen under diagrammet.');
    expect(chart.rows).toEqual([
      { category: 'Flickor', baseline: 120, now: 115, baselineText: '120', nowText: '115' },
      { category: 'Pojkar', baseline: 80, now: 100, baselineText: '80', nowText: '100' },
    ]);
  });

  it('lists every measure of the assessment with its status, cost and note, an unanswered one as such', () => {
    const partial = { ...spring, measures: [spring.measures[0]!] };
    const [table] = tables(section(build(assessmentWith({ followUps: [partial] })), 'measures').blocks);
    expect(table!.columns.map((c) => c.header)).toEqual(['Åtgärd', 'Genomförd', 'Kostnad', 'Kommentar']);
    expect(table!.rows.map((r) => r.map((c) => c.text))).toEqual([
      ['Läxhjälp på lördagar', 'Genomförd', '45 000 kr', 'Varje lördag sedan januari.'],
      ['Kampanj för digitala lånekort', 'Inte besvarat', 'Inte angiven', ''],
    ]);
  });

  it('lists the earlier follow-ups by date with each indicator’s trend, and says when there are none', () => {
    const [table] = tables(section(build(), 'conclusion').blocks);
    expect(table!.rows.map((r) => r.map((c) => c.text))).toEqual([
      ['15 oktober 2026', 'Besök av skolbarn', 'Skillnaderna har ökat. Uträknat från siffrorna i den uppföljningen.'],
    ]);
    const first = build(assessmentWith(), 'f-2026-10');
    expect(texts(section(first, 'conclusion').blocks)).toEqual(['Det finns inga tidigare uppföljningar av bedömningen.']);
  });

  it('reports a widened gap with the figures and unit entered', () => {
    const list = section(build(assessmentWith(), 'f-2026-10'), 'summary').blocks.find((b) => b.kind === 'list');
    expect(list?.kind === 'list' && list.items[0]).toBe('Skillnaden mellan grupperna i ”Besök av skolbarn” efter kön har ökat, från 40 till 50 besök per vecka.');
  });

  it('has no model for a follow-up the assessment does not hold', () => {
    expect(followUpModel(requestFor(assessmentWith(), 'f-missing'), created)).toBeUndefined();
  });

  it('is worded in English with the same structure', () => {
    const sv = build();
    const en = build(assessmentWith(), spring.id, 'en');
    expect(en.title).toBe('Follow-up of equity impact assessment: Kortare öppettider på Norrby bibliotek');
    expect(en.sections.map((s) => [s.id, s.blocks.map((b) => b.kind)])).toEqual(sv.sections.map((s) => [s.id, s.blocks.map((b) => b.kind)]));
    expect(facts(section(en, 'cover').blocks)).toMatchObject({ 'Case number': 'KFN 2026/112', 'Meeting date': '8 April 2026', 'Date of the follow-up': '15 April 2027' });
    expect(texts(section(en, 'follow-up').blocks)).toContain(
      'The differences between groups have narrowed. This is calculated from the figures above. The follow-up judged that the differences have narrowed. Figures are missing by: age.',
    );
  });
});

describe('the follow-up of an audit of a service', () => {
  it('is worded as an audit and reads the audit’s indicators and improvements by tag', () => {
    const parsed = parseAssessmentJson(readFileSync(resolve(import.meta.dirname, '../../../../questionnaires/examples/home-care.sv.json'), 'utf8'));
    if (!parsed.ok) throw new Error(JSON.stringify(parsed.problems));
    const audit = questionnaires.find((q) => q.id === 'service-audit')!;
    const followUp = {
      ...spring,
      indicators: [{ itemId: 'review.indicators-item-1', measured: true, source: 'Verksamhetssystemet', unit: '%', figures: [{ breakdown: 'area', category: 'Norrby', baseline: 15, now: 19 }, { breakdown: 'area', category: 'Övriga', baseline: 22, now: 22 }], note: '' }],
      measures: [{ itemId: 'i-1', status: 'partly' as const, cost: '', note: '' }],
    };
    const assessment = { ...parsed.value, followUps: [followUp] };
    const request = { ...requestFor(assessment, followUp.id), file: audit };
    const model = followUpModel(request, created)!;
    expect(request.missing).toEqual([]);
    expect(model.sections[0]!.kicker).toBe('Tillägg till granskning av jämlikheten i en verksamhet');
    expect(model.title).toBe('Uppföljning av granskningen: Granskning av hemtjänsten för personer över 65 år');
    const blocks = section(model, 'follow-up').blocks;
    expect(texts(blocks)[0]).toBe('Gruppens andel av brukarna jämfört med andelen av invånarna över 65 år');
    expect(tables(blocks)[0]!.rows.map((r) => r.map((c) => c.text))).toEqual([
      ['Norrby', '15', '19', '+4'],
      ['Övriga', '22', '22', '0'],
    ]);
    expect(facts(blocks)).toMatchObject({ 'Skillnad mellan grupperna före': '7', 'Skillnad mellan grupperna nu': '3', 'Skillnaden har': 'minskat' });
    const [measures] = tables(section(model, 'measures').blocks);
    expect(measures!.rows[0]!.map((c) => c.text)).toEqual(['Rutin för tolk vid biståndsbedömning och första besöket', 'Delvis genomförd', 'Inte angiven', '']);
  });
});
