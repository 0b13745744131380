/**
 * One open assessment: restores the wizard machine from the stored record,
 * saves accepted answers at once and typed drafts within a second, and
 * feeds the wizard view. This is the only place where the machine, storage
 * and the screens meet.
 */
import { useActorRef, useSelector } from '@xstate/react';
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { answerList } from '../assessment/answer-list';
import { caseOnly } from '../assessment/case';
import { consequenceSummary } from '../assessment/consequence-summary';
import { evaluate } from '../assessment/evaluate';
import type { Assessment } from '../assessment/assessment';
import { applicable, expectedSteps, stepStatuses } from '../machine/navigation';
import { restoreSnapshot, toProgress } from '../machine/persistence';
import { createWizardMachine } from '../machine/wizard-machine';
import type { Answers } from '../questionnaire/answers';
import type { Framework, QuestionnaireFile } from '../questionnaire/schema';
import { createAutosaver, type AutosaveStatus } from '../storage/autosave';
import type { Repository } from '../storage/repository';
import { ResultsScreen } from '../ui/results/results-screen';
import { ConsequenceSummary } from '../ui/summary/summary-text';
import { WizardView } from '../ui/wizard/wizard-view';
import { JsonButton } from './json-button';
import { PdfButton, prefetchPdf } from './pdf-button';
import { newId } from './routes';
import { SaveStatus } from './save-status';

interface Props {
  view: 'wizard' | 'results';
  onView: (view: 'wizard' | 'results') => void;
  initial: Assessment;
  file: QuestionnaireFile;
  framework: Framework;
  repository: Repository;
}

export function AssessmentSession({ view, onView, initial, file, framework, repository }: Props) {
  const { t } = useTranslation();
  const model = useMemo(() => ({ file, framework }), [file, framework]);
  const machine = useMemo(() => createWizardMachine(model), [model]);
  const [snapshot] = useState(() => restoreSnapshot(machine, model, initial.answers, initial.progress));
  const actor = useActorRef(machine, { snapshot });
  const state = useSelector(actor, (s) => s);
  const record = useRef<Assessment>(initial);
  const [status, setStatus] = useState<AutosaveStatus | null>(null);
  const [drafted, setDrafted] = useState<string[]>(() => Object.keys(initial.drafts));
  const saver = useMemo(() => createAutosaver({ save: (a) => repository.save(a, a.revision), onStatus: setStatus }), [repository]);

  // Accepted answers and the wizard's place are saved on every change.
  useEffect(() => {
    const subscription = actor.subscribe((s) => {
      const progress = toProgress(s);
      const current = record.current;
      if (current.answers === s.context.answers && JSON.stringify(current.progress) === JSON.stringify(progress)) return;
      record.current = { ...current, answers: s.context.answers, progress };
      void saver.saveNow(record.current);
    });
    return () => subscription.unsubscribe();
  }, [actor, saver]);

  // Write what is pending when the page is hidden or closed.
  useEffect(() => {
    const flush = () => void saver.flush();
    window.addEventListener('pagehide', flush);
    document.addEventListener('visibilitychange', flush);
    return () => {
      window.removeEventListener('pagehide', flush);
      document.removeEventListener('visibilitychange', flush);
      flush();
    };
  }, [saver]);

  const onDraft = useCallback(
    (stepId: string, answers: Answers) => {
      record.current = { ...record.current, drafts: { ...record.current.drafts, [stepId]: answers } };
      saver.schedule(record.current);
      setDrafted((ids) => (ids.includes(stepId) ? ids : [...ids, stepId]));
    },
    [saver],
  );

  const submit = useCallback(
    (answers: Answers) => {
      const stepId = actor.getSnapshot().context.stepId;
      // The submitted values replace the draft; the save that follows carries both changes.
      const { [stepId ?? '']: _done, ...drafts } = record.current.drafts;
      record.current = { ...record.current, drafts };
      setDrafted(Object.keys(drafts));
      actor.send({ type: 'step.submitted', values: answers });
    },
    [actor],
  );

  // Workshop: the next group starts from the same case. The cleared record is
  // saved through the autosaver, as a new revision checked against the last one.
  const resetForNextGroup = useCallback(async () => {
    saver.cancel();
    record.current = caseOnly(file, record.current);
    setDrafted([]);
    actor.send({ type: 'assessment.reset', answers: record.current.answers });
    onView('wizard');
    await saver.saveNow(record.current);
  }, [actor, file, saver, onView]);

  const loadDraft = useCallback((id: string) => record.current.drafts[id], []);
  const currentRecord = useCallback(() => record.current, []);
  const phase = toProgress(state).phase;
  // One evaluation per change of answers; the results page and the step list's gap marks share it.
  const result = useMemo(() => evaluate(file, framework, { answers: state.context.answers }), [file, framework, state.context.answers]);
  const summary = useMemo(() => consequenceSummary(file, framework, state.context.answers, result), [file, framework, state.context.answers, result]);
  const gaps = useMemo(() => {
    const counts: Record<string, number> = {};
    for (const f of result.findings) if (f.severity !== 'low') counts[f.stepId] = (counts[f.stepId] ?? 0) + 1;
    return counts;
  }, [result]);
  const fix = useCallback(
    (stepId: string) => {
      onView('wizard');
      actor.send({ type: 'nav.goto', stepId });
    },
    [actor, onView],
  );
  const { answers, stepId, reached } = state.context;
  const steps = applicable(model, answers);
  const step = file.steps.find((s) => s.id === stepId);
  useEffect(() => {
    if (phase === 'review' || phase === 'complete') prefetchPdf();
  }, [phase]);
  useEffect(() => {
    if (view === 'results') {
      document.title = `${t('results.heading')} – ${t('app.name')}`;
      return;
    }
    const where = phase === 'answering' || phase === 'revising' ? (step ? t(`content:steps.${step.id}.title`) : '') : phase === 'start' ? t(`content:questionnaires.${file.id}.title`) : t(phase === 'complete' ? 'review.completeHeading' : 'review.heading');
    document.title = `${where} – ${t('app.name')}`;
  }, [view, phase, step, file.id, t]);

  return (
    <WizardView
      file={file}
      framework={framework}
      phase={phase}
      step={step}
      applicable={steps}
      expected={expectedSteps(model, answers)}
      statuses={stepStatuses(model, answers, reached, drafted)}
      reached={reached}
      answers={answers}
      loadDraft={loadDraft}
      sections={phase === 'review' || phase === 'complete' ? answerList(file, framework, answers, { includeEmpty: true }) : []}
      newId={() => newId('i')}
      send={{
        start: () => actor.send({ type: 'assessment.started' }),
        submit,
        back: () => actor.send({ type: 'nav.back' }),
        goto: (id) => actor.send({ type: 'nav.goto', stepId: id }),
        complete: () => actor.send({ type: 'assessment.completed' }),
        reopen: () => actor.send({ type: 'assessment.reopened' }),
      }}
      onDraft={onDraft}
      pdfButton={
        <>
          <PdfButton file={file} framework={framework} assessment={currentRecord} result={result} summary={summary} />
          <JsonButton file={file} assessment={currentRecord} />
          <ConsequenceSummary sentences={summary} />
        </>
      }
      saveStatus={<SaveStatus status={status} />}
      gaps={gaps}
      showingResults={view === 'results'}
      onResetForNextGroup={resetForNextGroup}
      onResults={() => onView(view === 'results' ? 'wizard' : 'results')}
      results={
        view === 'results' ? (
          <ResultsScreen result={result} file={file} onFix={fix} actions={<ConsequenceSummary sentences={summary} />} />
        ) : undefined
      }
    />
  );
}
