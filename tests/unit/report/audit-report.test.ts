// An audit of a service is reported as an audit: its title names the
// service, its cover the service and who runs it (no deciding committee),
// no text of the report speaks of a proposal or of decision documents, in
// Swedish and English; its body carries the resources, the norms and the
// barriers (most serious first). A proposal's consequences name the
// public-health target areas the user tagged, and only then.
import { describe, expect, it } from 'vitest';
import { newAssessment } from '../../../src/assessment/assessment';
import { createI18n } from '../../../src/i18n';
import { wordDecisionText } from '../../../src/i18n/decision-text';
import { LANGUAGES, type Language } from '../../../src/i18n/resources';
import type { Answers } from '../../../src/questionnaire/answers';
import { groupItems } from '../../../src/questionnaire/answers';
import type { QuestionnaireFile } from '../../../src/questionnaire/schema';
import type { ReportModel } from '../../../src/report/model/types';
import { cleanAnswers, file as proposalFile } from '../../fixtures/clean-answers';
import { homeCareAudit } from '../assessment/decision-text-cases';
import { audit, type Fixture } from './fixtures';
import { modelOf, requestOf } from './model';

const fixture = (name: string, file: QuestionnaireFile, answers: Answers): Fixture => ({
  name,
  assessment: { ...newAssessment(file, `a-${name}`, new Date('2026-11-20T10:00:00Z')), answers },
  groups: [],
  measures: [],
});

const home = homeCareAudit();
const homeFixture = fixture('home-care', home.file, home.answers);

/** Every string the model prints (block kinds, tones and ids left out). */
function texts(model: ReportModel): string[] {
  const out: string[] = [model.title, model.properties.subject, model.properties.keywords];
  const skip = new Set(['kind', 'role', 'tone', 'id', 'part', 'shows', 'status', 'level']);
  const walk = (v: unknown) => {
    if (typeof v === 'string') out.push(v);
    else if (Array.isArray(v)) v.forEach(walk);
    else if (v && typeof v === 'object') for (const [k, x] of Object.entries(v)) if (!skip.has(k)) walk(x);
  };
  walk(model.sections);
  return out;
}

const FORBIDDEN: Record<Language, RegExp> = {
  sv: /förslag|beslutsunderlag|beslutande nämnd|konsekvensbedömning för jämlikhet/i,
  en: /\bproposals?\b|decision documents?|deciding committee|equity impact assessment/i,
};

