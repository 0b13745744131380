// Property tests of the check against the five recommendations (fast-check,
// fixed seeds), over generated assessments of both questionnaires: answers of
// the right type for any question (tests/fixtures/arbitraries.ts), and the
// clean complete assessment with any of its answers changed to any other
// answer of the question's own type. Whatever was answered:
// - no recommendation reads "met" while a serious finding on it is open;
// - a "yes" the answers do not back never counts as met, nor does a dialogue
//   criterion without a dialogue or an indicator criterion with an indicator
//   that has no baseline;
// - every finding (and every reason) cites answers that exist and lie on the
//   branch taken;
// - a finding names only the group factors chosen for its group;
// - the share never rises when a criterion is changed to "don't know", and
//   never exceeds the share of the criteria that count as met or partly.
import * as fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { evaluate } from '../../../src/assessment/evaluate';
import type { AnswerRef, AssessmentResult } from '../../../src/assessment/result';
import type { Answers, AnswerValue, Scalar } from '../../../src/questionnaire/answers';
import { groupItems } from '../../../src/questionnaire/answers';
import type { FieldQuestion, QuestionnaireFile } from '../../../src/questionnaire/schema';
import { stepQuestions, type StepQuestion } from '../../../src/questionnaire/step-questions';
import { visibility } from '../../../src/questionnaire/visibility';
import { allQuestions, staticOptions } from '../../../src/questionnaire/walk';
import { answersFor } from '../../fixtures/arbitraries';
import { auditBase, auditFile, CRITERIA, framework, proposalBase, proposalFile } from '../../fixtures/crafted';

const SEED = 2026;

/** Any answer of the question's own type, option ids from its own options or from the items of its group. */
function scalarOf(file: QuestionnaireFile, q: StepQuestion | FieldQuestion, base: Answers): fc.Arbitrary<Scalar> {
  const source = 'options' in q ? q.options : undefined;
  const ids = typeof source === 'object' && !Array.isArray(source) ? groupItems(base[source.fromGroup]).map((i) => i.id) : (staticOptions(file, q) ?? []).map((o) => o.id);
  switch (q.type) {
    case 'text':
    case 'longtext':
      return fc.constantFrom('', ' ', 'Ett svar', 'Skäl: underlaget visar det.');
    case 'date':
      return fc.constantFrom('', '2027-05-01');
    case 'number':
      return fc.constantFrom('', '0', '12.5');
    case 'single':
    case 'scale':
      return fc.constantFrom('', ...ids);
    case 'multi':
      return fc.subarray(ids);
    case 'group':
      return fc.constant('');
  }
}

/** The clean assessment with any of its answers changed (about one question in four), and items dropped now and then. */
function changed(file: QuestionnaireFile, base: Answers): fc.Arbitrary<Answers> {
  const shape: Record<string, fc.Arbitrary<AnswerValue | null>> = {};
  for (const step of file.steps) {
    for (const q of stepQuestions(step, framework)) {
      let arb: fc.Arbitrary<AnswerValue>;
      if (q.type === 'group') {
        const items = groupItems(base[q.id]);
        const fields = Object.fromEntries(q.fields.map((f) => [f.id, fc.option(scalarOf(file, f, base), { freq: 2 })]));
        arb = fc
          .tuple(fc.subarray(items, { minLength: Math.min(1, items.length) }), fc.array(fc.record(fields), { minLength: items.length, maxLength: items.length }))
          .map(([kept, changes]) =>
            kept.map((item) => {
              const change = changes[items.indexOf(item)]!;
              const values = { ...item.values };
              for (const [k, v] of Object.entries(change)) if (v !== null) values[k] = v;
              return { ...item, values };
            }),
          );
      } else if (step.kind === 'per-item') {
        const ids = groupItems(base[step.of]).map((i) => i.id);
        arb = fc
          .array(fc.option(scalarOf(file, q, base), { freq: 2 }), { minLength: ids.length, maxLength: ids.length })
          .map((values) => {
            const map = { ...((base[q.id] ?? {}) as Record<string, Scalar>) };
            values.forEach((v, i) => {
              if (v !== null) map[ids[i]!] = v;
            });
            return map;
          });
      } else arb = scalarOf(file, q, base);
      shape[q.id] = fc.option(arb, { freq: 4 });
    }
  }
  return fc.record(shape).map((changes) => {
    const out: Answers = { ...base };
    for (const [id, v] of Object.entries(changes)) if (v !== null) out[id] = v;
    return out;
  });
}

interface Subject {
  name: string;
  file: QuestionnaireFile;
  answers: fc.Arbitrary<Answers>;
}

