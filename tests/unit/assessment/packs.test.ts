// @vitest-environment node
// An assessment and the organisation's question packs (src/assessment/packs.ts):
// a new assessment records the packs in use, an opened one moves to the
// packs this copy has, and nothing a missing or changed pack cannot hold is
// lost: it is set aside, labelled with the pack and the version it was given
// under, and shown with the review's and the report's set-aside answers.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { newAssessment, type Assessment } from '../../../src/assessment/assessment';
import { earlierList } from '../../../src/assessment/earlier-list';
import { exportJson, parseAssessmentJson } from '../../../src/assessment/export-file';
import { adoptPacks, adoptQuestionnaire, packsForNew, withPacks } from '../../../src/assessment/packs';
import { framework, questionnaires } from '../../../src/questionnaire/catalogue';
import { parsePack, type ContentPack } from '../../../src/questionnaire/pack';
import { findQuestion } from '../../../src/questionnaire/walk';
import { formatFixture } from '../../fixtures/formats';

const proposal = questionnaires.find((q) => q.id === 'proposal')!;
const audit = questionnaires.find((q) => q.id === 'service-audit')!;
const raw = () => JSON.parse(readFileSync(resolve(import.meta.dirname, '../../fixtures/org/packs/goals.json'), 'utf8')) as Record<string, unknown>;

function pack(change: (p: Record<string, unknown>) => void = () => undefined): ContentPack {
  const doc = raw();
  change(doc);
  const parsed = parsePack(doc, questionnaires, framework);
  if (!parsed.ok) throw new Error(JSON.stringify(parsed.problems));
  return parsed.value;
}

const goals = pack();
/** Version 2.0.0: the option "housing" and the question "how" are gone. */
const goals2 = pack((p) => {
  p.version = '2.0.0';
  const basics = (p.additions as Array<{ questions: Array<{ id: string; options?: Array<{ id: string }> }> }>)[0]!;
  basics.questions = basics.questions.filter((q) => q.id !== 'norrby.goals.how');
  basics.questions[0]!.options = basics.questions[0]!.options!.filter((o) => o.id !== 'housing');
  for (const lang of ['sv', 'en'] as const) {
    const texts = (p.texts as Record<string, { questions: { norrby: { goals: Record<string, unknown> } }; options: { norrby: { goals: { programme: Record<string, unknown> } } } }>)[lang]!;
    delete texts.questions.norrby.goals.how;
    delete texts.options.norrby.goals.programme.housing;
  }
});

/** An assessment answered with `goals` 1.0.0: two pack answers among the model's own, and one set aside before. */
function answered(): Assessment {
  const a = newAssessment(withPacks(proposal, [goals], [{ id: 'norrby.goals', version: '1.0.0' }]), 'a-1', new Date('2026-12-01T10:00:00Z'), [{ id: 'norrby.goals', version: '1.0.0' }]);
  return {
    ...a,
    answers: {
      'basics.title': 'Nya öppettider',
      'norrby.goals.programme': ['health', 'housing'],
      'norrby.goals.how': 'Fler kan låna på kvällen.',
      'norrby.goals.effect': { 'item-1': 'closer' },
      'proposal.what': 'Biblioteket öppnar senare.',
    },
    earlierAnswers: [{ contentVersion: '0.9.0', answers: { 'proposal.old': 'Ja' } }],
  };
}

describe('the packs of a new assessment', () => {
  it('are every pack in use that adds to its questionnaire, and its questionnaire has their questions', () => {
    const other = pack((p) => {
      p.id = 'norrby.goals';
    });
    expect(packsForNew(proposal, [goals])).toEqual([{ id: 'norrby.goals', version: '1.0.0' }]);
    // The goals pack names only `proposal`.
    expect(packsForNew(audit, [goals, other])).toEqual([]);
    const file = withPacks(proposal, [goals], packsForNew(proposal, [goals]));
    expect(findQuestion(file, 'norrby.goals.programme')).toBeDefined();
    const fresh = newAssessment(file, 'a-2', new Date(), packsForNew(proposal, [goals]));
    expect(fresh.questionnaire).toEqual({ id: 'proposal', contentVersion: proposal.contentVersion, packs: [{ id: 'norrby.goals', version: '1.0.0' }] });
  });

  it('are absent from the file when there are none, so an assessment without packs is stored as before', () => {
    expect('packs' in newAssessment(proposal, 'a-3', new Date()).questionnaire).toBe(false);
  });

  it('apply only in the version recorded', () => {
    expect(findQuestion(withPacks(proposal, [goals2], [{ id: 'norrby.goals', version: '1.0.0' }]), 'norrby.goals.programme')).toBeUndefined();
    expect(findQuestion(withPacks(proposal, [goals2], [{ id: 'norrby.goals', version: '2.0.0' }]), 'norrby.goals.programme')).toBeDefined();
  });
});

