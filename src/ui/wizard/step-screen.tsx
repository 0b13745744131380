/**
 * The screen for one step: progress ("Steg 4 av 10"), the step heading
 * (which receives focus when the step changes), its purpose, and its form.
 * On the recommendation check it also works out what the answers accepted
 * so far show for each criterion, for the fields to say beside it.
 */
import { useEffect, useMemo, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { criterionEvidence } from '../../assessment/backing';
import type { Answers } from '../../questionnaire/answers';
import type { Step } from '../../questionnaire/schema';
import type { StepContextValue } from '../fields/step-context';
import { useTermsFor } from '../glossary/glossary-context';
import { TermsHere } from '../glossary/terms-here';
import { FacilitatorNotes } from '../workshop/facilitator-notes';
import { StepForm } from './step-form';

interface Props extends StepContextValue {
  step: Step;
  position: number;
  total: number;
  loadDraft: (stepId: string) => Answers | undefined;
  revising: boolean;
  onSubmit: (answers: Answers) => void;
  onBack: () => void;
  onDraft: (stepId: string, answers: Answers) => void;
}

export function StepScreen({ step, position, total, loadDraft, revising, onSubmit, onBack, onDraft, ...context }: Props) {
  const { t } = useTranslation();
  const heading = useRef<HTMLHeadingElement>(null);
  const termsFor = useTermsFor();
  const { file, framework, answers } = context;
  const evidence = useMemo(
    () => (step.kind === 'recommendation-check' ? criterionEvidence(file, framework, answers) : undefined),
    [step.kind, file, framework, answers],
  );
  // Focus moves to the heading on every step change (WCAG 2.4.3, and a screen reader reads it).
  // oxlint-disable-next-line react/exhaustive-effect-dependencies
  useEffect(() => heading.current?.focus(), [step.id]);
  return (
    <>
      <p className="progress">{t('wizard.progress', { position, total })}</p>
      <h1 ref={heading} tabIndex={-1}>
        {t(`content:steps.${step.id}.title`)}
      </h1>
      <p className="lead">{t(`content:steps.${step.id}.purpose`)}</p>
      <TermsHere ids={termsFor(step.id)} scope="step" />
      <FacilitatorNotes stepId={step.id} />
      <StepForm
        key={step.id}
        step={step}
        loadDraft={() => loadDraft(step.id)}
        onSubmit={onSubmit}
        onBack={onBack}
        onDraft={(draft) => onDraft(step.id, draft)}
        submitLabel={revising ? t('wizard.saveAndReturn') : t('wizard.saveAndContinue')}
        {...context}
        {...(evidence ? { evidence } : {})}
      />
    </>
  );
}
