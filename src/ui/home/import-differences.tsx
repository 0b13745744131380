/**
 * What differs between a file being imported and the stored copy of the
 * same assessment, as sentences: which copy was changed last, the steps
 * whose answers differ (by title), review rounds, comments, replies and
 * sign-offs, the decision, the follow-ups, and anything else. Every
 * sentence is built from what the two copies hold; nothing is merged.
 * For an audit of a service the review is a "kvalitetsgranskning", since
 * there the user's own work is already called a "granskning".
 */
import { useTranslation } from 'react-i18next';
import type { Decision, DecisionOutcome } from '../../assessment/after/decision';
import type { SignOff, SignOffOutcome } from '../../assessment/after/review';
import type { Differences, OtherDifference } from '../../assessment/differences';
import { shortDate, dateTime } from '../../i18n/dates';
import { isLanguage, type Language } from '../../i18n/languages';
import { withSubject, type SubjectContext } from '../../i18n/subject';

type T = ReturnType<typeof useTranslation>['t'];

// Whole keys, not built from parts: each text can be found where it is used, and a new value without a
// text fails the typecheck.
const SIGN_OFF_KEYS: Record<SignOffOutcome, string> = { approved: 'importDiff.signOffOutcomes.approved', returned: 'importDiff.signOffOutcomes.returned' };
const DECISION_KEYS: Record<DecisionOutcome, string> = {
  'as-proposed': 'importDiff.decisionOutcomes.as-proposed',
  amended: 'importDiff.decisionOutcomes.amended',
  rejected: 'importDiff.decisionOutcomes.rejected',
  postponed: 'importDiff.decisionOutcomes.postponed',
};
const PART_KEYS: Record<OtherDifference, string> = {
  name: 'importDiff.parts.name',
  completion: 'importDiff.parts.completion',
  progress: 'importDiff.parts.progress',
  drafts: 'importDiff.parts.drafts',
  'earlier-answers': 'importDiff.parts.earlier-answers',
  'other-answers': 'importDiff.parts.other-answers',
  'content-version': 'importDiff.parts.content-version',
};

/** The differences with what the assessment's questionnaire assesses (src/app/saved-data.ts sets it). */
export type DifferencesOfSubject = Differences & { subject?: SubjectContext };

/** The i18next context of the import's texts on these differences (`importDiff.same` among them). */
export function differencesContext(d: DifferencesOfSubject): SubjectContext {
  return d.subject;
}

function joined(lang: Language, parts: string[]): string {
  return new Intl.ListFormat(lang, { type: 'conjunction' }).format(parts);
}

/** The sentences listing what differs, in the order a reader checks them. */
export function differenceLines(d: Differences, t: T, lang: Language, stepTitle: (id: string) => string): string[] {
  const lines: string[] = [];
  const steps = (ids: string[]) => joined(lang, ids.map(stepTitle));
  const when = (iso: string) => dateTime(iso, lang, { year: true });
  const day = (date: string) => shortDate(date, lang);
  if (d.steps.length) lines.push(t('importDiff.steps', { count: d.steps.length, steps: steps(d.steps) }));
  for (const r of d.review.roundsInFile) {
    lines.push(t(r.reviewer.trim() ? 'importDiff.roundInFile' : 'importDiff.roundInFileUnnamed', { number: r.number, reviewer: r.reviewer.trim(), date: when(r.startedAt) }));
  }
  for (const r of d.review.roundsHere) {
    lines.push(t(r.reviewer.trim() ? 'importDiff.roundHere' : 'importDiff.roundHereUnnamed', { number: r.number, reviewer: r.reviewer.trim(), date: when(r.startedAt) }));
  }
  if (d.review.comments.length) lines.push(t('importDiff.comments', { count: d.review.comments.length, steps: steps(d.review.comments) }));
  if (d.review.replies.length) lines.push(t('importDiff.replies', { count: d.review.replies.length, steps: steps(d.review.replies) }));
  const signed = (s: SignOff) => t('importDiff.signOffBrief', { outcome: t(SIGN_OFF_KEYS[s.outcome]), date: day(s.date) });
  for (const s of d.review.signOffs) {
    if (s.side === 'both' && s.file && s.here) lines.push(t('importDiff.signOffBoth', { number: s.number, file: signed(s.file), here: signed(s.here) }));
    else if (s.side === 'file' && s.file) lines.push(t('importDiff.signOffInFile', { number: s.number, signOff: signed(s.file) }));
    else if (s.here) lines.push(t('importDiff.signOffHere', { number: s.number, signOff: signed(s.here) }));
  }
  for (const number of d.review.resubmitted) lines.push(t('importDiff.resubmitted', { number }));
  const decided = (x: Decision) =>
    t(x.caseNumber.trim() ? 'importDiff.decisionBrief' : 'importDiff.decisionBriefNoCase', {
      outcome: t(DECISION_KEYS[x.outcome]),
      date: day(x.meetingDate),
      caseNumber: x.caseNumber.trim(),
    });
  const decision = d.decision;
  if (decision?.side === 'file' && decision.file) lines.push(t('importDiff.decisionInFile', { decision: decided(decision.file) }));
  if (decision?.side === 'here' && decision.here) lines.push(t('importDiff.decisionHere', { decision: decided(decision.here) }));
  if (decision?.side === 'both' && decision.file && decision.here) lines.push(t('importDiff.decisionBoth', { file: decided(decision.file), here: decided(decision.here) }));
  for (const f of d.followUps.inFile) lines.push(t('importDiff.followUpInFile', { date: day(f.date) }));
  for (const f of d.followUps.here) lines.push(t('importDiff.followUpHere', { date: day(f.date) }));
  for (const f of d.followUps.changed) lines.push(t('importDiff.followUpChanged', { date: day(f.date) }));
  if (d.other.length) lines.push(t('importDiff.other', { parts: joined(lang, d.other.map((o) => t(PART_KEYS[o]))) }));
  return lines;
}

export function ImportDifferences({ differences: d, fileName }: { differences: DifferencesOfSubject; fileName: string }) {
  const { t: translate, i18n } = useTranslation();
  const t = withSubject(translate, d.subject);
  const lang = isLanguage(i18n.language) ? i18n.language : 'sv';
  // A step the questionnaire no longer has (a comment on it may remain) is named by its id.
  const stepTitle = (id: string) => (i18n.exists(`content:steps.${id}.title`) ? t(`content:steps.${id}.title`) : `”${id}”`);
  const when = (iso: string) => dateTime(iso, lang, { year: true });
  const newer =
    d.newer === 'same'
      ? t('importDiff.newerSame', { date: when(d.fileUpdatedAt) })
      : t(d.newer === 'file' ? 'importDiff.newerFile' : 'importDiff.newerHere', { file: fileName, fileDate: when(d.fileUpdatedAt), hereDate: when(d.hereUpdatedAt) });
  return (
    <>
      <p>{newer}</p>
      <ul className="import__differences">
        {differenceLines(d, t, lang, stepTitle).map((line, i) => (
          <li key={i}>{line}</li>
        ))}
      </ul>
    </>
  );
}
