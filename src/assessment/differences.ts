/**
 * What differs between the assessment stored here and a file of the same
 * assessment (the same id) being imported: the assessor's copy and the
 * reviewer's copy travel apart and may both have changed. Nothing is merged
 * here or anywhere: the start page shows these differences and the user
 * chooses (keep both, replace, cancel). Pure: ids and the users' own words
 * only; the screen names the steps and writes the sentences.
 *
 * Not counted as content: `origin` (where this copy came from, set by the
 * import itself), `revision` (this browser's save counter) and `updatedAt`
 * (only used to say which copy is newer), and where the user stands in the
 * wizard (`progress.stepId`, `progress.page`).
 */
import { sameValue, type Answers } from '../questionnaire/answers';
import type { Framework, QuestionnaireFile } from '../questionnaire/schema';
import { stepQuestions } from '../questionnaire/step-questions';
import type { Assessment } from './assessment';
import type { Decision } from './after/decision';
import type { FollowUp } from './after/follow-up';
import type { ReviewRound, SignOff } from './after/review';

/** Which copy was changed last: the file, the one stored here, or neither (the same time and revision). */
export type Newer = 'file' | 'here' | 'same';

/** Something that is in one copy only, or in both but not alike. */
export type Side = 'file' | 'here' | 'both';

export interface RoundSummary {
  /** Position among the rounds, from 1 (oldest). */
  number: number;
  reviewer: string;
  startedAt: string;
}

export interface SignOffDifference {
  /** The round's position, from 1. */
  number: number;
  /** `file`: signed off in the file only; `here`: only here; `both`: signed off in both, differently. */
  side: Side;
  file?: SignOff;
  here?: SignOff;
}

export interface ReviewDifferences {
  /** Rounds the file has beyond those stored here (a reviewer began a new round). */
  roundsInFile: RoundSummary[];
  /** Rounds stored here beyond those in the file. */
  roundsHere: RoundSummary[];
  /** Steps whose verdict or comment differs in a round both copies have, by step id (each once, in step order where known). */
  comments: string[];
  /** Steps whose reply to a comment differs in a round both copies have. */
  replies: string[];
  signOffs: SignOffDifference[];
  /** Rounds both have where one was sent back for another look and the other was not (or at another time), by position. */
  resubmitted: number[];
}

export interface DecisionDifference {
  side: Side;
  file?: Decision;
  here?: Decision;
}

export interface FollowUpSummary {
  id: string;
  date: string;
}

export interface FollowUpDifferences {
  inFile: FollowUpSummary[];
  here: FollowUpSummary[];
  /** In both (the same id) but with different content; the file's date. */
  changed: FollowUpSummary[];
}

/** Other parts of the assessment that differ, named so the screen can list them. */
export type OtherDifference = 'name' | 'completion' | 'progress' | 'drafts' | 'earlier-answers' | 'other-answers' | 'content-version';

export interface Differences {
  /** True when nothing listed below differs: importing the file would change nothing. */
  identical: boolean;
  newer: Newer;
  fileUpdatedAt: string;
  hereUpdatedAt: string;
  /** Steps whose answers differ, by step id, in the questionnaire's order. */
  steps: string[];
  review: ReviewDifferences;
  decision?: DecisionDifference;
  followUps: FollowUpDifferences;
  other: OtherDifference[];
}

function changedKeys(a: Answers, b: Answers): Set<string> {
  const keys = new Set([...Object.keys(a), ...Object.keys(b)]);
  return new Set([...keys].filter((k) => !sameValue(a[k], b[k])));
}

/** The steps (in order) whose answers differ, and whether answers under ids no step asks differ too. */
function stepDifferences(file: QuestionnaireFile, framework: Framework, a: Answers, b: Answers): { steps: string[]; other: boolean } {
  const changed = changedKeys(a, b);
  const steps: string[] = [];
  for (const step of file.steps) {
    const ids = stepQuestions(step, framework).map((q) => q.id);
    if (ids.some((id) => changed.has(id))) steps.push(step.id);
    for (const id of ids) changed.delete(id);
  }
  return { steps, other: changed.size > 0 };
}

const summary = (round: ReviewRound, index: number): RoundSummary => ({ number: index + 1, reviewer: round.reviewer.name, startedAt: round.startedAt });

/** Step ids in the questionnaire's order first, then any the questionnaire does not have, each once. */
function inStepOrder(file: QuestionnaireFile, ids: Set<string>): string[] {
  const known = file.steps.map((s) => s.id).filter((id) => ids.has(id));
  return [...known, ...[...ids].filter((id) => !known.includes(id))];
}

function side<T>(file: T | undefined, here: T | undefined): Side | undefined {
  if (file === undefined && here === undefined) return undefined;
  if (here === undefined) return 'file';
  if (file === undefined) return 'here';
  return sameValue(file, here) ? undefined : 'both';
}

