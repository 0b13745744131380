// What the check step shows beside each criterion comes from the backing
// checks: every thing a check found, whether it holds, with the counts and
// names a short phrase needs ("2 av 3 grupper har bedömda konsekvenser;
// saknas för …"). Built from crafted answers; each expectation is read off
// the answers the case changes.
import { describe, expect, it } from 'vitest';
import { criterionEvidence } from '../../../src/assessment/backing';
import type { Answers } from '../../../src/questionnaire/answers';
import { groupItems } from '../../../src/questionnaire/answers';
import { field, firstItem, framework, P_GROUPS, perItem, proposalBase, proposalFile } from '../../fixtures/crafted';

const evidence = (answers: Answers, criterion: string) => criterionEvidence(proposalFile, framework, answers).get(criterion)!;
const groupName = (answers: Answers, id: string) => String(groupItems(answers['groups.items']).find((g) => g.id === id)!.values['groups.item.name']);

describe('what the assessment holds, per criterion', () => {
  it('names every recorded dialogue and counts them', () => {
    const a = proposalBase();
    const dialogues = groupItems(a['evidence.dialogues']);
    expect(dialogues.length).toBeGreaterThan(0);
    const e = evidence(a, 'r1.citizen-dialogue');
    expect(e.facts).toEqual([{ holds: true, reason: expect.objectContaining({ code: 'dialogue-recorded', params: { count: dialogues.length, dialogues: dialogues.map((d) => String(d.values['evidence.dialogue.who'])) } }) }]);
    expect(evidence({ ...a, 'evidence.dialogues': [] }, 'r1.citizen-dialogue').facts.map((f) => [f.holds, f.reason.code])).toEqual([[false, 'dialogue-none']]);
  });

  it('counts the groups whose consequences are assessed, and names those that are not', () => {
    const a = perItem(proposalBase(), 'consequences.rating', P_GROUPS[1], 'unknown');
    const e = evidence(a, 'r1.consequences-stated');
    expect(e.proposal).toBe('no');
    expect(e.facts).toHaveLength(1);
    expect(e.facts[0]!.holds).toBe(false);
    expect(e.facts[0]!.reason.code).toBe('consequences-not-assessed');
    expect(e.facts[0]!.reason.params).toEqual({ groups: [groupName(a, P_GROUPS[1])], assessed: P_GROUPS.length - 1, total: P_GROUPS.length });
  });

  it('says how many indicators lack a baseline, of how many, and which', () => {
    const base = proposalBase();
    const indicator = firstItem(base, 'follow-up.indicators');
    const a = field(base, 'follow-up.indicators', indicator, { 'follow-up.indicator.baseline': '' });
    const name = String(groupItems(a['follow-up.indicators'])[0]!.values['follow-up.indicator.name']);
    const e = evidence(a, 'r2.indicators-baseline');
    expect(e.facts.map((f) => [f.holds, f.reason.code, f.reason.params])).toEqual([[false, 'indicator-no-baseline', { indicators: [name], total: 1 }]]);
    // With the baseline, the same indicator is named as complete.
    expect(evidence(base, 'r2.indicators-baseline').facts.map((f) => [f.holds, f.reason.code, f.reason.params])).toEqual([[true, 'indicators-complete', { count: 1, indicators: [name] }]]);
  });

  it('gives the follow-up date and who follows up', () => {
    const a = { ...proposalBase(), 'follow-up.when': '2027-05-31', 'follow-up.who': 'Kultur- och fritidschefen' };
    const [fact] = evidence(a, 'r2.follow-up-plan').facts;
    expect(fact).toEqual({ holds: true, reason: expect.objectContaining({ code: 'follow-up-planned', params: { date: '2027-05-31', owner: 'Kultur- och fritidschefen' } }) });
  });

  it('counts the groups answered on gaps, and names those without an answer', () => {
    const a = perItem(proposalBase(), 'consequences.gaps', P_GROUPS[2], '');
    const [fact] = evidence(a, 'r5.segregation').facts;
    expect(fact!.reason).toMatchObject({ code: 'gaps-not-assessed', params: { groups: [groupName(a, P_GROUPS[2])], answered: 2, total: 3 } });
    expect(evidence(proposalBase(), 'r5.segregation').facts[0]!.reason).toMatchObject({ code: 'gaps-not-widening', params: { count: 3 } });
  });

  it('lists what holds beside what fails, while the reasons keep only what fails', () => {
    const a = { ...proposalBase(), 'children.best-interests': 'yes', 'children.views': 'no' };
    const e = evidence(a, 'r3.best-interests');
    expect(e.facts.map((f) => [f.holds, f.reason.code])).toEqual([
      [true, 'best-interests-assessed'],
      [false, 'children-not-heard'],
    ]);
    expect(e.reasons.map((r) => r.code)).toEqual(['children-not-heard']);
    expect(e.proposal).toBe('no');
  });

  it('lists nothing for a criterion with no backing', () => {
    const e = evidence(proposalBase(), 'r3.family-support');
    expect(e.evidence).toBe('unchecked');
    expect(e.facts).toEqual([]);
  });
});
