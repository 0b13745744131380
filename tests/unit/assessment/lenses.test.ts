// Rule tests for the lenses: national minorities and the Sami, cumulative
// effects and the sex breakdown (proposal), under-representation, barriers by
// contact channel, resources against need and the conclusion (self-audit).
// Each finding fires from the answers that describe its problem, and does not
// fire once the answers resolve it.
import { describe, expect, it } from 'vitest';
import { evaluate } from '../../../src/assessment/evaluate';
import type { AssessmentResult } from '../../../src/assessment/result';
import type { Answers } from '../../../src/questionnaire/answers';
import { cleanAnswers, file as proposal, framework, setItemField, setPerItem } from '../../fixtures/clean-answers';
import { auditBase, auditBarrier, auditFile, field } from '../../fixtures/crafted';

const runProposal = (answers: Answers) => evaluate(proposal, framework, { answers });
const runAudit = (answers: Answers) => evaluate(auditFile, framework, { answers });
const found = (r: AssessmentResult, code: string) => r.findings.filter((f) => f.code === code).map((f) => [f.id, f.severity, f.recommendations]);
const status = (r: AssessmentResult, id: string) => r.recommendations.find((x) => x.id === id)!.status;
const MEASURE = 'm-1';
/** The proposal's one measure addresses only `groups`. */
const addresses = (a: Answers, groups: string[]) => setItemField(a, 'measures.items', MEASURE, 'measures.item.addresses', groups);

describe('national minorities and the Sami', () => {
  const minorities = (values: string[], extra: Answers = {}) => runProposal({ ...cleanAnswers(), 'groups.minorities': values, ...extra });

  it('a national minority affected and no consultation: an important finding on recommendation 1, citing both answers', () => {
    for (const answer of ['no', 'dont-know', '']) {
      const r = minorities(['roma', 'tornedalians'], { 'groups.minority-consultation': answer });
      expect(found(r, 'minority-consultation-missing'), answer).toEqual([['minority-consultation-missing', 'medium', ['r1']]]);
      expect(r.findings.find((f) => f.code === 'minority-consultation-missing')!.refs.map((x) => x.questionId)).toEqual(['groups.minorities', 'groups.minority-consultation']);
      expect(status(r, 'r1')).toBe('partly');
    }
  });

  it('a consultation held or planned resolves it; so do no minority and "don\'t know" which minority (a knowledge gap, not a finding)', () => {
    for (const answer of ['yes', 'planned']) expect(found(minorities(['roma'], { 'groups.minority-consultation': answer }), 'minority-consultation-missing')).toEqual([]);
    for (const values of [['none'], ['dont-know'], []]) expect(found(minorities(values, { 'groups.minority-consultation': 'no' }), 'minority-consultation-missing')).toEqual([]);
  });

  it('the Sami affected and no consultation with Sami representatives: a serious finding that holds recommendation 1 below met', () => {
    for (const answer of ['no', 'dont-know', '']) {
      const r = minorities(['sami'], { 'groups.minority-consultation': 'yes', 'groups.sami-consultation': answer });
      expect(found(r, 'sami-consultation-missing'), answer).toEqual([['sami-consultation-missing', 'high', ['r1']]]);
      expect(r.openSerious).toContain('sami-consultation-missing');
      expect(status(r, 'r1')).toBe('partly');
    }
  });

  it('a Sami consultation held or planned, or a matter of no particular importance to the Sami, resolves it', () => {
    for (const answer of ['yes', 'planned', 'not-particular']) {
      const r = minorities(['sami'], { 'groups.minority-consultation': 'yes', 'groups.sami-consultation': answer });
      expect(r.findings.map((f) => f.code), answer).toEqual([]);
    }
  });

  it('both missing are two findings, one per duty', () => {
    const r = minorities(['sami', 'sweden-finns'], { 'groups.minority-consultation': 'no', 'groups.sami-consultation': 'no' });
    expect(r.findings.map((f) => f.code).sort()).toEqual(['minority-consultation-missing', 'sami-consultation-missing']);
  });
});

describe('cumulative effects', () => {
  it('a group hit by other changes in the same period, with no measure for it: one finding for that group', () => {
    const r = runProposal(addresses(setPerItem(cleanAnswers(), 'consequences.cumulative', 'g-2', 'yes'), ['g-1', 'g-3']));
    expect(found(r, 'cumulative-effects')).toEqual([['cumulative-effects:g-2', 'medium', ['r1']]]);
    expect(r.findings.find((f) => f.code === 'cumulative-effects')!.params).toEqual({ group: 'Barn i årskurs 4–6' });
  });

  it('names recommendation 5 too when the group also gets worse on access', () => {
    let a = setPerItem(cleanAnswers(), 'consequences.cumulative', 'g-2', 'yes');
    a = setPerItem(a, 'consequences.access-time', 'g-2', 'worse');
    const r = runProposal(addresses(a, ['g-1', 'g-3']));
    expect(found(r, 'cumulative-effects')).toEqual([['cumulative-effects:g-2', 'medium', ['r1', 'r5']]]);
  });

  it('a measure for the group, or no other change ("no", "don\'t know"), raises nothing', () => {
    expect(found(runProposal(setPerItem(cleanAnswers(), 'consequences.cumulative', 'g-2', 'yes')), 'cumulative-effects')).toEqual([]);
    for (const answer of ['no', 'dont-know']) {
      expect(found(runProposal(addresses(setPerItem(cleanAnswers(), 'consequences.cumulative', 'g-2', answer), ['g-1', 'g-3'])), 'cumulative-effects')).toEqual([]);
    }
  });
});

