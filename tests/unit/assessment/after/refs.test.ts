// The indicators and measures a follow-up is measured against, read by tag
// from both questionnaires: a proposal's follow-up step and a service
// audit's review step use different question ids, and the same code reads
// both.
import { describe, expect, it } from 'vitest';
import { followUpDateOf, indicatorsOf, measuresOf } from '../../../../src/assessment/after/refs';
import { audit, example, fileOf, proposal } from './helpers';

describe('indicatorsOf', () => {
  it('reads a proposal’s indicators with their breakdowns, baseline and source (library example)', () => {
    const a = example('library.sv');
    expect(indicatorsOf(proposal, a.answers)).toEqual([
      { itemId: 'follow-up.indicators-item-1', name: 'Besök kvällar och lördagar', breakdowns: ['age'], baseline: '1 150 besök per månad, 2025', source: 'Besöksräknaren och meröppetsystemet' },
      {
        itemId: 'follow-up.indicators-item-2',
        name: 'Deltagare i språkcafé och läxhjälp',
        breakdowns: ['sex', 'age'],
        baseline: 'Språkcafé 25 per träff, läxläsning 40 barn per kväll, 2025',
        source: 'Närvarolistor',
      },
    ]);
  });

  it('reads a service audit’s review indicators by the same tags (home-care example)', () => {
    const a = example('home-care.sv');
    const refs = indicatorsOf(audit, a.answers);
    expect(refs.map((r) => [r.itemId, r.name, r.breakdowns, r.source])).toEqual([
      ['review.indicators-item-1', 'Gruppens andel av brukarna jämfört med andelen av invånarna över 65 år', ['sex', 'area', 'country-of-birth'], 'Verksamhetssystemet och SCB'],
      ['review.indicators-item-2', 'Utförda timmar per brukare och vecka', ['sex', 'area'], 'Planeringssystemet'],
    ]);
  });

  it('keeps “no breakdown” as the user answered it, and an empty baseline as empty', () => {
    expect(indicatorsOf(proposal, example('digital-first.sv').answers)[0]?.breakdowns).toEqual(['none']);
    expect(indicatorsOf(proposal, example('primary-care.en').answers)[0]?.baseline).toBe('');
  });

  it('finds nothing when the follow-up step is not part of the assessment (screened out) or not answered', () => {
    const a = example('library.sv');
    expect(indicatorsOf(proposal, { ...a.answers, 'screening.outcome': 'no-analysis' })).toEqual([]);
    expect(indicatorsOf(proposal, {})).toEqual([]);
  });

  it('does not throw on a malformed item (a value of the wrong shape reads as empty)', () => {
    const answers = { 'follow-up.indicators': [{ id: 'x', values: { 'follow-up.indicator.name': ['A', 'B'], 'follow-up.indicator.breakdown': 'sex' } }] };
    const a = example('library.sv');
    expect(indicatorsOf(proposal, { ...a.answers, ...answers })).toEqual([{ itemId: 'x', name: 'A, B', breakdowns: ['sex'], baseline: '', source: '' }]);
  });
});

describe('measuresOf', () => {
  it('reads a proposal’s measures with owner, cost and due date', () => {
    expect(measuresOf(proposal, example('library.sv').answers)).toEqual([
      { itemId: 'm-1', what: 'Meröppet med personal två kvällar i veckan', owner: 'Bibliotekschefen', cost: 'Cirka 300 000 kronor per år, som dras från besparingen', due: '2026-12-15' },
      { itemId: 'm-2', what: 'Läxhjälp med studieförbundet på lördagar', owner: 'Biblioteksenheten tillsammans med studieförbundet', cost: 'Föreningsbidrag på 60 000 kronor per år', due: '2027-02-01' },
      { itemId: 'm-3', what: 'Talböcker hem med post och hjälp med appen per telefon', owner: 'Bibliotekschefen', cost: 'Cirka 20 000 kronor per år i porto och personaltid', due: '2027-01-15' },
    ]);
  });

  it('reads a service audit’s improvements as its measures', () => {
    expect(measuresOf(audit, example('home-care.sv').answers).map((m) => [m.itemId, m.owner, m.due])).toEqual([
      ['i-1', 'Enhetschefen för biståndsenheten', '2027-02-01'],
      ['i-2', 'Verksamhetsutvecklaren i hemtjänsten', '2027-04-01'],
    ]);
  });

  it('leaves out a due date the user did not give, or one that is not a date', () => {
    const a = example('primary-care.en');
    expect(measuresOf(proposal, a.answers).find((m) => m.itemId === 'm-2')).toEqual({ itemId: 'm-2', what: 'Health communicators who speak patients’ own languages', owner: '', cost: 'Not yet estimated' });
    const items = (a.answers['measures.items'] as { id: string; values: Record<string, string> }[]).map((i) => ({ ...i, values: { ...i.values, 'measures.item.date': 'i vår' } }));
    expect(measuresOf(proposal, { ...a.answers, 'measures.items': items }).some((m) => 'due' in m)).toBe(false);
  });
});

describe('followUpDateOf', () => {
  it.each([
    ['library.sv', '2027-09-30'],
    ['primary-care.en', '2028-09-30'],
    ['home-care.sv', '2027-10-31'],
  ])('%s: %s', (name, date) => {
    const a = example(name);
    expect(followUpDateOf(fileOf(a), a.answers)).toBe(date);
  });

  it('is undefined when not given or not a date', () => {
    const a = example('library.sv');
    expect(followUpDateOf(proposal, { ...a.answers, 'follow-up.when': '' })).toBeUndefined();
    expect(followUpDateOf(proposal, { ...a.answers, 'follow-up.when': 'hösten 2027' })).toBeUndefined();
  });
});
