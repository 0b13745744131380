// What a follow-up shows, from what the user entered: the library example
// followed up with a gap that widened, a measure only partly carried out,
// one not answered, an indicator not measured, a breakdown missing, and a
// judgement the user's own figures contradict.
import { describe, expect, it } from 'vitest';
import { followUpResult, FOLLOW_UP_FINDING_CODES } from '../../../../src/assessment/after/findings';
import { example, fig, followUp, indicatorEntry, proposal } from './helpers';

const library = example('library.sv');
const VISITS = 'follow-up.indicators-item-1';
const PARTICIPANTS = 'follow-up.indicators-item-2';

describe('followUpResult', () => {
  it('lists what went wrong first, each with the names the user gave', () => {
    const f = followUp('2027-10-01', {
      indicators: [
        indicatorEntry(VISITS, [], { measured: false }),
        indicatorEntry(PARTICIPANTS, [fig('sex', 'Flickor', 20, 18), fig('sex', 'Pojkar', 18, 10)], { unit: 'deltagare per träff', judged: 'narrowed' }),
      ],
      measures: [
        { itemId: 'm-1', status: 'done', cost: '280 000 kr', note: '' },
        { itemId: 'm-2', status: 'partly', cost: '', note: '' },
      ],
    });
    const result = followUpResult(proposal, library, f);
    expect(result.findings).toEqual([
      { code: 'gap-widened', itemId: PARTICIPANTS, item: { kind: 'named', name: 'Deltagare i språkcafé och läxhjälp' }, params: { indicator: 'Deltagare i språkcafé och läxhjälp', breakdown: 'sex', gapBefore: 2, gapNow: 8, unit: 'deltagare per träff' } },
      { code: 'judgement-differs', itemId: PARTICIPANTS, item: { kind: 'named', name: 'Deltagare i språkcafé och läxhjälp' }, params: { indicator: 'Deltagare i språkcafé och läxhjälp', judged: 'narrowed', computed: 'widened' } },
      { code: 'measure-partly', itemId: 'm-2', item: { kind: 'named', name: 'Läxhjälp med studieförbundet på lördagar' }, params: { measure: 'Läxhjälp med studieförbundet på lördagar' } },
      { code: 'indicator-not-measured', itemId: VISITS, item: { kind: 'named', name: 'Besök kvällar och lördagar' }, params: { indicator: 'Besök kvällar och lördagar' } },
      { code: 'breakdown-missing', itemId: PARTICIPANTS, item: { kind: 'named', name: 'Deltagare i språkcafé och läxhjälp' }, params: { indicator: 'Deltagare i språkcafé och läxhjälp', breakdown: 'age' } },
      { code: 'measure-unanswered', itemId: 'm-3', item: { kind: 'named', name: 'Talböcker hem med post och hjälp med appen per telefon' }, params: { measure: 'Talböcker hem med post och hjälp med appen per telefon' } },
    ]);
    expect(result.indicators.map((i) => [i.itemId, i.basis, i.trend])).toEqual([
      [VISITS, 'none', undefined],
      [PARTICIPANTS, 'computed', 'widened'],
    ]);
  });

  it('finds nothing when every measure was carried out and every named breakdown narrowed as the user judged', () => {
    const f = followUp('2027-10-01', {
      indicators: [
        indicatorEntry(VISITS, [fig('age', 'Barn', 300, 380), fig('age', 'Vuxna', 850, 840)], { judged: 'narrowed' }),
        indicatorEntry(PARTICIPANTS, [fig('sex', 'Flickor', 20, 21), fig('sex', 'Pojkar', 10, 19), fig('age', '7–12', 25, 26), fig('age', '13–18', 15, 22)]),
      ],
      measures: ['m-1', 'm-2', 'm-3'].map((itemId) => ({ itemId, status: 'done' as const, cost: '', note: '' })),
    });
    expect(followUpResult(proposal, library, f).findings).toEqual([]);
  });

  it('says nothing about a judgement where the figures allow no computation', () => {
    const f = followUp('2027-10-01', { indicators: [indicatorEntry(VISITS, [fig('age', 'Barn', null, 380), fig('age', 'Vuxna', 850, 840)], { judged: 'widened' })] });
    const result = followUpResult(proposal, library, f);
    expect(result.findings.filter((x) => x.itemId === VISITS)).toEqual([]);
    expect(result.indicators[0]).toMatchObject({ basis: 'judged', trend: 'widened' });
  });

  it('does not call a judgement contradicted when it matches one breakdown and another moved the other way', () => {
    const f = followUp('2027-10-01', {
      indicators: [indicatorEntry(PARTICIPANTS, [fig('sex', 'Flickor', 20, 20), fig('sex', 'Pojkar', 10, 18), fig('age', '7–12', 25, 30), fig('age', '13–18', 15, 10)], { judged: 'narrowed' })],
    });
    expect(followUpResult(proposal, library, f).findings.filter((x) => x.itemId === PARTICIPANTS).map((x) => [x.code, x.params.breakdown])).toEqual([['gap-widened', 'age']]);
  });

  it('reports a measure not carried out, and keeps answers to a measure since removed from the assessment', () => {
    const f = followUp('2027-10-01', {
      measures: [
        { itemId: 'm-1', status: 'not', cost: '', note: '' },
        { itemId: 'm-2', status: 'done', cost: '', note: '' },
        { itemId: 'm-3', status: 'done', cost: '', note: '' },
        { itemId: 'm-gone', status: 'partly', cost: '', note: '' },
      ],
    });
    expect(followUpResult(proposal, library, f).findings).toEqual([
      { code: 'measure-not-done', itemId: 'm-1', item: { kind: 'named', name: 'Meröppet med personal två kvällar i veckan' }, params: { measure: 'Meröppet med personal två kvällar i veckan' } },
      { code: 'measure-partly', itemId: 'm-gone', item: { kind: 'removed' }, params: {} },
    ]);
  });

  it('names an indicator or measure without a name by its place in the assessment’s list, and one since removed as removed', () => {
    const answers = structuredClone(library.answers) as Record<string, unknown>;
    const unnamed = (group: string, field: string) => {
      const items = answers[group] as Array<{ values: Record<string, unknown> }>;
      items[1]!.values[field] = '  ';
    };
    unnamed('follow-up.indicators', 'follow-up.indicator.name');
    unnamed('measures.items', 'measures.item.what');
    const assessment = { ...library, answers } as typeof library;
    const f = followUp('2027-10-01', {
      indicators: [indicatorEntry(PARTICIPANTS, [], { measured: false }), indicatorEntry('follow-up.indicators-item-gone', [], { measured: false })],
      measures: [
        { itemId: 'm-1', status: 'done', cost: '', note: '' },
        { itemId: 'm-2', status: 'not', cost: '', note: '' },
        { itemId: 'm-3', status: 'done', cost: '', note: '' },
      ],
    });
    const findings = followUpResult(proposal, assessment, f).findings;
    expect(findings.map((x) => [x.code, x.itemId, x.item, x.params])).toEqual([
      ['measure-not-done', 'm-2', { kind: 'unnamed', number: 2 }, {}],
      ['indicator-not-measured', PARTICIPANTS, { kind: 'unnamed', number: 2 }, {}],
      ['indicator-not-measured', 'follow-up.indicators-item-gone', { kind: 'removed' }, {}],
    ]);
    // No finding carries an empty name for a sentence to print.
    expect(findings.flatMap((x) => [x.params.indicator, x.params.measure]).filter((v) => v !== undefined && String(v).trim() === '')).toEqual([]);
  });

  it('orders the codes from what went wrong to what is not known', () => {
    expect(FOLLOW_UP_FINDING_CODES).toEqual(['gap-widened', 'judgement-differs', 'measure-not-done', 'measure-partly', 'indicator-not-measured', 'breakdown-missing', 'measure-unanswered']);
  });
});
