/**
 * Rough sizes, in printed lines (about 40 to a page), used only to decide
 * how the document is split into `<Page>`s (see document.tsx): never for
 * layout itself, so being off by a few lines costs nothing.
 */
import type { Row } from '../assessment/answer-list';
import type { AssessmentResult } from '../assessment/result';
import type { Answer, Part, ReportParts } from './types';

/** About ten pages: the most one `<Page>` should hold (see document.tsx for why). */
export const CHUNK_LINES = 400;
const CHARS_PER_LINE = 90;
/** Table cells are narrower. */
const CHARS_PER_CELL_LINE = 45;

const textLines = (text: string, perLine = CHARS_PER_LINE) => Math.max(1, Math.ceil(text.length / perLine));

/** Lines of answer-list rows: a label and the answer's lines each. */
export function rowLines(rows: Row[]): number {
  return rows.reduce((n, row) => {
    switch (row.kind) {
      case 'heading':
        return n + 2;
      case 'group':
        return n + 2 + row.items.reduce((m, item) => m + 2 + rowLines(item.rows), 0);
      case 'answer':
        return n + 1 + row.value.reduce((m, v) => m + textLines('text' in v ? v.text : ''), 0);
    }
  }, 0);
}

const answersLines = (answers: Answer[], perLine = CHARS_PER_CELL_LINE) => answers.reduce((n, a) => n + 1 + textLines(a.value.join(', '), perLine), 0);
const partLines = <T,>(part: Part<T>, lines: (value: T) => number) => 3 + (part.state === 'shown' ? lines(part.value) : 1);

/** Lines of each body section, by name. */
export function bodyLines(parts: ReportParts, result: AssessmentResult) {
  return {
    knownGaps: result.knownGaps ? 8 + textLines(result.knownGaps.reason) + result.knownGaps.findings.length * 2 : 0,
    proposal: partLines(parts.proposal, (v) => rowLines(v.rows) + (v.alternatives ? v.alternatives.items.reduce((n, i) => n + 2 + rowLines(i.rows), 2) : 0)),
    screening: partLines(parts.screening, (v) => 3 + rowLines(v.rows) + (v.justification ? answersLines([v.justification], CHARS_PER_LINE) : 0)),
    groups: partLines(parts.groups, (v) => v.groups.reduce((n, g) => n + 1 + Math.max(2, answersLines(g.details)), 2) + rowLines(v.rows)),
    consequences: 14 + result.heatmap.groups.length * 2.5,
    evidence: partLines(parts.evidence, (v) => rowLines(v.rows)) + 4 + result.knowledgeGaps.length * 2,
    // One line on a branch without the check (as sections/check.tsx decides).
    check: result.recommendations.some((r) => r.reasons.some((reason) => reason.code === 'check-not-applicable'))
      ? 4
      : 4 + result.recommendations.reduce((n, r) => n + 8 + r.reasons.length * 2 + r.criteria.length * 3 + r.criteria.filter((c) => c.note).length * 4 + (r.suggestions.length + r.findings.length) * 4, 0),
    findings: 4 + result.findings.reduce((n, f) => n + 4 + (f.suggestions?.length ?? 0) * 2, 0),
    measures: partLines(parts.measures, (v) => 2 + v.measures.reduce((n, m) => n + Math.max(2, textLines(m.what, 25)), 0) + rowLines(v.rows)),
    followUp: partLines(parts.followUp, (v) => 6 + v.indicators.reduce((n, i) => n + 1 + Math.max(2, answersLines(i.details)), 0) + answersLines(v.plan)),
    conclusion: partLines(parts.conclusion, (v) => rowLines(v.rows)),
  };
}

/** Consecutive items in runs of at most `max` lines; an item longer than that makes a run of its own. */
export function chunkBy<T>(items: T[], size: (item: T) => number, max = CHUNK_LINES): T[][] {
  const chunks: T[][] = [];
  let current: T[] = [];
  let total = 0;
  for (const item of items) {
    const n = size(item);
    if (current.length && total + n > max) {
      chunks.push(current);
      current = [];
      total = 0;
    }
    current.push(item);
    total += n;
  }
  if (current.length) chunks.push(current);
  return chunks;
}
