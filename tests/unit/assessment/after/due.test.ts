// What is due next: the follow-up date and each measure's due date, in date
// order, overdue only once the date has passed; a follow-up made or a
// measure carried out is no longer due.
import { describe, expect, it } from 'vitest';
import type { Assessment } from '../../../../src/assessment/assessment';
import type { Decision } from '../../../../src/assessment/after/decision';
import { dueItems, nextDue } from '../../../../src/assessment/after/due';
import { audit, example, followUp, proposal } from './helpers';

/** A worked example as completed: dates are due only once an assessment is (see due.ts). */
const completed = (a: Assessment): Assessment => ({ ...a, progress: { ...a.progress, phase: 'complete', completedAt: '2026-03-01T09:00:00.000Z' } });

const library = completed(example('library.sv'));
const decided = (outcome: Decision['outcome']): Assessment => ({
  ...library,
  decision: { caseNumber: 'KFN 2026/112', body: '', meetingDate: '2026-04-08', paragraph: '§ 41', outcome, changes: '', recordedAt: '2026-04-09T07:30:00.000Z' },
});
const rows = (a: Assessment, file = proposal) => dueItems(file, a).map((d) => [d.kind, d.date, d.itemId ?? null]);

describe('dueItems', () => {
  it('has nothing due while the assessment is not completed: its dates are still a plan', () => {
    const draft = example('library.sv');
    expect(draft.progress.completedAt ?? null).toBeNull();
    expect(dueItems(proposal, draft)).toEqual([]);
    expect(nextDue(proposal, draft, '2030-01-01')).toBeUndefined();
    // Completed: the same dates are due, and overdue once passed.
    expect(nextDue(proposal, completed(draft), '2030-01-01')).toMatchObject({ item: { kind: 'measure', date: '2026-12-15' }, overdue: true });
  });

  it('lists the measures’ due dates and the follow-up date in date order (library example)', () => {
    expect(rows(library)).toEqual([
      ['measure', '2026-12-15', 'm-1'],
      ['measure', '2027-01-15', 'm-3'],
      ['measure', '2027-02-01', 'm-2'],
      ['follow-up', '2027-09-30', null],
    ]);
    expect(dueItems(proposal, library)[0]?.label).toBe('Meröppet med personal två kvällar i veckan');
    expect(dueItems(proposal, library)[3]?.label).toBe('');
  });

  it('reads a service audit the same way (home-care example)', () => {
    expect(rows(completed(example('home-care.sv')), audit)).toEqual([
      ['measure', '2027-02-01', 'i-1'],
      ['measure', '2027-04-01', 'i-2'],
      ['follow-up', '2027-10-31', null],
    ]);
  });

  it('puts the follow-up before measures due the same day, and measures in the user’s order', () => {
    const a = { ...library, answers: { ...library.answers, 'follow-up.when': '2027-01-15' } };
    expect(rows(a).slice(1, 3)).toEqual([
      ['follow-up', '2027-01-15', null],
      ['measure', '2027-01-15', 'm-3'],
    ]);
  });

  it('leaves out a measure without a due date', () => {
    expect(rows(completed(example('primary-care.en'))).map((r) => r[2])).toEqual(['m-3', 'm-1', null]);
  });

  it.each([
    ['a follow-up on the date', '2027-09-30', false],
    ['a follow-up after the date', '2027-10-12', false],
    ['an earlier, interim follow-up', '2027-03-01', true],
  ])('the follow-up date after %s: still due %s', (_label, date, stillDue) => {
    const a = { ...library, followUps: [followUp(date)] };
    expect(dueItems(proposal, a).some((d) => d.kind === 'follow-up')).toBe(stillDue);
  });

  it('drops a measure the latest follow-up records as carried out, keeps one carried out partly or not at all', () => {
    const earlier = followUp('2027-03-01', { measures: [{ itemId: 'm-2', status: 'done', cost: '', note: '' }] });
    const latest = followUp('2027-10-01', {
      measures: [
        { itemId: 'm-1', status: 'done', cost: '', note: '' },
        { itemId: 'm-2', status: 'partly', cost: '', note: '' },
        { itemId: 'm-3', status: 'not', cost: '', note: '' },
      ],
    });
    expect(rows({ ...library, followUps: [earlier, latest] }).map((r) => r[2])).toEqual(['m-3', 'm-2']);
  });

  it('has nothing due once the decision rejected the proposal; a postponed decision keeps the dates', () => {
    expect(dueItems(proposal, decided('rejected'))).toEqual([]);
    expect(rows(decided('postponed'))).toEqual(rows(library));
  });
});

describe('nextDue', () => {
  it.each([
    ['2026-12-14', false],
    ['2026-12-15', false],
    ['2026-12-16', true],
  ])('today %s: the first measure, overdue %s', (today, overdue) => {
    expect(nextDue(proposal, library, today)).toEqual({ item: { kind: 'measure', date: '2026-12-15', itemId: 'm-1', label: 'Meröppet med personal två kvällar i veckan' }, overdue });
  });

  it('is undefined when nothing is due', () => {
    expect(nextDue(proposal, { ...library, answers: {} }, '2027-01-01')).toBeUndefined();
  });
});
