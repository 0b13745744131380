/**
 * The screen for one step: progress ("Steg 8 av 12 · Grupp 2 av 4"), the
 * step heading with the page on screen (which receives focus when the step
 * or the page changes), its purpose, and its form. On the recommendation
 * check it also works out what the answers accepted so far show for each
 * criterion, for the fields to say beside it.
 */
import { useEffect, useMemo, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { criterionEvidence } from '../../assessment/backing';
import { stepPages, type Page } from '../../machine/pages';
import type { Answers } from '../../questionnaire/answers';
import type { Step } from '../../questionnaire/schema';
import type { StepContextValue } from '../fields/step-context';
import { useTermsFor } from '../glossary/glossary-context';
import { TermsHere } from '../glossary/terms-here';
import { TrainerLink } from '../workshop/trainer-link';
import { ReviewComments } from '../after/review-comments';
import { usePageLabels } from './page-label';
import { StepForm } from './step-form';

interface Props extends StepContextValue {
  step: Step;
  /** The id of the page on screen (the machine's `page`); the step's first page when not given. */
  pageId?: string | null;
  position: number;
  total: number;
  loadDraft: (stepId: string) => Answers | undefined;
  revising: boolean;
  onSubmit: (answers: Answers) => void;
  /** A valid page of a paged step; a screen shown without the machine (a preview) may leave it and `onPageGoto` out. */
  onPageSubmit?: (answers: Answers) => void;
  onPageGoto?: (pageId: string) => void;
  onBack: () => void;
  onDraft: (stepId: string, answers: Answers) => void;
}

const ignore = () => undefined;

/** The step's pages and the one on screen (the first when the machine names none it knows). */
export function usePages(context: StepContextValue, step: Step, pageId: string | null): { pages: Page[]; page: Page } {
  const { file, framework, answers } = context;
  const pages = useMemo(() => stepPages({ file, framework }, answers, step), [file, framework, answers, step]);
  return { pages, page: pages.find((p) => p.id === pageId) ?? pages[0]! };
}

/** The label of the submit button: the page that follows, or saving the step. */
function useSubmitLabel(pages: Page[], page: Page, revising: boolean, labels: ReturnType<typeof usePageLabels>): string {
  const { t } = useTranslation();
  const next = pages[pages.findIndex((p) => p.id === page.id) + 1];
  if (next?.kind === 'item') return t('wizard.nextItem', { title: labels.title(next) });
  if (next?.kind === 'recommendation') return t('wizard.nextRecommendation');
  if (next?.kind === 'overview') return t('wizard.toOverview');
  return revising ? t('wizard.saveAndReturn') : t('wizard.saveAndContinue');
}

export function StepScreen({ step, pageId = null, position, total, loadDraft, revising, onSubmit, onPageSubmit = ignore, onPageGoto = ignore, onBack, onDraft, ...context }: Props) {
  const { t } = useTranslation();
  const heading = useRef<HTMLHeadingElement>(null);
  const termsFor = useTermsFor();
  const { file, framework, answers } = context;
  const { pages, page } = usePages(context, step, pageId);
  const labels = usePageLabels(file, framework, step, answers);
  const submitLabel = useSubmitLabel(pages, page, revising, labels);
  const evidence = useMemo(
    () => (step.kind === 'recommendation-check' ? criterionEvidence(file, framework, answers) : undefined),
    [step.kind, file, framework, answers],
  );
  // Focus moves to the heading on every step or page change (WCAG 2.4.3, and a screen reader reads it),
  // unless an error summary has just taken it (the overview sent the user to a part with errors).
  useEffect(() => {
    if (!document.activeElement?.closest('.error-summary')) heading.current?.focus();
    // oxlint-disable-next-line react/exhaustive-effect-dependencies
  }, [step.id, page.id]);
  const part = labels.headingPart(page);
  const where = labels.position(page);
  return (
    <>
      <p className="progress">
        {t('wizard.progress', { position, total })}
        {where && ` · ${where}`}
      </p>
      <h1 ref={heading} tabIndex={-1}>
        {t(`content:steps.${step.id}.title`)}
        {part && `: ${part}`}
      </h1>
      {page.kind !== 'overview' && <p className="lead">{t(`content:steps.${step.id}.purpose`)}</p>}
      {/* A reviewer's comment on this step, and the assessor's reply (peer review). */}
      <ReviewComments stepId={step.id} />
      <TermsHere ids={termsFor(step.id)} scope="step" />
      <TrainerLink stepId={step.id} />
      <StepForm
        key={step.id}
        step={step}
        pages={pages}
        page={page}
        labels={labels}
        loadDraft={() => loadDraft(step.id)}
        onSubmit={onSubmit}
        onPageSubmit={onPageSubmit}
        onPageGoto={onPageGoto}
        onBack={onBack}
        onDraft={(draft) => onDraft(step.id, draft)}
        submitLabel={submitLabel}
        {...context}
        {...(evidence ? { evidence } : {})}
      />
    </>
  );
}