describe('an assessment opened where', () => {
  it('the same version of its pack is: nothing changes', () => {
    const a = answered();
    expect(adoptPacks(proposal, framework, [goals], a)).toBe(a);
  });

  it('its pack is missing: the pack is dropped and all its answers set aside, labelled with it; the model’s answers stay', () => {
    const a = answered();
    const out = adoptPacks(proposal, framework, [], a);
    expect(out.questionnaire).toEqual({ id: 'proposal', contentVersion: proposal.contentVersion });
    expect(out.answers).toEqual({ 'basics.title': 'Nya öppettider', 'proposal.what': 'Biblioteket öppnar senare.' });
    expect(out.earlierAnswers).toEqual([
      a.earlierAnswers[0],
      {
        contentVersion: '1.0.0',
        pack: 'norrby.goals',
        answers: { 'norrby.goals.programme': ['health', 'housing'], 'norrby.goals.how': 'Fler kan låna på kvällen.', 'norrby.goals.effect': { 'item-1': 'closer' } },
      },
    ]);
  });

  it('another version of its pack is: it moves to it, and only what that version cannot hold is set aside', () => {
    const out = adoptPacks(proposal, framework, [goals2], answered());
    expect(out.questionnaire.packs).toEqual([{ id: 'norrby.goals', version: '2.0.0' }]);
    expect(out.answers['norrby.goals.programme']).toEqual(['health']);
    expect(out.answers['norrby.goals.effect']).toEqual({ 'item-1': 'closer' });
    expect(out.answers['norrby.goals.how']).toBeUndefined();
    expect(out.earlierAnswers.at(-1)).toEqual({
      contentVersion: '1.0.0',
      pack: 'norrby.goals',
      answers: { 'norrby.goals.programme': ['housing'], 'norrby.goals.how': 'Fler kan låna på kvällen.' },
    });
  });

  it('a pack of the same id no longer adds to its questionnaire: as if it were missing', () => {
    // (Not parsed: what matters here is only whom it names.)
    const elsewhere: ContentPack = { ...goals, version: '3.0.0', questionnaires: ['service-audit'] };
    const out = adoptPacks(proposal, framework, [elsewhere], answered());
    expect(out.questionnaire.packs).toBeUndefined();
    expect(out.earlierAnswers.at(-1)?.pack).toBe('norrby.goals');
  });
});

describe('the v5 fixture, read where the pack is and where it is not', () => {
  const read = () => {
    const parsed = parseAssessmentJson(formatFixture('v5.json'));
    if (!parsed.ok) throw new Error(JSON.stringify(parsed.problems));
    return parsed.value;
  };

  it('with the pack: its answers are on the questionnaire, nothing more is set aside', () => {
    const { assessment, file } = adoptQuestionnaire(proposal, framework, [goals], read());
    expect(findQuestion(file, 'norrby.goals.how')).toBeDefined();
    expect(assessment.earlierAnswers).toEqual(read().earlierAnswers);
    expect(assessment.answers['norrby.goals.how']).toBe(read().answers['norrby.goals.how']);
  });

  it('without it: the answers are listed for the review and the report under the pack, and survive export and import', () => {
    const { assessment, file } = adoptQuestionnaire(proposal, framework, [], read());
    const lists = earlierList(file, assessment.answers, assessment.earlierAnswers);
    const ofPack = lists.filter((l) => l.pack === 'norrby.goals');
    expect(ofPack).toHaveLength(1);
    expect(ofPack[0]!.contentVersion).toBe('1.0.0');
    expect(ofPack[0]!.rows.map((r) => r.id)).toEqual(['norrby.goals.programme', 'norrby.goals.how']);
    // The pack answered before and set aside elsewhere is listed too.
    expect(lists.some((l) => l.pack === 'vasterby.plan' && l.contentVersion === '2.1.0')).toBe(true);
    const again = parseAssessmentJson(exportJson(assessment));
    expect(again.ok && again.value.earlierAnswers).toEqual(assessment.earlierAnswers);
  });
});