const SUBJECTS: Subject[] = [
  { name: 'proposal, any answers', file: proposalFile, answers: answersFor(proposalFile) },
  { name: 'proposal, the clean one changed', file: proposalFile, answers: fc.constantFrom('full', 'light', 'no-analysis').chain((d) => changed(proposalFile, proposalBase(d))) },
  { name: 'service audit, any answers', file: auditFile, answers: answersFor(auditFile) },
  { name: 'service audit, the clean one changed', file: auditFile, answers: changed(auditFile, auditBase()) },
];

const RUNS = 40;
const run = (file: QuestionnaireFile, answers: Answers) => evaluate(file, framework, { answers });

describe.each(SUBJECTS.map((s) => [s.name, s] as const))('check (properties): %s', (_name, s) => {
  const { file } = s;
  const located = new Map(allQuestions(file).map((l) => [l.question.id, l]));
  const check = file.steps.find((x) => x.kind === 'recommendation-check')!;
  const groupsQuestion = allQuestions(file).find((l) => l.question.type === 'group' && l.question.tags?.includes('affected-groups'))!.question.id;
  const factorsField = allQuestions(file).find((l) => l.group?.id === groupsQuestion && l.question.tags?.includes('group-factors'))!.question.id;

  it('never reads "met" beside an open serious finding', () => {
    fc.assert(
      fc.property(s.answers, (answers) => {
        const r = run(file, answers);
        const problems = r.recommendations.flatMap((rec) => {
          const serious = r.findings.filter((f) => f.severity === 'high' && f.recommendations.includes(rec.id));
          return serious.length && (rec.status === 'met' || rec.status === 'not-relevant') ? [`${rec.id} ${rec.status} beside ${serious.map((f) => f.id).join(', ')}`] : [];
        });
        expect(problems).toEqual([]);
        expect(r.openSerious).toEqual(r.findings.filter((f) => f.severity === 'high').map((f) => f.id));
      }),
      { numRuns: RUNS, seed: SEED },
    );
  });

  it('a "yes" whose declared backing the answers do not show never counts as met', () => {
    fc.assert(
      fc.property(s.answers, (answers) => {
        const r = run(file, answers);
        const v = visibility(file, answers);
        const all = r.recommendations.flatMap((x) => x.criteria);
        const problems = all.flatMap((c) => [
          ...(c.evidence === 'not-shown' && c.counted === 'met' ? [`${c.id}: counted met, not shown`] : []),
          ...(c.evidence === 'not-shown' && (c.answer === 'yes' || c.answer === 'partly') && (c.counted !== 'not-met' || c.note !== 'claimed-not-shown') ? [`${c.id}: ${c.answer} not shown, counted ${c.counted} (${c.note})`] : []),
          ...(c.counted === 'met' && c.answer !== 'yes' ? [`${c.id}: ${c.answer} counted met`] : []),
        ]);
        // Read straight from the answers, not from the engine's evidence.
        const checked = v.step(check);
        const dialogue = allQuestions(file).find((l) => l.question.type === 'group' && l.question.tags?.includes('dialogue'))!.question.id;
        const counted = (id: string) => all.find((c) => c.id === id)!.counted;
        const noDialogue = checked && v.question(dialogue) && groupItems(answers[dialogue]).length === 0;
        if (noDialogue && (counted('r1.citizen-dialogue') === 'met' || counted('r1.citizen-dialogue') === 'partly')) problems.push('a dialogue criterion counts with no dialogue');
        const baseline = (x: Scalar | undefined) => typeof x === 'string' && x.trim() !== '';
        const noBaseline = checked && v.question('follow-up.indicators') && groupItems(answers['follow-up.indicators']).some((i) => !baseline(i.values['follow-up.indicator.baseline']));
        if (noBaseline && (counted('r2.indicators-baseline') === 'met' || counted('r2.indicators-baseline') === 'partly')) problems.push('the indicator criterion counts with an indicator without baseline');
        expect(problems).toEqual([]);
      }),
      { numRuns: RUNS, seed: SEED + 1 },
    );
  });

  it('every finding and reason cites answers that exist, on the branch taken', () => {
    fc.assert(
      fc.property(s.answers, (answers) => {
        const r = run(file, answers);
        const v = visibility(file, answers);
        const visibleSteps = new Set(file.steps.filter((x) => v.step(x)).map((x) => x.id));
        const allItems = new Set(
          [...located.values()].filter((l) => l.question.type === 'group' && v.question(l.question.id)).flatMap((l) => groupItems(answers[l.question.id]).map((i) => i.id)),
        );
        const problems: string[] = [];
        const cite = (ref: AnswerRef, where: string) => {
          const l = located.get(ref.questionId);
          const at = `${where}: ${ref.questionId}${ref.itemId === undefined ? '' : `#${ref.itemId}`}`;
          if (CRITERIA.includes(ref.questionId)) {
            if (ref.stepId !== check.id || !visibleSteps.has(check.id)) problems.push(`${at} cites a criterion off the branch taken`);
          } else if (!l) problems.push(`${at} does not exist`);
          else if (!v.question(ref.questionId) || ref.stepId !== l.step.id) problems.push(`${at} is not on the branch taken (step ${ref.stepId})`);
          if (ref.itemId !== undefined) {
            const own = l?.question.type === 'group' ? groupItems(answers[ref.questionId]).map((i) => i.id) : l?.step.kind === 'per-item' ? groupItems(answers[l.step.of]).map((i) => i.id) : [...allItems];
            if (!own.includes(ref.itemId)) problems.push(`${at}: no such item`);
          }
        };
        for (const f of r.findings) {
          if (!f.refs.length) problems.push(`${f.id} cites nothing`);
          if (!visibleSteps.has(f.stepId)) problems.push(`${f.id} is fixed on step ${f.stepId}, off the branch taken`);
          for (const ref of f.refs) cite(ref, f.id);
        }
        for (const rec of r.recommendations) {
          for (const reason of rec.reasons) for (const ref of reason.refs) cite(ref, `${rec.id} ${reason.code}`);
          for (const c of rec.criteria) for (const reason of c.evidenceReasons) for (const ref of reason.refs) cite(ref, `${c.id} ${reason.code}`);
        }
        for (const gap of r.knowledgeGaps) cite(gap.ref, 'knowledge gap');
        expect(problems).toEqual([]);
      }),
      { numRuns: RUNS, seed: SEED + 2 },
    );
  });

  it('names only the group factors chosen for the group', () => {
    fc.assert(
      fc.property(s.answers, (answers) => {
        const r = run(file, answers);
        const groups = groupItems(answers[groupsQuestion]);
        const problems = r.findings.flatMap((f) => {
          const factors = f.params?.factors;
          if (factors === undefined) return [];
          if (!Array.isArray(factors)) return [`${f.id}: factors is not a list`];
          const group = groups.find((g) => f.id === `${f.code}:${g.id}`);
          if (!group) return [`${f.id} names factors but no group`];
          const chosen = group.values[factorsField];
          return factors.filter((x) => !(Array.isArray(chosen) && chosen.includes(x))).map((x) => `${f.id} names ${x}, not chosen`);
        });
        expect(problems).toEqual([]);
      }),
      { numRuns: RUNS, seed: SEED + 3 },
    );
  });

  it('the share never rises when a criterion is changed to "don\'t know"', () => {
    fc.assert(
      fc.property(s.answers, fc.constantFrom(...CRITERIA), (answers, criterion) => {
        const before = run(file, answers);
        const after = run(file, { ...answers, [criterion]: 'dont-know' });
        const risen = before.recommendations.flatMap((b, i) => {
          const a = after.recommendations[i]!;
          const rose = a.share === null ? b.share !== null : a.share > (b.share ?? 0) + 1e-9;
          return rose ? [`${b.id}: ${b.share} → ${a.share}`] : [];
        });
        expect(risen).toEqual([]);
      }),
      { numRuns: RUNS, seed: SEED + 4 },
    );
  });

  it('no share exceeds the share of the criteria counted as met or partly', () => {
    const scale = file.optionSets[check.kind === 'recommendation-check' ? check.scale : ''] ?? [];
    const scores = scale.flatMap((o) => (o.score === undefined ? [] : [o.score]));
    const best = Math.max(...scores);
    const partly = Math.max(...scores.filter((x) => x > 0 && x < best));
    fc.assert(
      fc.property(s.answers, (answers) => {
        const r: AssessmentResult = run(file, answers);
        const problems = r.recommendations.flatMap((rec) => {
          const counted = rec.criteria.filter((c) => c.counted !== 'excluded');
          const max = counted.reduce((sum, c) => sum + c.weight * best, 0);
          const shown = counted.reduce((sum, c) => sum + c.weight * (c.counted === 'met' ? best : c.counted === 'partly' ? partly : 0), 0);
          if (rec.share === null) return [];
          return rec.share < 0 || rec.share > (max > 0 ? shown / max : 0) + 1e-9 ? [`${rec.id}: ${rec.share} > ${shown}/${max}`] : [];
        });
        expect(problems).toEqual([]);
      }),
      { numRuns: RUNS, seed: SEED + 5 },
    );
  });
});
