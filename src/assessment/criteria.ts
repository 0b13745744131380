/**
 * Scoring the check against the five recommendations. Every criterion has
 * two sources: what the user judged (the option chosen) and what the
 * assessment shows (its declared backing, see ./backing). What counts:
 * - "yes"/"partly" count only when the answers do not contradict them: a
 *   claim the backing does not show counts as not met ("claimed, not
 *   shown"); a "yes" with nothing to check it against and no justification
 *   counts as "partly" until the user says why;
 * - "don't know" and no answer count as not met (a knowledge gap is a gap);
 * - "not relevant" is left out only with a justification; without one it
 *   counts as not met, and where the assessment says the criterion applies
 *   it is refused: it counts as not met, raised as a finding beside the
 *   user's reason.
 * The weighted share of what counts decides the status through the
 * framework's thresholds, so a percentage never exceeds what was shown.
 */
import type { Scalar } from '../questionnaire/answers';
import type { Option, Recommendation } from '../questionnaire/schema';
import { JUSTIFICATION } from '../questionnaire/step-questions';
import { evidenceOf } from './backing';
import type { Ctx } from './context';
import type { Counted, CriterionAnswer, CriterionNote, CriterionResult, Reason, Status } from './result';

/** The role of an option of the criterion scale: by its tags, else by its score relative to the best. */
function role(option: Option | undefined, best: number): CriterionAnswer {
  if (!option) return 'not-answered';
  if (option.tags?.includes('not-relevant')) return 'not-relevant';
  if (option.tags?.includes('dont-know') || option.score === undefined) return 'dont-know';
  if (option.score >= best) return 'yes';
  return option.score <= 0 ? 'no' : 'partly';
}

/**
 * The option of the criterion scale that gives `answer` (the tool's
 * proposal, "yes" or "no"), for setting a rating to it; the first such
 * option in the scale's order.
 */
export function scaleOption(scale: readonly Option[], answer: 'yes' | 'no'): Option | undefined {
  const best = Math.max(0, ...scale.map((o) => o.score ?? 0));
  return scale.find((o) => role(o, best) === answer);
}

/**
 * True when a criterion answered "yes" has no words of its own because the
 * assessment shows it (its backing holds): the evidence is its
 * justification, and every reader prints the evidence in its place rather
 * than an empty justification. "Not relevant" always needs words.
 */
export function justifiedByEvidence(c: Pick<CriterionResult, 'answer' | 'evidence' | 'justification'>): boolean {
  return c.answer === 'yes' && c.evidence === 'shown' && !c.justification;
}

export interface Scored {
  criteria: CriterionResult[];
  share: number | null;
  status: Status;
  reasons: Reason[];
}

const REASON_OF_NOTE: Record<CriterionNote, string> = {
  'claimed-not-shown': 'criterion-claimed-not-shown',
  'justification-missing': 'criterion-unjustified',
  'dont-know': 'criterion-dont-know',
  'not-relevant-unjustified': 'criterion-not-relevant-unjustified',
  'not-relevant-contradicted': 'criterion-not-relevant-contradicted',
  'not-answered': '',
};

