/**
 * What the main report says of the life after the decision: on the cover,
 * who reviewed the assessment (the peer review, a second person's
 * "granskning"), when, and with what outcome, and the decision on record
 * (diarienummer, meeting date, paragraph, outcome, what changed); in the
 * appendix, every round's verdicts by step with the comments and the
 * assessor's replies. Only what was recorded is said; nothing is inferred.
 */
import type { DecisionOutcome } from '../../assessment/after/decision';
import type { ReviewRound, ReviewVerdict, SignOffOutcome } from '../../assessment/after/review';
import { formatDate } from '../text';
import type { ReportProps } from '../types';
import type { Block } from './types';

type Props = Pick<ReportProps, 'review' | 'decisionOnRecord' | 'sections' | 't' | 'lang'>;

const OUTCOME: Record<DecisionOutcome, string> = {
  'as-proposed': 'reviewReport.decision.outcomes.as-proposed',
  amended: 'reviewReport.decision.outcomes.amended',
  rejected: 'reviewReport.decision.outcomes.rejected',
  postponed: 'reviewReport.decision.outcomes.postponed',
};
const SIGNED: Record<SignOffOutcome, string> = {
  approved: 'reviewReport.cover.approved',
  returned: 'reviewReport.cover.returned',
};
const ROUND_SIGNED: Record<SignOffOutcome, string> = {
  approved: 'reviewReport.appendix.approved',
  returned: 'reviewReport.appendix.returned',
};
const VERDICT: Record<ReviewVerdict, string> = {
  acceptable: 'reviewReport.appendix.verdicts.acceptable',
  'needs-improvement': 'reviewReport.appendix.verdicts.needs-improvement',
};

const person = (p: { name: string; role: string }) => [p.name, p.role].filter((s) => s.trim()).join(', ');

/** The cover's lines on the peer review: the latest round's reviewer and where it stands. */
export function reviewFacts({ review = [], t, lang }: Props): Array<{ label: string; value: string }> {
  const round = review.at(-1);
  if (!round) return [];
  const s = round.signOff;
  const reviewer = person(s ?? round.reviewer);
  const outcome = !s
    ? t('reviewReport.cover.underway')
    : s.outcome === 'returned' && round.resubmittedAt
      ? t('reviewReport.cover.resubmitted', { date: formatDate(s.date, lang), resubmitted: formatDate(round.resubmittedAt.slice(0, 10), lang) })
      : t(SIGNED[s.outcome], { date: formatDate(s.date, lang) });
  return [
    { label: t('reviewReport.cover.reviewedBy'), value: reviewer },
    { label: t('reviewReport.cover.outcome'), value: outcome },
  ];
}

/** The decision on record, under its heading, as the fields the user filled in. */
export function decisionOnRecordBlocks({ decisionOnRecord: d, t, lang }: Props): Block[] {
  if (!d) return [];
  const rows: Array<[string, string]> = [
    [t('reviewReport.decision.outcome'), t(OUTCOME[d.outcome])],
    [t('reviewReport.decision.body'), d.body],
    [t('reviewReport.decision.meetingDate'), d.meetingDate ? formatDate(d.meetingDate, lang) : ''],
    [t('reviewReport.decision.paragraph'), d.paragraph],
    [t('reviewReport.decision.caseNumber'), d.caseNumber],
    [t('reviewReport.decision.changes'), d.changes],
  ];
  return [
    { kind: 'heading', level: 2, text: t('reviewReport.decision.heading') },
    { kind: 'facts', rows: rows.filter(([, v]) => v.trim()).map(([label, value]) => ({ label, value })) },
  ];
}

/** The steps in the questionnaire's order (those of the branch taken), then any others the reviewer named. */
function stepOrder(round: ReviewRound, sections: Props['sections']): string[] {
  const order = sections.map((s) => s.stepId);
  const rank = (id: string) => (order.includes(id) ? order.indexOf(id) : order.length);
  return Object.keys(round.steps).sort((a, b) => rank(a) - rank(b));
}

/** The appendix's part on the peer review: each round, oldest first, with each step's verdict, comment and reply. */
export function reviewAppendixBlocks({ review = [], sections, t, lang }: Props): Block[] {
  if (!review.length) return [];
  const blocks: Block[] = [
    { kind: 'heading', level: 2, text: t('reviewReport.appendix.heading') },
    { kind: 'paragraph', role: 'note', text: t('reviewReport.appendix.intro') },
  ];
  review.forEach((round, i) => {
    blocks.push({ kind: 'heading', level: 3, text: t('reviewReport.appendix.round', { n: i + 1, name: person(round.reviewer) }) });
    const s = round.signOff;
    const lines = [
      s ? t(ROUND_SIGNED[s.outcome], { name: person(s), date: formatDate(s.date, lang) }) : t('reviewReport.appendix.notSigned'),
      ...(round.resubmittedAt ? [t('reviewReport.appendix.resubmitted', { date: formatDate(round.resubmittedAt.slice(0, 10), lang) })] : []),
    ];
    blocks.push({ kind: 'paragraph', text: lines.join(' ') });
    const ids = stepOrder(round, sections);
    if (!ids.length) blocks.push({ kind: 'paragraph', role: 'empty', text: t('reviewReport.appendix.noVerdicts') });
    for (const id of ids) {
      const step = round.steps[id]!;
      blocks.push({
        kind: 'box',
        title: t(`content:steps.${id}.title`),
        level: 4,
        blocks: [
          {
            kind: 'facts',
            rows: [
              { label: t('reviewReport.appendix.verdict'), value: t(VERDICT[step.verdict]) },
              { label: t('reviewReport.appendix.comment'), value: step.comment || t('reviewReport.appendix.noComment') },
              ...(step.reply ? [{ label: t('reviewReport.appendix.reply'), value: step.reply.text }] : []),
            ],
          },
        ],
      });
    }
  });
  return blocks;
}
