// The report's sections find their answers by semantic tags, so the proposal
// questionnaire and the service self-audit fill the same sections; a step's
// other answers appear once; a section without answers on the branch taken
// says why; the PDF cuts the appendix into runs without losing anything.
import { describe, expect, it } from 'vitest';
import { answerList } from '../../../src/assessment/answer-list';
import { createI18n } from '../../../src/i18n';
import type { Language } from '../../../src/i18n/resources';
import { framework, questionnaires } from '../../../src/questionnaire/catalogue';
import { reportParts } from '../../../src/report/report-parts';
import { appendixRuns } from '../../../src/report/pdf/runs';
import { modelOf } from './model';
import type { ReportParts } from '../../../src/report/types';
import { audit, COMPLETE, light, noAnalysis, stress, type Fixture } from './fixtures';

function parts(fixture: Fixture, lang: Language = 'sv'): ReportParts {
  const file = questionnaires.find((q) => q.id === fixture.assessment.questionnaire.id)!;
  const { t } = createI18n(lang);
  const answers = fixture.assessment.answers;
  return reportParts({ file, answers, sections: answerList(file, framework, answers), t, lang });
}

const shown = <T,>(part: { state: string; value?: T }): T => {
  expect(part.state).toBe('shown');
  return part.value!;
};

/** Ids of the rows (questions) a list of rows shows. */
const ids = (rows: Array<{ id: string }>) => rows.map((r) => r.id);

describe('a proposal (the clean assessment)', () => {
  const clean = COMPLETE.find((f) => f.name === 'clean')!;
  const p = parts(clean);

  it('lists the affected groups with their grounds and other answers', () => {
    const { groups } = shown(p.groups);
    expect(groups.map((g) => g.name)).toEqual(['Äldre utan dator', 'Barn i årskurs 4–6', 'Unga vuxna']);
    expect(groups[0]!.factors).toEqual(['Ålder', 'Digital tillgång och vana']);
    expect(groups[0]!.details.map((d) => d.label)).toContain('Riskerar gruppen att missas?');
  });

  it('lists the measures with the groups they address, owner, cost and date', () => {
    const [m] = shown(p.measures).measures;
    expect(m).toEqual({ id: 'm-1', what: 'Förstärkt bemanning', addresses: ['Äldre utan dator', 'Barn i årskurs 4–6', 'Unga vuxna'], owner: ['Bibliotekschefen'], cost: ['200 000 kr'], date: ['31 januari 2027'] });
  });

  it('gives the follow-up plan: indicators with breakdown and baseline, then when, who, to whom, and the threshold', () => {
    const { indicators, plan } = shown(p.followUp);
    expect(indicators[0]).toMatchObject({ breakdown: ['Ålder', 'Område'], baseline: ['1 200 besök per vecka'] });
    expect(plan.map((a) => a.label)).toEqual(['När ska uppföljningen vara klar?', 'Vem ansvarar för uppföljningen?', 'Vart ska resultatet rapporteras?', 'När ska beslutet omprövas?']);
    expect(plan[0]!.value).toEqual(['1 december 2026']);
  });

  it('shows the proposal step without what the cover and the alternatives show', () => {
    const { rows, alternatives } = shown(p.proposal);
    expect(ids(rows)).toContain('proposal.what');
    expect(ids(rows)).not.toContain('proposal.decision-type');
    expect(ids(rows)).not.toContain('proposal.alternatives');
    expect(alternatives?.items.map((i) => i.id)).toEqual(['alt-1', 'alt-2']);
  });

  it('has the screening outcome, the overall consequence per group and the conclusion', () => {
    expect(shown(p.screening).outcome?.value).toEqual(['Fördjupad analys']);
    expect(Object.values(p.ratings?.byGroup ?? {})).toEqual(['Positiva', 'Positiva', 'Positiva']);
    expect(ids(shown(p.conclusion).rows)).toEqual(expect.arrayContaining(['summary.judgement', 'summary.reasons']));
  });

  it('words the parts in English too', () => {
    const en = parts(clean, 'en');
    expect(shown(en.measures).measures[0]!.date).toEqual(['31 January 2027']);
    expect(shown(en.screening).outcome?.value).toEqual(['Full analysis']);
  });
});