/** Scores one recommendation's criteria. `applies` is false when the check step is not on the branch taken. */
export function scoreRecommendation(ctx: Ctx, recommendation: Recommendation, applies: boolean): Scored {
  const check = ctx.file.steps.find((s) => s.kind === 'recommendation-check');
  const scale = check?.kind === 'recommendation-check' ? (ctx.file.optionSets[check.scale] ?? []) : [];
  const best = Math.max(0, ...scale.map((o) => o.score ?? 0));
  const partlyScore = Math.max(0, ...scale.filter((o) => o.score !== undefined && o.score > 0 && o.score < best).map((o) => o.score!));
  const criteria = recommendation.criteria.map((c): CriterionResult => {
    const value = applies ? (ctx.answers[c.id] as Scalar | undefined) : undefined;
    const option = typeof value === 'string' ? scale.find((o) => o.id === value) : undefined;
    const answer = role(option, best);
    const why = applies ? ctx.answers[`${c.id}${JUSTIFICATION}`] : undefined;
    const justification = typeof why === 'string' && why.trim() ? why.trim() : undefined;
    const found = evidenceOf(ctx, c);
    const counted = (as: Counted, score: number | null, note?: CriterionNote): CriterionResult => ({
      id: c.id,
      weight: c.weight,
      answer,
      evidence: found.evidence,
      // Beside a refused "not relevant", what shows that the criterion applies.
      evidenceReasons: note === 'not-relevant-contradicted' && found.relevant ? found.relevant : found.reasons,
      ...(found.proposal ? { proposal: found.proposal } : {}),
      counted: as,
      ...(note ? { note } : {}),
      score,
      ...(justification ? { justification } : {}),
    });
    switch (answer) {
      case 'yes':
      case 'partly':
        if (found.evidence === 'not-shown') return counted('not-met', 0, 'claimed-not-shown');
        if (answer === 'yes' && found.evidence === 'unchecked' && !justification) return counted('partly', partlyScore, 'justification-missing');
        return counted(answer === 'yes' ? 'met' : 'partly', option?.score ?? 0);
      case 'no':
        return counted('not-met', option?.score ?? 0);
      case 'dont-know':
        return counted('not-met', 0, 'dont-know');
      case 'not-relevant':
        if (!justification) return counted('not-met', 0, 'not-relevant-unjustified');
        // Where the answers say the criterion applies, "not relevant" is refused: it counts as not met, and the reason stands beside the finding.
        return found.relevant ? counted('not-met', 0, 'not-relevant-contradicted') : counted('excluded', null);
      case 'not-answered':
        return counted('not-met', 0, 'not-answered');
    }
  });

  const ref = (id: string) => ({ stepId: check?.id ?? '', questionId: id });
  const reasons: Reason[] = [];
  if (!applies) {
    reasons.push({ code: 'check-not-applicable', refs: [] });
    return { criteria: criteria.map((c) => ({ ...c, counted: 'excluded', score: null })), share: null, status: 'not-answered', reasons };
  }
  const answered = criteria.filter((c) => c.answer !== 'not-answered');
  if (!answered.length) return { criteria, share: null, status: 'not-answered', reasons: [{ code: 'criteria-unanswered', params: { count: criteria.length }, refs: [] }] };

  const scored = criteria.filter((c) => c.score !== null);
  const count = (x: Counted) => criteria.filter((c) => c.counted === x).length;
  reasons.push({
    code: 'criteria-summary',
    params: { met: count('met'), partly: count('partly'), not: count('not-met'), excluded: count('excluded'), total: criteria.length },
    refs: criteria.map((c) => ref(c.id)),
  });
  for (const c of criteria) {
    const note = c.note ? REASON_OF_NOTE[c.note] : '';
    if (note) reasons.push({ code: note, params: { criterion: c.id }, refs: [ref(c.id), ...c.evidenceReasons.flatMap((r) => r.refs)] });
    else if (c.answer === 'no') reasons.push({ code: 'criterion-not-met', params: { criterion: c.id }, refs: [ref(c.id)] });
    else if (c.answer === 'partly') reasons.push({ code: 'criterion-partly', params: { criterion: c.id }, refs: [ref(c.id)] });
  }
  const unanswered = criteria.filter((c) => c.note === 'not-answered').length;
  if (unanswered) reasons.push({ code: 'criteria-unanswered', params: { count: unanswered }, refs: [] });

  if (!scored.length) {
    reasons.push({ code: 'all-not-relevant', refs: criteria.map((c) => ref(c.id)) });
    return { criteria, share: null, status: 'not-relevant', reasons };
  }
  const max = scored.reduce((sum, c) => sum + c.weight * best, 0);
  const earned = scored.reduce((sum, c) => sum + c.weight * (c.score ?? 0), 0);
  const share = max > 0 ? earned / max : 0;
  const { met, partly } = ctx.framework.thresholds;
  const status: Status = share >= met ? 'met' : share >= partly ? 'partly' : 'not-met';
  return { criteria, share, status, reasons };
}
