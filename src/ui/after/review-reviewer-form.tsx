/**
 * The reviewer's form in a round of peer review: every step with its
 * answers (read-only) and a verdict, then the sign-off. "Spara" keeps the
 * verdicts so far; "Signera" checks everything and ends the round. A refused
 * submit shows the error summary used on the step forms, which takes focus
 * and links each problem to its field; nothing typed is lost.
 */
import { useEffect, useRef, useState } from 'react';
import { useSubjectTranslation } from '../subject';
import type { Section } from '../../assessment/answer-list';
import type { ReviewRound } from '../../assessment/after/review';
import { ErrorSummary } from '../wizard/error-summary';
import { useAnswerText } from '../wizard/answer-text';
import { ReviewSignOff } from './review-sign-off';
import type { ReviewerDraft } from './form-drafts';
import { checkSignOff, checkVerdicts, reviewerStart, type ReviewError, type SignOffDraft, type VerdictDrafts } from './review-values';
import { ReviewVerdict } from './review-verdict';
import './review.css';
import { ERROR_TEXT } from './review-texts';

interface Props {
  sections: Section[];
  round: ReviewRound;
  /** The round before, whose comments and replies are shown beside each step. */
  earlier?: ReviewRound;
  /** Today as YYYY-MM-DD, the sign-off's date until changed. */
  today: string;
  saving: boolean;
  onSave: (drafts: VerdictDrafts) => void;
  onSignOff: (drafts: VerdictDrafts, signOff: SignOffDraft) => void;
  /** Where the form starts instead of the round as stored (a draft typed earlier and not saved). */
  start?: ReviewerDraft;
  /** Called with the verdicts and the sign-off on every change (the page keeps them until saved). */
  onChange?: (draft: ReviewerDraft) => void;
}

export function ReviewerForm({ sections, round, earlier, today, saving, onSave, onSignOff, start, onChange }: Props) {
  const { t } = useSubjectTranslation();
  const text = useAnswerText();
  const stepIds = sections.map((s) => s.stepId);
  const [initial] = useState(() => start ?? reviewerStart(round, stepIds, today));
  const [drafts, setDrafts] = useState<VerdictDrafts>(initial.verdicts);
  const [signOff, setSignOff] = useState<SignOffDraft>(initial.signOff);
  // Every change after the first render is handed on (the first is what the page gave).
  const changed = useRef(false);
  useEffect(() => {
    if (changed.current) onChange?.({ verdicts: drafts, signOff });
    changed.current = true;
  }, [drafts, signOff, onChange]);
  const [errors, setErrors] = useState<ReviewError[]>([]);
  const [attempt, setAttempt] = useState(0);
  const summary = useRef<HTMLDivElement>(null);
  // Each refused submit moves focus to the summary, even when the errors are the same as before.
  useEffect(() => {
    if (attempt) summary.current?.focus();
  }, [attempt]);

  const titleOf = (stepId: string | undefined) => {
    const s = sections.find((x) => x.stepId === stepId);
    return s ? text(s.title) : '';
  };
  const refuse = (found: ReviewError[]) => {
    setErrors(found);
    setAttempt((n) => n + 1);
  };
  const save = () => {
    const found = checkVerdicts(drafts, stepIds);
    if (found.length) return refuse(found);
    setErrors([]);
    onSave(drafts);
  };
  const sign = () => {
    const found = checkSignOff(drafts, signOff, stepIds);
    if (found.length) return refuse(found);
    setErrors([]);
    onSignOff(drafts, signOff);
  };
  const signOffErrors = Object.fromEntries(errors.filter((e) => e.target.startsWith('peer-review-sign-off-')).map((e) => [e.target.replace('peer-review-sign-off-', ''), e.code]));

  return (
    <form
      className="peer-review-form"
      noValidate
      onSubmit={(e) => {
        e.preventDefault();
        sign();
      }}
    >
      <ErrorSummary ref={summary} errors={errors.map((e) => ({ href: `#${e.target}`, text: t(ERROR_TEXT[e.code], { step: titleOf(e.stepId) }) }))} />
      {sections.map((section) => (
        <ReviewVerdict
          key={section.stepId}
          section={section}
          draft={drafts[section.stepId] ?? { verdict: '', comment: '' }}
          onChange={(d) => setDrafts((all) => ({ ...all, [section.stepId]: d }))}
          {...(earlier?.steps[section.stepId] ? { earlier: earlier.steps[section.stepId] } : {})}
          {...(errors.find((e) => e.stepId === section.stepId) ? { error: errors.find((e) => e.stepId === section.stepId)!.code } : {})}
        />
      ))}
      <div className="peer-review-form__save">
        <p className="hint">{t('peerReview.reviewer.saveHint')}</p>
        <button type="button" className="button--secondary" disabled={saving} onClick={save}>
          {t('peerReview.reviewer.save')}
        </button>
      </div>
      <ReviewSignOff value={signOff} onChange={setSignOff} errors={signOffErrors} />
      <button type="submit" className="button--primary" disabled={saving}>
        {t('peerReview.signOff.submit')}
      </button>
    </form>
  );
}
