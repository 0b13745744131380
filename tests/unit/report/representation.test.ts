// @vitest-environment node
// Representation in numbers in the report: one table (group, share among
// users, share among those in need or in the population, ratio with two
// decimals, under-represented yes/no) with a one-sentence note on the
// threshold, in both languages; the shares it prints are named so the
// appendix can leave them out; left out when no group has a share. Through
// the whole report for a self-audit: a body section after the groups, in the
// web page as a real table, its shares not repeated in the appendix.
import { describe, expect, it } from 'vitest';
import { newAssessment } from '../../../src/assessment/assessment';
import { decisionText } from '../../../src/assessment/decision-text';
import { evaluate } from '../../../src/assessment/evaluate';
import type { RepresentationRow } from '../../../src/assessment/representation';
import type { AnswerRef } from '../../../src/assessment/result';
import { createI18n } from '../../../src/i18n';
import { assessmentHtml } from '../../../src/report/html';
import { representationSection } from '../../../src/report/model/representation';
import { requestModel, type ReportRequest } from '../../../src/report/report-input';
import { auditFile, framework } from '../../fixtures/crafted';
import { homeCareAudit } from '../../fixtures/home-care-audit';

const ref = (item: string, field: string): AnswerRef => ({ stepId: 'representation', questionId: 'representation.groups', itemId: item, value: field });
const row = (groupId: string, title: string, usersShare: number | null, needShare: number | null, under: boolean, basis?: string): RepresentationRow => ({
  groupId,
  title,
  usersShare,
  needShare,
  ...(basis ? { basis } : {}),
  ratio: usersShare !== null && needShare !== null && needShare > 0 ? usersShare / needShare : null,
  under,
  refs: [ref(groupId, 'representation.group.users-share'), ref(groupId, 'representation.group.need-share')],
});

const rows = [
  row('g1', 'Personer med utländsk bakgrund', 9, 27, true, 'need'),
  row('g2', 'Unga vuxna', 33.3, 30, false, 'population'),
  row('g3', 'Äldre', null, 25, false),
];

const NBSP = '\u00a0';

describe('representationSection', () => {
  it.each([
    [
      'sv',
      'Representation i siffror',
      'En kvot under 0,8 räknas som underrepresentation, en gräns som är en tumregel och inte ett krav i lag.',
      [
        ['Personer med utländsk bakgrund', `9${NBSP}%`, `27${NBSP}%`, '0,33', 'Ja'],
        ['Unga vuxna', `33,3${NBSP}%`, `30${NBSP}% (i befolkningen)`, '1,11', 'Nej'],
        ['Äldre', 'Inte angiven', `25${NBSP}%`, 'Kan inte räknas', 'Kan inte avgöras'],
      ],
    ],
    [
      'en',
      'Representation in figures',
      'A ratio below 0.8 counts as under-representation, a limit that is a rule of thumb rather than a legal requirement.',
      [
        ['Personer med utländsk bakgrund', '9%', '27%', '0.33', 'Yes'],
        ['Unga vuxna', '33.3%', '30% (of the population)', '1.11', 'No'],
        ['Äldre', 'Not given', '25%', 'Cannot be calculated', 'Cannot tell'],
      ],
    ],
  ] as const)('is one table with a note on the threshold (%s)', (lang, title, note, cells) => {
    const { t } = createI18n(lang);
    const [section] = representationSection({ rows, threshold: 0.8, t, lang });
    expect(section!.title).toBe(title);
    expect(section!.part).toBe('body');
    const notes = section!.blocks.filter((b) => b.kind === 'paragraph' && b.role === 'note');
    expect(notes).toEqual([{ kind: 'paragraph', role: 'note', text: note }]);
    // One sentence: a full stop only at its end.
    expect(note.slice(0, -1)).not.toMatch(/\.\s/);
    const table = section!.blocks.find((b) => b.kind === 'table');
    expect(table?.kind === 'table' && table.columns.map((c) => c.header)).toEqual(
      lang === 'sv'
        ? ['Grupp', 'Andel bland användarna', 'Andel bland dem som behöver verksamheten', 'Kvot', 'Underrepresenterad']
        : ['Group', 'Share among users', 'Share among those who need the service', 'Ratio', 'Under-represented'],
    );
    expect(table?.kind === 'table' && table.rowHeaders).toBe(true);
    expect(table?.kind === 'table' && table.rows.map((r) => r.map((c) => c.text))).toEqual(cells);
    // "Yes" also carries the tone of a serious finding; the word says it without the colour.
    expect(table?.kind === 'table' && table.rows[0]![4]!.tone).toEqual({ severity: 'high' });
  });

  it('names the shares it prints (a blank share is not printed as an answer)', () => {
    const [section] = representationSection({ rows, threshold: 0.8, t: createI18n('sv').t, lang: 'sv' });
    expect(section!.shows).toEqual([
      { question: 'representation.group.users-share', item: 'g1' },
      { question: 'representation.group.need-share', item: 'g1' },
      { question: 'representation.group.users-share', item: 'g2' },
      { question: 'representation.group.need-share', item: 'g2' },
      { question: 'representation.group.need-share', item: 'g3' },
    ]);
  });

  it('has no note without a threshold, and is left out when no group has a share', () => {
    const { t } = createI18n('sv');
    const [section] = representationSection({ rows, t, lang: 'sv' });
    expect(section!.blocks.some((b) => b.kind === 'paragraph' && b.role === 'note')).toBe(false);
    expect(representationSection({ rows: [row('g1', 'Unga', null, null, false)], threshold: 0.8, t, lang: 'sv' })).toEqual([]);
    expect(representationSection({ rows: [], threshold: 0.8, t, lang: 'sv' })).toEqual([]);
  });
});

