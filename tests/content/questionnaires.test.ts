// Content integrity of the shipped model: every file parses and its
// references resolve; shared steps and option sets agree across
// questionnaires; each step asks enough; the recommendations are complete.
import { describe, expect, it } from 'vitest';
import { framework, questionnaires, rawFiles } from '../../src/questionnaire/catalogue';
import { parseFramework, parseQuestionnaire } from '../../src/questionnaire/load';
import type { Step } from '../../src/questionnaire/schema';
import { allQuestions } from '../../src/questionnaire/walk';

describe('shipped questionnaire files', () => {
  it('the framework parses with no problems', () => {
    expect(parseFramework(rawFiles.framework)).toMatchObject({ ok: true });
  });

  it.each(['proposal', 'service-audit'] as const)('%s parses and every reference resolves', (name) => {
    const parsed = parseQuestionnaire(rawFiles[name], framework);
    expect(parsed.ok ? [] : parsed.problems).toEqual([]);
  });

  it('offers the proposal assessment first and the service self-audit second', () => {
    expect(questionnaires.map((q) => q.id)).toEqual(['proposal', 'service-audit']);
  });

  it('has five recommendations, each with 4–6 criteria that carry its prefix', () => {
    expect(framework.recommendations.map((r) => r.id)).toEqual(['r1', 'r2', 'r3', 'r4', 'r5']);
    for (const r of framework.recommendations) {
      expect(r.criteria.length).toBeGreaterThanOrEqual(4);
      expect(r.criteria.length).toBeLessThanOrEqual(6);
      for (const c of r.criteria) expect(c.id.startsWith(`${r.id}.`)).toBe(true);
    }
  });

  it.each(questionnaires.map((q) => [q.id, q] as const))('%s: every step asks at least four questions or fields', (_id, q) => {
    const short = q.steps
      .filter((s): s is Exclude<Step, { kind: 'recommendation-check' }> => s.kind !== 'recommendation-check')
      .map((s) => ({
        step: s.id,
        count: s.questions.reduce((n, question) => n + (question.type === 'group' ? question.fields.length : 1), 0),
      }))
      // The light analysis's evidence in brief is short by design: what is known, what is not, who was asked.
      .filter((s) => s.count < (s.step === 'evidence-brief' ? 3 : 4));
    expect(short).toEqual([]);
  });

  it.each(questionnaires.map((q) => [q.id, q] as const))('%s: has a recommendation check, the basics and a dated follow-up with an owner', (_id, q) => {
    const ids = q.steps.map((s) => s.id);
    expect(ids).toEqual(expect.arrayContaining(['basics', 'check']));
    expect(q.steps.filter((s) => s.kind === 'recommendation-check')).toHaveLength(1);
    // A proposal's follow-up or a service's recurring review: read by tag, whatever the step is called.
    const tags = allQuestions(q).flatMap((l) => l.question.tags ?? []);
    expect(tags).toEqual(expect.arrayContaining(['follow-up-date', 'follow-up-owner']));
    // A follow-up after the decision reads the indicators and measures by these tags (src/assessment/after/refs.ts).
    expect(tags).toEqual(expect.arrayContaining(['indicators', 'indicator-breakdown', 'indicator-baseline', 'indicator-source', 'measures', 'measure-date']));
  });

  it('the self-audit follows the 3R method in order and ends with a recurring review, not a one-off follow-up', () => {
    const audit = questionnaires.find((q) => q.id === 'service-audit')!;
    expect(audit.subject).toBe('service');
    expect(audit.steps.map((s) => s.id)).toEqual([
      'basics', 'service', 'representation', 'resources', 'norms', 'barriers', 'check', 'improvements', 'review', 'conclusion',
    ]);
    const tags = allQuestions(audit).flatMap((l) => l.question.tags ?? []);
    expect(tags).toEqual(expect.arrayContaining(['review-frequency', 'share-users', 'share-need', 'representation-basis', 'audit-action', 'children-not-relevant-reason']));
  });

  it('the proposal follows the handbook model in order, with screening deciding the depth', () => {
    const proposal = questionnaires.find((q) => q.id === 'proposal')!;
    expect(proposal.steps.map((s) => s.id)).toEqual([
      'basics', 'proposal', 'screening', 'groups', 'children', 'evidence', 'evidence-brief', 'consequences', 'check', 'measures', 'follow-up', 'summary',
    ]);
    const conditioned = proposal.steps.filter((s) => s.showIf).map((s) => s.id);
    expect(conditioned).toEqual(expect.arrayContaining(['groups', 'children', 'evidence', 'evidence-brief', 'consequences', 'check', 'measures']));
  });

  it('steps that two questionnaires share are identical apart from when they are shown', () => {
    const byId = new Map<string, string>();
    const mismatches: string[] = [];
    for (const q of questionnaires) {
      for (const { showIf: _ignored, ...step } of q.steps) {
        const text = JSON.stringify(step);
        const seen = byId.get(step.id);
        if (seen !== undefined && seen !== text) mismatches.push(`${q.id}: ${step.id}`);
        byId.set(step.id, text);
      }
    }
    expect(mismatches).toEqual([]);
  });

  it('option sets that two questionnaires share are identical', () => {
    const byId = new Map<string, string>();
    const mismatches: string[] = [];
    for (const q of questionnaires) {
      for (const [id, options] of Object.entries(q.optionSets)) {
        const text = JSON.stringify(options);
        if (byId.has(id) && byId.get(id) !== text) mismatches.push(`${q.id}: ${id}`);
        byId.set(id, text);
      }
    }
    expect(mismatches).toEqual([]);
  });

  it('question and option ids carry their step’s prefix, so answers stay readable', () => {
    const offending: string[] = [];
    for (const q of questionnaires) {
      for (const step of q.steps) {
        if (step.kind === 'recommendation-check') continue;
        for (const question of step.questions) {
          if (!question.id.startsWith(`${step.id}.`)) offending.push(question.id);
        }
      }
    }
    expect(offending).toEqual([]);
  });
});
