/**
 * Drafts (a step's values typed but not yet submitted) when the accepted
 * answers change under them, as a colleague's edits to a shared assessment
 * change them. A draft holds every field of its step, also those the user
 * never touched; left as it is, it would bring back the old value of a field
 * the colleague changed the next time the step opens. So a draft keeps only
 * what the user changed: a value that equals the answer accepted before
 * (an empty value where there was none included) gives way to the new one.
 */
import { sameValue, type Answers, type AnswerValue } from '../questionnaire/answers';
import { isAnswered } from '../questionnaire/visibility';

const unchanged = (draft: AnswerValue, accepted: AnswerValue | undefined) => sameValue(draft, accepted) || (accepted === undefined && !isAnswered(draft));

/** `drafts` measured against the answers accepted `before`, for the answers accepted `after`. */
export function rebaseDrafts(drafts: Record<string, Answers>, before: Answers, after: Answers): Record<string, Answers> {
  if (before === after) return drafts;
  const out: Record<string, Answers> = {};
  for (const [stepId, draft] of Object.entries(drafts)) {
    const own = Object.entries(draft).filter(([id, value]) => !unchanged(value, before[id]) || sameValue(value, after[id]));
    // A draft with nothing of the user's left is no draft: the step opens on the accepted answers.
    if (own.some(([id, value]) => !sameValue(value, after[id]))) out[stepId] = Object.fromEntries(own);
  }
  return out;
}