describe('the sex breakdown', () => {
  it('groups whose data is not broken down by sex, or not known to be: one minor finding on recommendation 2 listing them', () => {
    const r = runProposal(setPerItem(setPerItem(cleanAnswers(), 'consequences.sex-data', 'g-1', 'no'), 'consequences.sex-data', 'g-3', 'dont-know'));
    expect(found(r, 'gender-breakdown-unknown')).toEqual([['gender-breakdown-unknown', 'low', ['r2']]]);
    const f = r.findings.find((x) => x.code === 'gender-breakdown-unknown')!;
    expect(f.params).toEqual({ groups: ['Äldre utan dator', 'Unga vuxna'] });
    expect(f.refs.map((x) => [x.questionId, x.itemId, x.value])).toEqual([
      ['consequences.sex-data', 'g-1', 'no'],
      ['consequences.sex-data', 'g-3', 'dont-know'],
    ]);
    // A minor finding does not hold the recommendation below met.
    expect(status(r, 'r2')).toBe('met');
  });

  it('broken down fully or partly raises nothing', () => {
    expect(found(runProposal(setPerItem(cleanAnswers(), 'consequences.sex-data', 'g-1', 'partly')), 'gender-breakdown-unknown')).toEqual([]);
    expect(found(runProposal(cleanAnswers()), 'gender-breakdown-unknown')).toEqual([]);
  });
});

describe('the self-audit', () => {
  const shares = (a: Answers, group: string, users: string, need: string) => field(a, 'representation.groups', group, { 'representation.group.users-share': users, 'representation.group.need-share': need });
  /** No improvement addresses `group` (the base's one improvement addresses a-1 only). */
  const none = (a: Answers) => ({ ...a, 'improvements.items': [] });

  it('under-represented: serious without an improvement for the group, important with one; the ratio is a parameter', () => {
    const a = shares(auditBase(), 'a-1', '4', '9');
    const withImprovement = runAudit(a);
    expect(found(withImprovement, 'under-represented')).toEqual([['under-represented:a-1', 'medium', ['r1', 'r5']]]);
    const params = withImprovement.findings.find((f) => f.code === 'under-represented')!.params;
    expect(params).toMatchObject({ group: 'Äldre med rullator', usersShare: 4, needShare: 9 });
    expect(params?.ratio).toBeCloseTo(4 / 9, 10);
    const without = runAudit(none(a));
    expect(found(without, 'under-represented')).toEqual([['under-represented:a-1', 'high', ['r1', 'r5']]]);
    // Judging the service equitable beside it contradicts the audit's own figures.
    expect(without.findings.map((f) => f.code)).toContain('judgement-contradicts-findings');
    expect(found(runAudit({ ...none(a), 'conclusion.judgement': 'unequal' }), 'judgement-contradicts-findings')).toEqual([]);
  });

  it('a ratio at the threshold (four fifths) or above, or a share missing, is not under-represented', () => {
    expect(found(runAudit(shares(auditBase(), 'a-1', '8', '10')), 'under-represented')).toEqual([]);
    expect(found(runAudit(shares(auditBase(), 'a-1', '12,5', '10')), 'under-represented')).toEqual([]);
    expect(found(runAudit(shares(auditBase(), 'a-1', '4', '')), 'under-represented')).toEqual([]);
    expect(found(runAudit(shares(auditBase(), 'a-1', '4', '0')), 'under-represented')).toEqual([]);
  });

  it('resources against need: serious with no improvement recorded, important with improvements, nothing when resources follow need', () => {
    const inverse = { ...auditBase(), 'resources.in-proportion': 'less-where-need' };
    expect(found(runAudit(inverse), 'resources-against-need')).toEqual([['resources-against-need', 'medium', ['r1', 'r5']]]);
    const without = runAudit(none(inverse));
    expect(found(without, 'resources-against-need')).toEqual([['resources-against-need', 'high', ['r1', 'r5']]]);
    expect(without.findings.map((f) => f.code)).toContain('judgement-contradicts-findings');
    for (const answer of ['more-where-need', 'equal', 'dont-know']) {
      expect(found(runAudit(none({ ...auditBase(), 'resources.in-proportion': answer })), 'resources-against-need'), answer).toEqual([]);
    }
  });

  it('a contact channel that shuts a group out (phone only), with no improvement for it: serious, on access, with the channel\'s suggestions', () => {
    const a = field({ ...auditBase(), 'barriers.items': [auditBarrier('b-9', 'Bara telefon', 'channel-phone', ['a-3'])] }, 'barriers.items', 'b-9', { 'barriers.item.severity': 'excludes' });
    const r = runAudit(a);
    expect(found(r, 'barrier-excludes-unaddressed')).toEqual([['barrier-excludes-unaddressed:b-9', 'high', ['r1', 'r5']]]);
    const f = r.findings.find((x) => x.code === 'barrier-excludes-unaddressed')!;
    expect(f.params).toEqual({ barrier: 'Bara telefon', groups: ['Nyanlända'], dimensions: ['dimension-channel'] });
    expect(f.suggestions).toEqual(['channel-more-ways', 'channel-contact-out']);
    // An improvement that addresses the group resolves it.
    const improved = field(a, 'improvements.items', 'i-1', { 'improvements.item.addresses': ['a-1', 'a-3'] });
    expect(found(runAudit(improved), 'barrier-excludes-unaddressed')).toEqual([]);
  });

  it('a barrier whose severity is unknown raises no finding (it is a knowledge gap)', () => {
    const a = field(none(auditBase()), 'barriers.items', 'b-1', { 'barriers.item.severity': 'dont-know' });
    const r = runAudit(a);
    expect(found(r, 'barrier-excludes-unaddressed')).toEqual([]);
    expect(r.knowledgeGaps.map((g) => [g.ref.questionId, g.ref.itemId])).toContainEqual(['barriers.item.severity', 'b-1']);
  });
});