describe('representation in numbers in the whole report of a self-audit', () => {
  const request = (lang: 'sv' | 'en'): ReportRequest => {
    const assessment = { ...newAssessment(auditFile, 'a-home-care', new Date('2026-11-20T10:00:00Z')), answers: homeCareAudit() };
    const result = evaluate(auditFile, framework, assessment);
    return { file: auditFile, framework, assessment, result, decision: decisionText(auditFile, framework, assessment.answers, result), t: createI18n(lang).t, lang };
  };

  it('is a body section right after the groups, with the framework’s threshold and every group', () => {
    const model = requestModel(request('sv'), undefined, new Date('2026-11-23T12:00:00Z'));
    const ids = model.sections.map((s) => s.id);
    expect(ids.indexOf('representation')).toBe(ids.indexOf('groups') + 1);
    const section = model.sections.find((s) => s.id === 'representation')!;
    expect(JSON.stringify(section.blocks)).toContain(`En kvot under ${framework.thresholds.underRepresented!.toString().replace('.', ',')} räknas`);
    const table = section.blocks.find((b) => b.kind === 'table');
    // Men 30 % of users against 45 % of the population: 0,67, under 0,8; the northern district 20 against 22: 0,91.
    expect(table?.kind === 'table' && table.rows.map((r) => [r[0]!.text, r[3]!.text, r[4]!.text])).toEqual([
      ['Män över 65 år', '0,67', 'Ja'],
      ['Personer över 65 år födda utanför Europa', '0,44', 'Ja'],
      ['Personer över 65 år i Norra distriktet', '0,91', 'Nej'],
    ]);
    // The appendix does not print the shares again.
    const appendix = JSON.stringify(model.sections.find((s) => s.id === 'appendix'));
    expect(appendix).not.toContain('45\u00a0%');
    expect(appendix).not.toContain(`45${NBSP}%`);
  });

  it('is a real table on the web page, in English too', () => {
    const html = assessmentHtml(request('en'), new Date('2026-11-23T12:00:00Z'));
    const at = html.search(/<caption[^>]*>Share of each group among users and among those who need the service<\/caption>/);
    expect(at).toBeGreaterThan(-1);
    const table = html.slice(html.lastIndexOf('<table', at), html.indexOf('</table>', at));
    expect(table).toContain('<th scope="col">Ratio</th>');
    expect(table).toMatch(/<th scope="row"[^>]*>(<span[^>]*>)?Män över 65 år/);
    expect(table).toContain('45% (of the population)');
    expect(table).toContain('0.67');
  });
});
