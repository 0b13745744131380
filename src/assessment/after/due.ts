/**
 * What an assessment has due, and when: its follow-up date and each
 * measure's due date, as the assessor set them. Pure: `today` is passed in
 * (YYYY-MM-DD in the user's own time zone), so the same file gives the same
 * answer in a test, a report and the start page.
 *
 * What no longer counts as due, as a municipal official would expect it:
 * - the follow-up date, once a follow-up dated on or after it is recorded
 *   (the follow-up asked for has been made; a follow-up dated earlier, an
 *   interim look, does not discharge it);
 * - a measure the latest follow-up records as carried out ("genomförd");
 *   one carried out partly or not at all is still due, and overdue once its
 *   date has passed;
 * - everything, when the decision on record rejected the proposal: there is
 *   nothing to carry out or follow up. A postponed decision keeps its dates,
 *   since the matter is still open;
 * - everything, while the assessment is not completed: its dates are still a
 *   plan being written, and nothing is late that nobody has yet put forward.
 */
import type { Assessment } from '../assessment';
import type { QuestionnaireFile } from '../../questionnaire/schema';
import type { FollowUp } from './follow-up';
import { followUpDateOf, measuresOf } from './refs';

export interface DueItem {
  kind: 'follow-up' | 'measure';
  /** YYYY-MM-DD. */
  date: string;
  /** The measure's item id; absent for the follow-up. */
  itemId?: string;
  /** The measure in the user's words; empty for the follow-up, which the interface names itself. */
  label: string;
}

/** The follow-up with the latest date (the last one recorded on a tie). */
function latest(followUps: FollowUp[]): FollowUp | undefined {
  return followUps.reduce<FollowUp | undefined>((last, f) => (!last || f.date >= last.date ? f : last), undefined);
}

/** Everything still due, in date order (the follow-up before measures on the same day, measures in the user's order). */
export function dueItems(file: QuestionnaireFile, assessment: Assessment): DueItem[] {
  if (assessment.decision?.outcome === 'rejected') return [];
  const completed = assessment.progress.completedAt != null || assessment.progress.phase === 'complete';
  if (!completed) return [];
  const items: DueItem[] = [];
  const followUpDate = followUpDateOf(file, assessment.answers);
  if (followUpDate && !assessment.followUps.some((f) => f.date >= followUpDate)) {
    items.push({ kind: 'follow-up', date: followUpDate, label: '' });
  }
  const last = latest(assessment.followUps);
  for (const measure of measuresOf(file, assessment.answers)) {
    if (!measure.due) continue;
    if (last?.measures.some((m) => m.itemId === measure.itemId && m.status === 'done')) continue;
    items.push({ kind: 'measure', date: measure.due, itemId: measure.itemId, label: measure.what });
  }
  // Array.prototype.sort is stable, so equal dates keep the order above.
  return items.sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
}

/** The first thing due, and whether its date has passed (`today` as YYYY-MM-DD; due today is not overdue). */
export function nextDue(file: QuestionnaireFile, assessment: Assessment, today: string): { item: DueItem; overdue: boolean } | undefined {
  const item = dueItems(file, assessment)[0];
  return item && { item, overdue: item.date < today };
}
