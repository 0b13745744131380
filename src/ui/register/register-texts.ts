/**
 * What each cell of a register line says, in the reader's language. Whole
 * keys, not built from parts: each text can then be found where it is used,
 * and a new phase, outcome or status without a text fails the typecheck.
 */
import type { DecisionOutcome } from '../../assessment/after/decision';
import type { PeerReviewStatus } from '../../assessment/after/review-state';
import { shortDate } from '../../i18n/dates';
import type { Language } from '../../i18n/languages';
import { withSubject, type SubjectContext } from '../../i18n/subject';
import type { RegisterLine } from '../../sync/register';
import type { Column } from './register-model';

/** What the table needs to know of each questionnaire a line may name. */
export interface RegisterQuestionnaire {
  id: string;
  /** `service` for an audit of a service: its peer review is a "kvalitetsgranskning". */
  subject: SubjectContext;
  /** The question tagged `overall-judgement`, whose options the line's judgement names. */
  judgementQuestion?: string;
}

export const COLUMN_KEYS: Record<Column, string> = {
  title: 'register.columns.title',
  questionnaire: 'register.columns.questionnaire',
  phase: 'register.columns.phase',
  judgement: 'register.columns.judgement',
  review: 'register.columns.review',
  decision: 'register.columns.decision',
  next: 'register.columns.next',
  updated: 'register.columns.updated',
};

const PHASE_KEYS: Record<Exclude<RegisterLine['phase'], 'complete'>, string> = {
  start: 'register.phase.start',
  answering: 'register.phase.answering',
  revising: 'register.phase.revising',
  review: 'register.phase.review',
};
const REVIEW_KEYS: Record<PeerReviewStatus, string> = {
  none: 'register.reviewState.none',
  'in-review': 'register.reviewState.in-review',
  returned: 'register.reviewState.returned',
  resubmitted: 'register.reviewState.resubmitted',
  approved: 'register.reviewState.approved',
};
const OUTCOME_KEYS: Record<DecisionOutcome, string> = {
  'as-proposed': 'register.outcomes.as-proposed',
  amended: 'register.outcomes.amended',
  rejected: 'register.outcomes.rejected',
  postponed: 'register.outcomes.postponed',
};

/** A translation function, as useTranslation gives it. */
export type Translate = (key: string, options?: Record<string, unknown>) => string;

export interface LineTexts {
  t: Translate;
  lang: Language;
  today: string;
  questionnaires: readonly RegisterQuestionnaire[];
}

const questionnaireOf = (ctx: LineTexts, line: RegisterLine) => ctx.questionnaires.find((q) => q.id === line.questionnaire.id);
const subjectT = (ctx: LineTexts, line: RegisterLine) => withSubject(ctx.t, questionnaireOf(ctx, line)?.subject);

/** The line's title as a sentence names it: quoted, or "an assessment without a name". */
export function titleRef(ctx: LineTexts, line: RegisterLine): string {
  return line.title ? ctx.t('register.quoted', { title: line.title }) : subjectT(ctx, line)('register.untitledRef');
}

/** The text the column shows for the line (what the reader sees, also what text columns sort by). */
export function cellText(ctx: LineTexts, line: RegisterLine, column: Column): string {
  const { t, lang } = ctx;
  switch (column) {
    case 'title':
      return line.title || t('register.untitled');
    case 'questionnaire':
      return t(`content:questionnaires.${line.questionnaire.id}.title`, { defaultValue: line.questionnaire.id });
    case 'phase':
      if (line.phase !== 'complete') return t(PHASE_KEYS[line.phase]);
      return line.completedAt ? t('register.phase.complete', { date: shortDate(line.completedAt, lang) }) : t('register.phase.completeUndated');
    case 'judgement': {
      const question = questionnaireOf(ctx, line)?.judgementQuestion;
      if (!line.judgement) return t('register.noJudgement');
      // An option this copy does not know (a newer questionnaire) is shown by its id rather than not at all.
      return question ? t(`content:options.${question}.${line.judgement}`, { defaultValue: line.judgement }) : line.judgement;
    }
    case 'review':
      return subjectT(ctx, line)(REVIEW_KEYS[line.review]);
    case 'decision': {
      const d = line.decision;
      if (!d) return t('register.noDecision');
      const values = { outcome: t(OUTCOME_KEYS[d.outcome as DecisionOutcome] ?? d.outcome), date: shortDate(d.meetingDate, lang), caseNumber: d.caseNumber };
      return d.caseNumber ? t('register.decision', values) : t('register.decisionNoCase', values);
    }
    case 'next': {
      const next = line.next;
      if (!next) return t('register.next.none');
      const values = { date: shortDate(next.date, lang), label: next.label };
      // Overdue is said in words, not by the cell's weight alone.
      const overdue = next.date < ctx.today;
      if (next.kind === 'follow-up') return overdue ? t('register.next.followUpOverdue', values) : t('register.next.followUp', values);
      if (next.label) return overdue ? t('register.next.measureOverdue', values) : t('register.next.measure', values);
      return overdue ? t('register.next.measureUnnamedOverdue', values) : t('register.next.measureUnnamed', values);
    }
    case 'updated':
      return shortDate(line.updatedAt, lang);
  }
}

/** The sentence above the table on what the line has due (overdue or soon). */
export function dueSentence(ctx: LineTexts, line: RegisterLine, overdue: boolean): string {
  const next = line.next;
  if (!next) return '';
  const values = { title: titleRef(ctx, line), date: shortDate(next.date, ctx.lang), label: next.label };
  const { t } = ctx;
  if (next.kind === 'follow-up') return overdue ? t('register.dueNext.followUpOverdue', values) : t('register.dueNext.followUpSoon', values);
  if (next.label) return overdue ? t('register.dueNext.measureOverdue', values) : t('register.dueNext.measureSoon', values);
  return overdue ? t('register.dueNext.measureUnnamedOverdue', values) : t('register.dueNext.measureUnnamedSoon', values);
}
