/**
 * What the assessment's own answers show for each criterion of the
 * framework: its declared backing checked (every check must hold), the
 * reasons why, what the tool would answer from that, and whether the
 * criterion applies (`relevantWhen`). `evaluate()` scores with it and the
 * check step shows it beside each criterion before the user answers.
 */
import type { Answers } from '../../questionnaire/answers';
import type { Criterion, Framework, QuestionnaireFile } from '../../questionnaire/schema';
import { createContext, type Ctx } from '../context';
import type { Evidence, Reason } from '../result';
import { runCheck } from './checks';

export interface CriterionEvidence {
  evidence: Evidence;
  /** The answer the answers decide, when they decide it. */
  proposal?: 'yes' | 'no';
  reasons: Reason[];
  /** When a `relevantWhen` check holds: the reasons the criterion applies ("not relevant" is contradicted). */
  relevant?: Reason[];
  /**
   * Everything the backing checks found, each with whether it holds: what
   * the assessment already holds, shown beside the criterion on the check
   * step. Unlike `reasons`, a check that holds is listed beside one that
   * fails, so the user sees both what is there and what is missing.
   */
  facts: Fact[];
}

/** One thing a backing check found in the answers (a reason citing them), and whether it counts for the criterion. */
export interface Fact {
  holds: boolean;
  reason: Reason;
}

/** The evidence of one criterion, in a prepared context. */
export function evidenceOf(ctx: Ctx, criterion: Criterion): CriterionEvidence {
  const outcomes = (criterion.backing ?? []).map((check) => runCheck(ctx, check));
  const decided = outcomes.filter((o) => o.holds !== null);
  const failed = decided.filter((o) => o.holds === false);
  const evidence: Evidence = failed.length ? 'not-shown' : decided.length ? 'shown' : 'unchecked';
  const reasons = (failed.length ? failed : decided).flatMap((o) => o.reasons);
  const relevantWhen = (criterion.relevantWhen ?? []).map((check) => runCheck(ctx, check)).filter((o) => o.holds === true);
  const facts = decided.flatMap((o) => o.reasons.map((reason) => ({ holds: o.holds === true, reason })));
  return {
    evidence,
    ...(evidence === 'shown' ? { proposal: 'yes' as const } : evidence === 'not-shown' ? { proposal: 'no' as const } : {}),
    reasons,
    ...(relevantWhen.length ? { relevant: relevantWhen.flatMap((o) => o.reasons) } : {}),
    facts,
  };
}

/** Every criterion's evidence from the answers accepted so far, by criterion id (for the check step). */
export function criterionEvidence(file: QuestionnaireFile, framework: Framework, answers: Answers): Map<string, CriterionEvidence> {
  const ctx = createContext(file, framework, answers);
  return new Map(framework.recommendations.flatMap((r) => r.criteria.map((c) => [c.id, evidenceOf(ctx, c)] as const)));
}