describe.each(LANGUAGES)('an audit report (%s)', (lang) => {
  const { t } = createI18n(lang);

  it.each([
    ['the filled audit', audit()],
    ['the home-care audit', homeFixture],
  ])('%s never speaks of a proposal or of decision documents', (_name, f) => {
    const bad = texts(modelOf(f, 'all', lang)).filter((s) => FORBIDDEN[lang].test(s));
    expect(bad).toEqual([]);
  });

  it('the decision text as pasted (the report command’s --text) is an audit’s too', () => {
    const { decision } = requestOf(homeFixture, lang);
    const worded = wordDecisionText(t, lang, decision);
    const all = [...worded.blocks.flatMap((b) => [b.heading, b.text]), worded.short];
    expect(all.filter((s) => FORBIDDEN[lang].test(s))).toEqual([]);
    expect(worded.blocks[0]!.text).toContain(lang === 'sv' ? 'Granskningen gäller Hemtjänsten i Norrby' : 'The audit covers Hemtjänsten i Norrby');
  });

  it('is titled by its service and names the service and who runs it on the cover', () => {
    const model = modelOf(homeFixture, 'unique', lang);
    expect(model.title).toBe(t('report.serviceTitle', { service: 'Hemtjänsten i Norrby' }));
    const cover = model.sections.find((s) => s.id === 'cover')!;
    expect(cover.kicker).toBe(t('report.kicker_service'));
    const facts = cover.blocks.find((b) => b.kind === 'facts');
    const rows = facts?.kind === 'facts' ? facts.rows : [];
    expect(rows.slice(0, 2)).toEqual([
      { label: t('report.cover.service'), value: 'Hemtjänsten i Norrby' },
      { label: t('report.cover.serviceOwner'), value: 'Äldreomsorgens enhet Norr, enhetschef Lena Ek' },
    ]);
    expect(rows.map((r) => r.label)).not.toContain(t('report.cover.committee'));
  });

  it('carries resources, norms and barriers in its body, the most serious barrier first', () => {
    const model = modelOf(homeFixture, 'unique', lang);
    const ids = model.sections.map((s) => s.id);
    for (const id of ['resources', 'norms', 'barriers'] as const) expect(model.sections.find((s) => s.id === id)?.part).toBe('body');
    expect(ids.indexOf('resources')).toBeLessThan(ids.indexOf('barriers'));
    const resources = JSON.stringify(model.sections.find((s) => s.id === 'resources'));
    expect(resources).toContain(t('content:options.resources.in-proportion.less-where-need'));
    const table = model.sections.find((s) => s.id === 'barriers')!.blocks.find((b) => b.kind === 'table');
    if (table?.kind !== 'table') throw new Error('no barrier table');
    expect(table.columns.map((c) => c.header)).toEqual(['barrier', 'kind', 'groups', 'severity'].map((k) => t(`report.barriers.${k}`)));
    expect(table.rows.map((r) => r[0]!.text)).toEqual(['Ingen rutin för tolk vid hembesök', 'Biståndsbedömningen går bara att boka per telefon', 'Broschyren finns bara på svenska']);
    expect(table.rows[0]![2]!.text).toBe('Äldre med rullator\nNyanlända');
    expect(table.rows[0]![3]!.text).toBe(t('content:optionSets.audit-severity.excludes'));
    // The norms' other answers are printed once: in their own section, not again with the evidence.
    const norms = JSON.stringify(model.sections.find((s) => s.id === 'norms'));
    const evidence = JSON.stringify(model.sections.find((s) => s.id === 'evidence'));
    const designedFor = String(home.answers['norms.designed-for']);
    expect(norms).toContain(designedFor);
    expect(evidence).not.toContain(designedFor);
  });

  it('leaves the barriers, resources and norms it prints out of the appendix', () => {
    const appendix = JSON.stringify(modelOf(homeFixture, 'unique', lang).sections.find((s) => s.id === 'appendix'));
    expect(appendix).not.toContain('Biståndsbedömningen går bara att boka per telefon');
    expect(appendix).not.toContain(String(home.answers['resources.more-less']));
  });
});

describe.each(LANGUAGES)('a proposal report (%s)', (lang) => {
  const { t } = createI18n(lang);
  // The clean answers tag every consequence: these tests choose their own.
  const { 'consequences.health': _tagged, ...base } = cleanAnswers();
  const groups = groupItems(base['groups.items']).map((g) => ({ id: g.id, name: String(g.values['groups.item.name']) }));

  it('names the public-health target areas the consequences touch, per group', () => {
    const [first, second] = groups;
    const answers = { ...base, 'consequences.health': { [first!.id]: ['income', 'housing'], [second!.id]: ['income'] } };
    const consequences = modelOf(fixture('health', proposalFile, answers), 'unique', lang).sections.find((s) => s.id === 'consequences')!;
    const at = consequences.blocks.findIndex((b) => b.kind === 'heading' && b.text === t('report.health.heading'));
    expect(at).toBeGreaterThan(0);
    const list = consequences.blocks[at + 2];
    if (list?.kind !== 'list') throw new Error('no list of target areas');
    const area = (id: string) => t(`content:optionSets.health-target-areas.${id}`);
    expect(list.items).toEqual([
      t('report.health.area', { area: area('income'), groups: `${first!.name}, ${second!.name}` }),
      t('report.health.area', { area: area('housing'), groups: first!.name }),
    ]);
    expect(consequences.blocks[at + 1]).toEqual({ kind: 'paragraph', text: t('report.health.intro', { count: 2, countText: lang === 'sv' ? 'två' : 'two' }) });
  });

  it('says nothing of target areas when none was tagged', () => {
    const consequences = modelOf(fixture('no-health', proposalFile, base), 'unique', lang).sections.find((s) => s.id === 'consequences')!;
    expect(JSON.stringify(consequences)).not.toContain(t('report.health.heading'));
  });
});
