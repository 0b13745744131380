/**
 * `evaluate()`: one pure pass from a questionnaire and an assessment's
 * answers to the `AssessmentResult` that every reader uses. For each of the
 * five recommendations: the criteria scored from two sources, what the user
 * judged and what the answers show (./criteria.ts, ./backing); the rules'
 * findings (one finding per root cause, naming every recommendation it
 * touches); reasons that cite the answers; suggestions for the gaps. An
 * open serious or important finding holds a recommendation's status at
 * "partly met" at best, so no reader ever shows "met" beside a problem
 * still to fix (a minor one does not).
 */
import type { Answers } from '../questionnaire/answers';
import type { Framework, QuestionnaireFile } from '../questionnaire/schema';
import { createContext, perItem, type Ctx } from './context';
import { scoreRecommendation } from './criteria';
import { knowledgeGaps } from './knowledge-gaps';
import { overallJudgement } from './overall-judgement';
import { representationRows } from './representation';
import { single } from './facts';
import type { AssessmentResult, Finding, KnownGaps, RecommendationResult, Severity, Status } from './result';
import { ruleBarriers } from './rules/barriers';
import { ruleCumulative } from './rules/cumulative';
import { ruleGender } from './rules/gender';
import { ruleGroups } from './rules/groups';
import { ruleJudgement } from './rules/judgement';
import { ruleLawfulness } from './rules/lawfulness';
import { ruleMinorities } from './rules/minorities';
import { ruleR1 } from './rules/r1';
import { ruleR2 } from './rules/r2';
import { ruleR3 } from './rules/r3';
import { ruleRepresentation } from './rules/representation';
import { ruleResources } from './rules/resources';
import { finding, type RuleOutcome } from './rules/shared';

/** The rules, each reading the answers by tag; each finding names the recommendations it concerns. */
export const RULES: ReadonlyArray<(ctx: Ctx) => RuleOutcome> = [
  ruleGroups,
  ruleLawfulness,
  ruleR1,
  ruleR2,
  ruleR3,
  ruleMinorities,
  ruleCumulative,
  ruleGender,
  ruleRepresentation,
  ruleBarriers,
  ruleResources,
];

const SEVERITY: Record<Severity, number> = { high: 0, medium: 1, low: 2 };

