// What the check step shows beside each criterion comes from the backing
// checks: every thing a check found, whether it holds, with the counts and
// names a short phrase needs ("2 av 3 grupper har bedömda konsekvenser;
// saknas för …"). Built from crafted answers; each expectation is read off
// the answers the case changes.
import { describe, expect, it } from 'vitest';
import { criterionEvidence } from '../../../src/assessment/backing';
import { createI18n } from '../../../src/i18n';
import type { Language } from '../../../src/i18n/resources';
import { wordFact } from '../../../src/ui/fields/tool-texts';
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

describe('the check step words them as short phrases, naming what they rest on', () => {
  const worded = (lang: Language, answers: Answers, criterion: string) => evidence(answers, criterion).facts.map((f) => wordFact(createI18n(lang).t, lang, f));

  it('"2 av 3 grupper har bedömda konsekvenser", with the group missing and its step', () => {
    const a = perItem(proposalBase(), 'consequences.rating', P_GROUPS[1], 'unknown');
    const name = groupName(a, P_GROUPS[1]);
    expect(worded('sv', a, 'r1.consequences-stated')).toEqual([
      { holds: false, text: `2 av 3 grupper har bedömda konsekvenser; saknas för ”${name}”`, source: `Steg: ${createI18n('sv').t('content:steps.consequences.title')}` },
    ]);
    expect(worded('en', a, 'r1.consequences-stated')[0]!.text).toBe(`Consequences assessed for 2 of 3 groups; missing for “${name}”`);
  });

  it('"Indikatorn saknar utgångsläge" for the one indicator', () => {
    const base = proposalBase();
    const a = field(base, 'follow-up.indicators', firstItem(base, 'follow-up.indicators'), { 'follow-up.indicator.baseline': '', 'follow-up.indicator.name': 'Besök per vecka' });
    expect(worded('sv', a, 'r2.indicators-baseline').map((f) => f.text)).toEqual(['Indikatorn saknar utgångsläge: ”Besök per vecka”']);
    expect(worded('en', a, 'r2.indicators-baseline').map((f) => f.text)).toEqual(['No baseline for the indicator: “Besök per vecka”']);
  });

  it('the follow-up date in each language’s style, and who follows up', () => {
    const a = { ...proposalBase(), 'follow-up.when': '2027-05-31', 'follow-up.who': 'Kultur- och fritidschefen' };
    expect(worded('sv', a, 'r2.follow-up-plan')[0]!.text).toBe('Uppföljning 31 maj 2027, ansvarig: Kultur- och fritidschefen');
    expect(worded('en', a, 'r2.follow-up-plan')[0]!.text).toBe('Follow-up on 31 May 2027, responsible: Kultur- och fritidschefen');
  });

  it('counts the dialogues, singular and plural', () => {
    const a = proposalBase();
    const [first] = groupItems(a['evidence.dialogues']);
    const one = { ...a, 'evidence.dialogues': [first!] };
    const two = { ...a, 'evidence.dialogues': [first!, { id: 'd-2', values: { ...first!.values, 'evidence.dialogue.who': 'Pensionärsrådet' } }] };
    expect(worded('sv', one, 'r1.citizen-dialogue')[0]!.text).toMatch(/^1 dialog registrerad: /);
    expect(worded('sv', two, 'r1.citizen-dialogue')[0]!.text).toMatch(/^2 dialoger registrerade: .*”Pensionärsrådet”$/);
    expect(worded('en', two, 'r1.citizen-dialogue')[0]!.text).toMatch(/^2 dialogues recorded: .*“Pensionärsrådet”$/);
  });
});