function reviewDifferences(q: QuestionnaireFile, file: ReviewRound[], here: ReviewRound[]): ReviewDifferences {
  const comments = new Set<string>();
  const replies = new Set<string>();
  const signOffs: SignOffDifference[] = [];
  const resubmitted: number[] = [];
  // Rounds are only ever added at the end, so the same position is the same round.
  const common = Math.min(file.length, here.length);
  for (let i = 0; i < common; i += 1) {
    const f = file[i]!;
    const h = here[i]!;
    for (const stepId of new Set([...Object.keys(f.steps), ...Object.keys(h.steps)])) {
      const fs = f.steps[stepId];
      const hs = h.steps[stepId];
      if (fs?.verdict !== hs?.verdict || fs?.comment !== hs?.comment) comments.add(stepId);
      if (!sameValue(fs?.reply, hs?.reply)) replies.add(stepId);
    }
    const signed = side(f.signOff, h.signOff);
    if (signed) signOffs.push({ number: i + 1, side: signed, ...(f.signOff ? { file: f.signOff } : {}), ...(h.signOff ? { here: h.signOff } : {}) });
    if (f.resubmittedAt !== h.resubmittedAt) resubmitted.push(i + 1);
  }
  // Who reviews, when and from which revision are set when a round begins: if they differ, the rounds are not the same one.
  const sameStart = file.slice(0, common).every((f, i) => sameValue(f.reviewer, here[i]!.reviewer) && f.startedAt === here[i]!.startedAt && f.revision === here[i]!.revision);
  return {
    // Rounds begun apart at the same position are listed as each copy's own, never paired up.
    roundsInFile: (sameStart ? file.slice(common) : file).map((r, i) => summary(r, sameStart ? common + i : i)),
    roundsHere: (sameStart ? here.slice(common) : here).map((r, i) => summary(r, sameStart ? common + i : i)),
    comments: sameStart ? inStepOrder(q, comments) : [],
    replies: sameStart ? inStepOrder(q, replies) : [],
    signOffs: sameStart ? signOffs : [],
    resubmitted: sameStart ? resubmitted : [],
  };
}

function followUpDifferences(file: FollowUp[], here: FollowUp[]): FollowUpDifferences {
  const byId = (list: FollowUp[], id: string) => list.find((f) => f.id === id);
  const brief = (f: FollowUp): FollowUpSummary => ({ id: f.id, date: f.date });
  return {
    inFile: file.filter((f) => !byId(here, f.id)).map(brief),
    here: here.filter((h) => !byId(file, h.id)).map(brief),
    changed: file.filter((f) => {
      const h = byId(here, f.id);
      return h !== undefined && !sameValue(f, h);
    }).map(brief),
  };
}

/** Which copy is newer: the later `updatedAt` (ISO 8601 compares as text), then the higher revision. */
function newerOf(file: Assessment, here: Assessment): Newer {
  if (file.updatedAt !== here.updatedAt) return file.updatedAt > here.updatedAt ? 'file' : 'here';
  if (file.revision !== here.revision) return file.revision > here.revision ? 'file' : 'here';
  return 'same';
}

/** What the file (`incoming`) has that differs from the assessment stored here (`here`). */
export function assessmentDifferences(questionnaire: QuestionnaireFile, framework: Framework, incoming: Assessment, here: Assessment): Differences {
  const answers = stepDifferences(questionnaire, framework, incoming.answers, here.answers);
  const review = reviewDifferences(questionnaire, incoming.review, here.review);
  const decisionSide = side(incoming.decision, here.decision);
  const followUps = followUpDifferences(incoming.followUps, here.followUps);
  const other: OtherDifference[] = [];
  if (incoming.name !== here.name) other.push('name');
  if ((incoming.progress.completedAt ?? null) !== (here.progress.completedAt ?? null)) other.push('completion');
  const { stepId: _fs, page: _fp, completedAt: _fc, ...fileProgress } = incoming.progress;
  const { stepId: _hs, page: _hp, completedAt: _hc, ...hereProgress } = here.progress;
  if (!sameValue(fileProgress, hereProgress)) other.push('progress');
  if (!sameValue(incoming.drafts, here.drafts)) other.push('drafts');
  if (!sameValue(incoming.earlierAnswers, here.earlierAnswers)) other.push('earlier-answers');
  if (answers.other) other.push('other-answers');
  if (incoming.questionnaire.contentVersion !== here.questionnaire.contentVersion) other.push('content-version');
  const reviewDiffers =
    review.roundsInFile.length + review.roundsHere.length + review.comments.length + review.replies.length + review.signOffs.length + review.resubmitted.length > 0;
  const followUpsDiffer = followUps.inFile.length + followUps.here.length + followUps.changed.length > 0;
  return {
    identical: answers.steps.length === 0 && !reviewDiffers && decisionSide === undefined && !followUpsDiffer && other.length === 0,
    newer: newerOf(incoming, here),
    fileUpdatedAt: incoming.updatedAt,
    hereUpdatedAt: here.updatedAt,
    steps: answers.steps,
    review,
    ...(decisionSide
      ? { decision: { side: decisionSide, ...(incoming.decision ? { file: incoming.decision } : {}), ...(here.decision ? { here: here.decision } : {}) } }
      : {}),
    followUps,
    other,
  };
}