export function evaluate(file: QuestionnaireFile, framework: Framework, assessment: { answers: Answers }): AssessmentResult {
  const ctx = createContext(file, framework, assessment.answers);
  const check = file.steps.find((s) => s.kind === 'recommendation-check');
  const checkApplies = check !== undefined && ctx.visible.step(check);
  const stepOrder = new Map(file.steps.map((s, i) => [s.id, i]));

  const outcomes = RULES.map((rule) => rule(ctx));
  const scoredAll = framework.recommendations.map((r) => ({ r, scored: scoreRecommendation(ctx, r, checkApplies) }));
  // "Not relevant", with a reason, where the answers say the criterion applies: the reason stands beside the finding.
  const contradicted = scoredAll.flatMap(({ r, scored }) =>
    scored.criteria
      .filter((c) => c.note === 'not-relevant-contradicted')
      .map((c) =>
        finding('not-relevant-contradicted', 'medium', [r.id], check?.id ?? '', [{ stepId: check?.id ?? '', questionId: c.id, value: 'not-relevant' }, ...c.evidenceReasons.flatMap((x) => x.refs)], { criterion: c.id, justification: c.justification ?? '' }, [c.id]),
      ),
  );
  const ruled = [...outcomes.flatMap((o) => o.findings), ...contradicted];
  const findings = [...ruled, ...ruleJudgement(ctx, ruled)].sort(
    (a, b) => SEVERITY[a.severity] - SEVERITY[b.severity] || (stepOrder.get(a.stepId) ?? 0) - (stepOrder.get(b.stepId) ?? 0) || a.id.localeCompare(b.id),
  );

  const recommendations = scoredAll.map(({ r, scored }): RecommendationResult => {
    const own = findings.filter((f) => f.recommendations.includes(r.id));
    const open = own.filter((f) => f.severity !== 'low');
    const serious = own.filter((f) => f.severity === 'high');
    const ruleReasons = outcomes.flatMap((o) => o.reasons.filter((x) => x.recommendation === r.id).map((x) => ({ code: x.code, refs: x.refs, ...(x.params ? { params: x.params } : {}) })));
    const reasons = [...scored.reasons, ...ruleReasons];
    if (open.length) reasons.push({ code: 'open-findings', params: { count: open.length }, refs: open.flatMap((f) => f.refs) });
    // A problem left open outweighs any tally of criteria: "met" never stands beside a serious or an
    // important finding, and a serious one also stands against "not relevant".
    const cap: Partial<Record<Status, Status>> = serious.length ? { met: 'partly', 'not-relevant': 'not-met' } : open.length ? { met: 'partly' } : {};
    const capped = cap[scored.status] !== undefined;
    const holding = serious.length ? serious : open;
    if (capped) reasons.push({ code: 'capped-by-finding', params: { count: holding.length }, refs: holding.flatMap((f) => f.refs) });
    const suggestions = scored.criteria.filter((c) => c.counted === 'not-met' || c.counted === 'partly').map((c) => c.id);
    const steps = [...new Set([...(suggestions.length && check ? [check.id] : []), ...own.map((f) => f.stepId)])].sort(
      (a, b) => (stepOrder.get(a) ?? 0) - (stepOrder.get(b) ?? 0),
    );
    return {
      id: r.id,
      status: capped ? cap[scored.status]! : scored.status,
      share: scored.share,
      capped,
      criteria: scored.criteria,
      reasons,
      suggestions,
      findings: own.map((f) => f.id),
      steps,
    };
  });

  const outcome = ctx.first('screening-outcome');
  const depthTag = outcome ? ctx.optionTags(outcome.located, outcome.value).find((t) => ['no-analysis', 'light', 'full'].includes(t)) : undefined;
  const openSerious = findings.filter((f) => f.severity === 'high').map((f) => f.id);

  return {
    questionnaire: { id: file.id, contentVersion: file.contentVersion },
    framework: { id: framework.id, contentVersion: framework.contentVersion },
    depth: (depthTag as AssessmentResult['depth']) ?? null,
    recommendations,
    findings: findings as Finding[],
    knowledgeGaps: knowledgeGaps(ctx, checkApplies),
    judgement: overallJudgement(ctx, findings),
    knownGaps: knownGaps(ctx, openSerious),
    openSerious,
    representation: representationRows(ctx),
    heatmap: heatmap(ctx),
  };
}

/** The user's reason for completing with serious findings open, when both are there. */
function knownGaps(ctx: Ctx, openSerious: string[]): KnownGaps | null {
  const reason = single(ctx, 'known-gaps-reason');
  if (!reason?.text || !openSerious.length) return null;
  return { reason: reason.text, ref: reason.ref, findings: openSerious };
}

/** Affected groups × consequence dimensions, with each effect's score. */
function heatmap(ctx: Ctx): AssessmentResult['heatmap'] {
  const groups = ctx.items('affected-groups');
  const dimensions = ctx.tagged('consequence-dimension').filter((l) => l.step.kind === 'per-item');
  return {
    groups: groups.map((g) => ({ id: g.id, title: g.title })),
    dimensions: dimensions.map((d) => d.question.id),
    cells: groups.flatMap((g) =>
      dimensions.map((d) => {
        const v = perItem(ctx.answers, d.question.id, g.id);
        const option = typeof v === 'string' && v ? ctx.option(d, v) : undefined;
        return {
          groupId: g.id,
          dimension: d.question.id,
          value: option?.score ?? null,
          ...(option ? { option: option.id } : {}),
        };
      }),
    ),
  };
}
