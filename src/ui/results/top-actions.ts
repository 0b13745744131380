/**
 * The few things to do first: taken from the open findings' suggestions,
 * the most serious finding first (in the result's order within a severity),
 * one suggestion per finding, never the same advice twice. Pure, so the
 * order can be tested without rendering.
 */
import type { Finding, Severity } from '../../assessment/result';

export interface TopAction {
  finding: Finding;
  /** The suggestion, worded. */
  text: string;
}

const RANK: Record<Severity, number> = { high: 0, medium: 1, low: 2 };

/**
 * Up to `count` actions. `suggest` words a finding's suggestions; a finding
 * whose every suggestion is already listed gives way to the next one.
 */
export function topActions(findings: Finding[], suggest: (finding: Finding) => string[], count = 3): TopAction[] {
  // Array.prototype.sort is stable: findings of one severity keep the result's order.
  const ordered = [...findings].sort((a, b) => RANK[a.severity] - RANK[b.severity]);
  const chosen: TopAction[] = [];
  for (const finding of ordered) {
    if (chosen.length >= count) break;
    const text = suggest(finding).find((s) => s.trim() && !chosen.some((c) => c.text === s));
    if (text) chosen.push({ finding, text });
  }
  return chosen;
}
