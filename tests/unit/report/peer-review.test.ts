// The main report after the decision: the cover names who reviewed the
// assessment, when and with what outcome, and the decision on record; the
// appendix carries every round's comments and replies, by step, in both
// languages. Built from the format-4 fixture's review and decision.
import { describe, expect, it } from 'vitest';
import fixture from '../../fixtures/formats/v4.json';
import { ZStoredAssessment } from '../../../src/assessment/migrations';
import { createI18n } from '../../../src/i18n';
import { LANGUAGES } from '../../../src/i18n/resources';
import type { Block, ReportModel } from '../../../src/report/model/types';
import { audit as serviceAudit, COMPLETE } from './fixtures';
import { modelOf } from './model';

const after = ZStoredAssessment.parse(fixture);
const base = COMPLETE.find((f) => f.name === 'digital-first')!;
const withAfter = { ...base, assessment: { ...base.assessment, review: after.review, decision: after.decision } };

const facts = (model: ReportModel) => model.sections.find((s) => s.id === 'cover')!.blocks.flatMap((b) => (b.kind === 'facts' ? b.rows : []));
const texts = (blocks: Block[]): string[] =>
  blocks.flatMap((b) => {
    if (b.kind === 'heading' || b.kind === 'paragraph') return [b.text];
    if (b.kind === 'facts') return b.rows.flatMap((r) => [r.label, r.value]);
    if (b.kind === 'box') return [b.title ?? '', ...texts(b.blocks)];
    return [];
  });

describe.each(LANGUAGES)('%s', (lang) => {
  const { t } = createI18n(lang);
  const model = modelOf(withAfter, 'unique', lang);

  it('names the reviewer and the latest outcome on the cover', () => {
    const rows = facts(model);
    expect(rows).toContainEqual({ label: t('reviewReport.cover.reviewedBy'), value: 'Sara Lind, Folkhälsostrateg' });
    const outcome = rows.find((r) => r.label === t('reviewReport.cover.outcome'))!.value;
    expect(outcome).toBe(lang === 'sv' ? 'Godkänd den 15 mars 2026' : 'Approved on 15 March 2026');
  });

  it('gives the decision on record on the cover, with only the fields recorded', () => {
    const cover = texts(model.sections.find((s) => s.id === 'cover')!.blocks);
    expect(cover).toContain(t('reviewReport.decision.heading'));
    for (const value of ['KFN 2026/112', '§ 41', 'Kultur- och fritidsnämnden', 'Lördagsöppet behålls under skolterminerna.', t('reviewReport.decision.outcomes.amended')]) expect(cover).toContain(value);
    expect(cover).toContain(lang === 'sv' ? '8 april 2026' : '8 April 2026');
  });

  it('lists each round’s comments and replies by step in the appendix, oldest round first', () => {
    const appendix = model.sections.find((s) => s.id === 'appendix')!;
    expect(appendix.title).toBe(t('reviewReport.appendix.title'));
    const lines = texts(appendix.blocks);
    const first = lines.indexOf(t('reviewReport.appendix.round', { n: 1, name: 'Sara Lind, Folkhälsostrateg' }));
    const second = lines.indexOf(t('reviewReport.appendix.round', { n: 2, name: 'Sara Lind, Folkhälsostrateg' }));
    expect(first).toBeGreaterThan(-1);
    expect(second).toBeGreaterThan(first);
    const round1 = lines.slice(first, second);
    expect(round1).toContain('Äldre utan dator saknas bland de berörda grupperna.');
    expect(round1).toContain('Tillagt som egen grupp med källa.');
    expect(round1).toContain(t('reviewReport.appendix.verdicts.needs-improvement'));
    // The steps come in the questionnaire's order: basics before groups.
    expect(round1.indexOf(t('content:steps.basics.title'))).toBeLessThan(round1.indexOf(t('content:steps.groups.title')));
  });

  it('says nothing of a review or a decision that was not recorded', () => {
    const plain = modelOf(base, 'unique', lang);
    expect(facts(plain).map((r) => r.label)).not.toContain(t('reviewReport.cover.reviewedBy'));
    expect(JSON.stringify(plain.sections)).not.toContain(t('reviewReport.appendix.heading'));
    expect(plain.sections.find((s) => s.id === 'appendix')!.title).toBe(t('report.sections.appendix'));
  });
});

// An audit of a service is itself a "granskning": its review is a "kvalitetsgranskning" in the report too.
describe('a service audit', () => {
  const audit = serviceAudit();
  const reviewed = { ...audit, assessment: { ...audit.assessment, review: after.review } };
  const underway = { ...audit, assessment: { ...audit.assessment, review: [{ ...after.review[0]!, signOff: undefined }] } };

  it('sv: names the quality review on the cover and in the appendix', () => {
    const model = modelOf(reviewed, 'unique', 'sv');
    expect(facts(model).map((r) => r.label)).toEqual(expect.arrayContaining(['Kvalitetsgranskad av', 'Kvalitetsgranskningens resultat']));
    const appendix = model.sections.find((s) => s.id === 'appendix')!;
    expect(appendix.title).toBe('Bilaga: övriga svar och kvalitetsgranskningens kommentarer');
    const lines = texts(appendix.blocks);
    expect(lines).toContain('Kvalitetsgranskningens kommentarer');
    expect(lines).toContain('Kvalitetsgranskning, omgång 1: Sara Lind, Folkhälsostrateg');
    expect(lines).not.toContain('Granskningsomgång 1: Sara Lind, Folkhälsostrateg');
    expect(facts(modelOf(underway, 'unique', 'sv'))).toContainEqual({ label: 'Kvalitetsgranskningens resultat', value: 'Kvalitetsgranskningen pågår och är inte signerad' });
  });

  it('en: the review keeps its name', () => {
    const lines = texts(modelOf(reviewed, 'unique', 'en').sections.find((s) => s.id === 'appendix')!.blocks);
    expect(lines).toContain('The review’s comments');
    expect(lines).toContain('Review round 1: Sara Lind, Folkhälsostrateg');
  });
});
