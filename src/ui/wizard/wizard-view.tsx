/**
 * The assessment screen: the step list, and the current phase (intro, a
 * step, review or complete). It gets everything as props from the app
 * layer, which owns the machine and storage.
 */
import { useEffect, useRef, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { Section } from '../../assessment/answer-list';
import type { EarlierList } from '../../assessment/earlier-list';
import type { StepStatus } from '../../machine/navigation';
import { stepPages } from '../../machine/pages';
import type { Answers } from '../../questionnaire/answers';
import type { Framework, QuestionnaireFile, Step } from '../../questionnaire/schema';
import { StepList } from './step-list';
import { usePageLabels } from './page-label';
import { StepScreen } from './step-screen';
import { subjectContext } from '../../i18n/subject';
import { Subject } from '../subject';
import { ReviewScreen, type CompletionCheck } from './review-screen';
import { ResetForNextGroup } from '../workshop/reset-next-group';
import { useWorkshop } from '../workshop/workshop-context';

export type Phase = 'start' | 'answering' | 'revising' | 'review' | 'complete';

export interface WizardViewProps {
  file: QuestionnaireFile;
  framework: Framework;
  phase: Phase;
  step: Step | undefined;
  /** The page on screen within the step (the machine's `page`). */
  page: string | null;
  applicable: Step[];
  /** Steps that apply or may still apply (for the progress count). */
  expected: Step[];
  statuses: Record<string, StepStatus>;
  reached: string[];
  answers: Answers;
  loadDraft: (stepId: string) => Answers | undefined;
  sections: Section[];
  /** Answers set aside from earlier questionnaire versions (review and complete). */
  earlier: EarlierList[];
  newId: () => string;
  send: {
    start: () => void;
    submit: (answers: Answers) => void;
    /** One page of a paged step, valid: the step's values. */
    submitPage: (answers: Answers) => void;
    /** Another page of the step on screen. */
    gotoPage: (pageId: string) => void;
    back: () => void;
    goto: (stepId: string) => void;
    /** Completes; with the reason for completing while serious findings are open, when asked for. */
    complete: (reason?: string) => void;
    reopen: () => void;
  };
  onDraft: (stepId: string, answers: Answers) => void;
  pdfButton: ReactNode;
  /** The decision text, folded on the review page under the download buttons. */
  decisionText?: ReactNode;
  /** Actions offered on the questionnaire's intro page (sharing a case before work starts). */
  startActions?: ReactNode;
  saveStatus: ReactNode;
  /** The open serious findings and where the reason for completing anyway goes (review and complete). */
  completion?: CompletionCheck;
  /** Findings (high and medium) per step, marked in the step list. */
  gaps: Record<string, number>;
  /** The results page, shown instead of the current phase when given. */
  results?: ReactNode;
  showingResults: boolean;
  onResults: () => void;
  /** Clears the answers and keeps the case (offered in workshop mode). */
  onResetForNextGroup?: () => Promise<void>;
  /** Downloads the assessment as a file: offered before a reset, which removes the answers. */
  onSaveFile?: () => void;
}

export function WizardView(props: WizardViewProps) {
  const { t } = useTranslation();
  const { file, phase, step, applicable, statuses, reached, send } = props;
  const position = step ? props.expected.findIndex((s) => s.id === step.id) + 1 : 0;
  const total = props.expected.length;
  const [announcement, setAnnouncement] = useState('');
  const first = useRef(true);
  const workshop = useWorkshop();
  const labels = usePageLabels(file, props.framework, step, props.answers);
  const pages = step ? stepPages({ file, framework: props.framework }, props.answers, step) : [];
  const page = pages.find((p) => p.id === props.page) ?? pages[0];
  const part = page && labels.headingPart(page);

  // Announce each step and page change politely (the heading also receives focus).
  useEffect(() => {
    if (first.current) {
      first.current = false;
      return;
    }
    const answering = step && (phase === 'answering' || phase === 'revising');
    const stepTitle = step ? t(`content:steps.${step.id}.title`) : '';
    const title = answering ? (part ? `${stepTitle}: ${part}` : stepTitle) : phase === 'start' ? t(`content:questionnaires.${file.id}.title`) : t(`review.${phase === 'complete' ? 'completeHeading' : 'heading'}`);
    setAnnouncement(answering ? t('wizard.announceStep', { position, total, title }) : title);
  }, [step, part, phase, position, total, t, file.id]);

  return (
    // A service audit's criteria and completion read as an audit's (src/ui/subject.ts).
    <Subject.Provider value={subjectContext(file)}>
      <div className="wizard">
        <aside className="wizard__aside">
          <p className="wizard__questionnaire">{t(`content:questionnaires.${file.id}.title`)}</p>
          {props.saveStatus}
          <button type="button" className="link-button wizard__results-link" aria-pressed={props.showingResults} onClick={props.onResults}>
            {props.showingResults ? t('wizard.backToSteps') : t('wizard.showResults')}
          </button>
          <StepList
            gaps={props.gaps}
            steps={file.steps}
            statuses={statuses}
            currentId={phase === 'answering' || phase === 'revising' ? (step?.id ?? null) : null}
            reachable={(id) => reached.includes(id) && applicable.some((s) => s.id === id)}
            onGoto={send.goto}
          />
        </aside>
        <div className="wizard__main">
          <p className="visually-hidden" aria-live="polite">
            {announcement}
          </p>
          {props.results}
          {!props.results && phase === 'start' && (
            <>
              <h1>{t(`content:questionnaires.${file.id}.title`)}</h1>
              <p className="lead">{t(`content:questionnaires.${file.id}.description`)}</p>
              <button type="button" className="button--primary" onClick={send.start}>
                {reached.length ? t('wizard.continue') : t('wizard.begin', { context: subjectContext(file) })}
              </button>
              {props.startActions}
            </>
          )}
          {!props.results && (phase === 'answering' || phase === 'revising') && step && (
            <StepScreen
              file={file}
              framework={props.framework}
              answers={props.answers}
              newId={props.newId}
              step={step}
              pageId={props.page}
              position={position}
              total={total}
              loadDraft={props.loadDraft}
              revising={phase === 'revising'}
              onSubmit={send.submit}
              onPageSubmit={send.submitPage}
              onPageGoto={send.gotoPage}
              onBack={send.back}
              onDraft={props.onDraft}
            />
          )}
          {!props.results && (phase === 'review' || phase === 'complete') && (
            <ReviewScreen
              sections={props.sections}
              earlier={props.earlier}
              complete={phase === 'complete'}
              onChange={send.goto}
              onComplete={send.complete}
              {...(props.completion ? { completion: props.completion } : {})}
              onReopen={send.reopen}
              onBack={send.back}
              pdf={props.pdfButton}
              gaps={props.gaps}
              decisionText={props.decisionText}
            />
          )}
          {/* Folded at the end of the page, away from the step's own buttons, so a reset is never clicked by accident. */}
          {workshop.enabled && props.onResetForNextGroup && (
            <details className="workshop-tools">
              <summary>{t('workshop.tools')}</summary>
              <ResetForNextGroup onReset={props.onResetForNextGroup} {...(props.onSaveFile ? { onSaveFile: props.onSaveFile } : {})} />
            </details>
          )}
        </div>
      </div>
    </Subject.Provider>
  );
}