describe('branches without some sections', () => {
  it('a light analysis has no full evidence step: the part holds the children’s questions, asked in every analysis, and the evidence in brief', () => {
    const p = parts(light());
    expect(ids(shown(p.evidence).rows).every((id) => id.startsWith('children.') || id.startsWith('evidence-brief.'))).toBe(true);
    expect(ids(shown(p.evidence).rows).some((id) => id.startsWith('evidence-brief.'))).toBe(true);
    expect(p.groups.state).toBe('shown');
  });

  it('no further analysis: groups, measures and follow-up are not on the branch; the reasons still show', () => {
    const p = parts(noAnalysis());
    for (const part of [p.groups, p.measures, p.followUp, p.evidence]) expect(part.state).toBe('not-on-branch');
    expect(shown(p.screening).justification?.value).toEqual(['Förslaget påverkar ingen invånare och ingen anställd på olika sätt.']);
    expect(ids(shown(p.conclusion).rows)).toContain('summary.reasons');
  });
});

describe('the service self-audit, through the same sections by tags', () => {
  const fixture = audit();
  const p = parts(fixture);

  it('finds its groups and its improvements', () => {
    expect(shown(p.groups).groups.map((g) => g.name)).toEqual(fixture.groups);
    expect(shown(p.measures).measures.map((m) => m.what)).toEqual(fixture.measures);
    expect(shown(p.measures).measures[0]!.addresses.length).toBeGreaterThan(0);
  });

  it('has no proposal and no screening (the questionnaire has none)', () => {
    expect(p.proposal.state).toBe('not-in-questionnaire');
    expect(p.screening.state).toBe('not-in-questionnaire');
  });

  it('shows each answer in one section only: evidence in the evidence section, the rest of a shared step with the groups', () => {
    const groupRows = ids(shown(p.groups).rows);
    const evidenceRows = ids(shown(p.evidence).rows);
    expect(evidenceRows).toEqual(expect.arrayContaining(['representation.data', 'representation.gaps', 'norms.dialogues', 'barriers.best-interests', 'barriers.children-views']));
    // The children's questions come alone, not the rest of the step they stand in.
    expect(evidenceRows).not.toContain('barriers.items');
    expect(groupRows).toContain('representation.breakdown');
    expect(groupRows.filter((id) => evidenceRows.includes(id))).toEqual([]);
    expect(groupRows).not.toContain('representation.groups');
  });
});

describe('the appendix in runs of pages (for render speed)', () => {
  /** The appendix's blocks of the full list, as the PDF cuts them into runs. */
  const runsOf = (fixture: Fixture) => {
    const model = modelOf(fixture, 'all');
    const appendix = model.sections.find((s) => s.id === 'appendix')!;
    return { appendix, runs: appendixRuns(appendix.blocks, model.furniture.continued) };
  };
  const continued = (text: string) => text.endsWith('(fortsättning)');

  it('keeps every block once, in order, cutting only long steps', () => {
    const { appendix, runs } = runsOf(stress());
    expect(runs.length).toBeGreaterThan(5);
    expect(runs.filter((r) => r.first)).toHaveLength(1);
    const blocks = runs.flatMap((r) => r.blocks);
    // Without the "(continued)" headings, the runs hold exactly the appendix's blocks' content.
    const text = (bs: typeof blocks) => JSON.stringify(bs.flatMap((b): unknown[] => (b.kind === 'answers' ? b.rows : [b])));
    expect(text(blocks.filter((b) => !(b.kind === 'heading' && continued(b.text))))).toEqual(text(appendix.blocks));
    // A long step goes on under its heading marked as continued.
    const consequences = createI18n('sv').t('content:steps.consequences.title');
    expect(blocks.some((b) => b.kind === 'heading' && b.text === `${consequences} (fortsättning)`)).toBe(true);

    expect(runsOf(COMPLETE.find((f) => f.name === 'clean')!).runs.length).toBeLessThanOrEqual(2);
  });
});
