/**
 * One open assessment: restores the wizard machine from the stored record,
 * saves accepted answers at once and typed drafts within a second, and
 * feeds the wizard view. This is the only place where the machine, storage
 * and the screens meet.
 */
import { packAnswersByRecommendation } from '../assessment/pack-answers';
import { useActorRef, useSelector } from '@xstate/react';
import { lazy, Suspense, useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { answerList } from '../assessment/answer-list';
import { caseOnly } from '../assessment/case';
import { decisionText } from '../assessment/decision-text';
import { earlierList } from '../assessment/earlier-list';
import { evaluate } from '../assessment/evaluate';
import { mustAnswerFor } from '../assessment/workshop-copy';
import { displayName, type Assessment } from '../assessment/assessment';
import { applicable, expectedSteps, stepStatuses } from '../machine/navigation';
import { restoreSnapshot, toProgress } from '../machine/persistence';
import { allQuestions } from '../questionnaire/walk';
import { createWizardMachine } from '../machine/wizard-machine';
import type { Answers } from '../questionnaire/answers';
import type { Framework, QuestionnaireFile } from '../questionnaire/schema';
import type { AutosaveStatus } from '../storage/autosave';
import type { ChangeFeed } from '../storage/changes';
import { ConflictError } from '../storage/errors';
import type { Repository } from '../storage/repository';
import { createBackupKeeper } from '../storage/unload-backup';
import { ResultsScreen } from '../ui/results/results-screen';
import { MustAnswer } from '../ui/form/must-answer';
import { DecisionTextPanel } from '../ui/summary/decision-text';
import { StaleNotice } from '../ui/wizard/stale-notice';
import { WizardView } from '../ui/wizard/wizard-view';
import { downloadAssessment, registerPending } from './export-work';
import { JsonButton } from './json-button';
import { PdfButton, prefetchPdf } from './pdf-button';
import { newId } from './routes';
import { SaveStatus } from './save-status';
import { trackedAutosaver, useTabSync } from './use-tab-sync';
import { ShareButton } from './share-button';
import { usePeerReviewSession } from './use-peer-review';
import { PeerReviewContext } from '../ui/after/review-context';
import { useUnloadBackup } from './use-unload-backup';
import { SessionSharing } from './sharing/session-sharing';
import { useSharing } from './sharing/use-sharing';
import { localCopy } from '../assessment/local-copy';
import { rebaseDrafts } from '../assessment/drafts';
import { onThisCopy } from './questionnaire-for';
import { syncServerUrl } from './sync-config';

// A workshop group's "Lämna in" to a session on the sync server: loaded only for a group's copy in such a build.
const WorkshopHandIn = lazy(() => import('./workshop-hand-in'));

interface Props {
  view: 'wizard' | 'results';
  onView: (view: 'wizard' | 'results') => void;
  initial: Assessment;
  file: QuestionnaireFile;
  framework: Framework;
  repository: Repository;
  /** Saves announced by other tabs; the session follows them or becomes read-only. */
  changes?: ChangeFeed;
  /** Called with a newer stored version to restart the session from. */
  onNewer?: (assessment: Assessment) => void;
  /** Where unsaved work is copied as the page closes (localStorage), if anywhere. */
  backups?: Storage;
  /** Work is kept only in this tab's memory (the save status says so). */
  memoryOnly?: boolean;
}

export function AssessmentSession({ view, onView, initial, file, framework, repository, changes, onNewer, backups, memoryOnly = false }: Props) {
  const { t, i18n } = useTranslation();
  // A workshop group's copy moves on with only the case and the group's name answered.
  const origin = initial.origin?.kind;
  const handsIn = origin === 'workshop' && syncServerUrl() !== undefined;
  const mustAnswer = useMemo(() => mustAnswerFor(file, origin), [file, origin]);
  const model = useMemo(() => ({ file, framework, ...(mustAnswer ? { mustAnswer } : {}) }), [file, framework, mustAnswer]);
  const machine = useMemo(() => createWizardMachine(model), [model]);
  const [snapshot] = useState(() => restoreSnapshot(machine, model, initial.answers, initial.progress));
  const actor = useActorRef(machine, { snapshot });
  const state = useSelector(actor, (s) => s);
  const record = useRef<Assessment>(initial);
  const [status, setStatus] = useState<AutosaveStatus | null>(null);
  const [drafted, setDrafted] = useState<string[]>(() => Object.keys(initial.drafts));
  const { saver, known, keeper } = useMemo(() => {
    // The backup is written as the page closes and settled after each save.
    let settle = () => {};
    const tracked = trackedAutosaver(repository, initial.revision, (s) => {
      setStatus(s);
      if (s.state === 'saved') settle();
    });
    const kept = createBackupKeeper(backups, () => tracked.saver.backlog());
    settle = () => kept.settle();
    return { ...tracked, keeper: kept };
  }, [repository, initial.revision, backups]);
  const sync = useTabSync({
    id: initial.id,
    changes,
    repository,
    known,
    unsaved: useCallback(() => saver.hasUnsaved(), [saver]),
    onNewer: useCallback((a: Assessment) => onNewer?.(a), [onNewer]),
  });
  // A refused save (another tab got there first, or deleted it) also stops editing here.
  const conflict = status?.state === 'error' && status.error instanceof ConflictError ? status.error : undefined;
  const readOnly = sync.stale ?? (conflict ? (conflict.reason === 'missing' ? 'removed' : 'changed') : undefined);
  useEffect(() => {
    // What is typed from now on cannot be saved here; it stays in `record` for "save my version".
    if (readOnly) saver.cancel();
  }, [readOnly, saver]);
  useEffect(() => registerPending(() => saver.flush()), [saver]);

  // Shared with colleagues: a colleague's edits come in as the machine's `answers.remote` and are saved as
  // any change; the device's own place (progress), drafts, revision and review (which has a room of its own)
  // stay as the device has them.
  const [keptCopy, setKeptCopy] = useState<string>();
  const onRemote = useCallback(
    (remote: Assessment) => {
      if (readOnly) return;
      // The shared copy may name packs or a version this device has otherwise: it is read as this copy reads it.
      const here = onThisCopy(remote)?.assessment ?? remote;
      const current = record.current;
      // Drafts keep only what the user typed, so a step opened later shows the colleague's values.
      const drafts = rebaseDrafts(current.drafts, current.answers, here.answers);
      // The review travels in its own room (use-peer-review.tsx), ahead of the review the shared copy carries.
      record.current = { ...here, revision: current.revision, progress: current.progress, drafts, review: current.review };
      setDrafted(Object.keys(drafts));
      actor.send({ type: 'answers.remote', answers: here.answers });
      void saver.saveNow(record.current);
    },
    [actor, saver, readOnly],
  );
  // The server's copy replaced the device's, whose answers differed: the device's is kept as a copy of its own.
  const onReplaced = useCallback(
    (own: Assessment) => {
      const name = t('sharing.keptName', { name: displayName(file, own) || t('saved.untitled') });
      void repository.create({ ...localCopy(own, newId('a'), new Date(), { kind: 'copy', from: own.id }), name }).then(
        () => setKeptCopy(name),
        (error: unknown) => console.error(error),
      );
    },
    [repository, file, t],
  );
  const currentRecord = useCallback(() => record.current, []);
  const sharing = useSharing({ id: initial.id, file, record: currentRecord, onRemote, onReplaced, fallbackName: t('sharing.anonymous') });
  const push = sharing.push;

  // Accepted answers and the wizard's place are saved on every change, and the answers shared when shared.
  useEffect(() => {
    const subscription = actor.subscribe((s) => {
      if (readOnly) return;
      const progress = toProgress(s);
      const current = record.current;
      if (current.answers === s.context.answers && JSON.stringify(current.progress) === JSON.stringify(progress)) return;
      record.current = { ...current, answers: s.context.answers, progress };
      void saver.saveNow(record.current);
      push(record.current);
    });
    return () => subscription.unsubscribe();
  }, [actor, saver, readOnly, push]);

  // Keep what is pending when the page is hidden or closed.
  useUnloadBackup(saver, keeper, readOnly === undefined);

  const onDraft = useCallback(
    (stepId: string, answers: Answers) => {
      if (readOnly) return;
      record.current = { ...record.current, drafts: { ...record.current.drafts, [stepId]: answers } };
      saver.schedule(record.current);
      setDrafted((ids) => (ids.includes(stepId) ? ids : [...ids, stepId]));
    },
    [saver, readOnly],
  );

  const submit = useCallback(
    (answers: Answers) => {
      if (readOnly) return;
      const stepId = actor.getSnapshot().context.stepId;
      // The submitted values replace the draft; the save that follows carries both changes.
      const { [stepId ?? '']: _done, ...drafts } = record.current.drafts;
      record.current = { ...record.current, drafts };
      setDrafted(Object.keys(drafts));
      actor.send({ type: 'step.submitted', values: answers });
    },
    [actor, readOnly],
  );
  // A page's values are accepted as far as that page goes; the step's draft stays until the step is saved.
  const submitPage = useCallback(
    (answers: Answers) => {
      if (!readOnly) actor.send({ type: 'page.submitted', values: answers });
    },
    [actor, readOnly],
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
    push(record.current);
  }, [actor, file, saver, onView, push]);

  const loadDraft = useCallback((id: string) => record.current.drafts[id], []);
  const phase = toProgress(state).phase;
  // One evaluation per change of answers; the results page and the step list's gap marks share it.
  const result = useMemo(() => evaluate(file, framework, { answers: state.context.answers }), [file, framework, state.context.answers]);
  const decision = useMemo(() => decisionText(file, framework, state.context.answers, result), [file, framework, state.context.answers, result]);
  const packs = initial.questionnaire.packs;
  const packAnswers = useMemo(() => packAnswersByRecommendation(file, framework, state.context.answers, packs), [file, framework, state.context.answers, packs]);
  const gaps = useMemo(() => {
    const counts: Record<string, number> = {};
    for (const f of result.findings) if (f.severity !== 'low') counts[f.stepId] = (counts[f.stepId] ?? 0) + 1;
    return counts;
  }, [result]);
  // Completing with open serious findings asks for a reason, stored as the answer of the question tagged for it.
  const reasonQuestion = useMemo(() => allQuestions(file).find((l) => !l.group && l.question.tags?.includes('known-gaps-reason'))?.question, [file]);
  const completion = useMemo(() => {
    const reason = reasonQuestion ? state.context.answers[reasonQuestion.id] : undefined;
    return {
      openSerious: result.findings.filter((f) => result.openSerious.includes(f.id)),
      question: reasonQuestion && {
        id: reasonQuestion.id,
        label: t(`content:questions.${reasonQuestion.id}.label`),
        ...(i18n.exists(`content:questions.${reasonQuestion.id}.hint`) ? { hint: t(`content:questions.${reasonQuestion.id}.hint`) } : {}),
      },
      reason: typeof reason === 'string' ? reason : '',
      ...(state.context.completedAt ? { completedAt: state.context.completedAt } : {}),
    };
  }, [result, reasonQuestion, state.context.answers, state.context.completedAt, t, i18n]);
  const complete = useCallback(
    (reason?: string) => {
      if (reason !== undefined && reasonQuestion) actor.send({ type: 'answers.acknowledged', questionId: reasonQuestion.id, value: reason });
      actor.send({ type: 'assessment.completed', at: new Date().toISOString() });
    },
    [actor, reasonQuestion],
  );
  const fix = useCallback(
    (stepId: string) => {
      onView('wizard');
      actor.send({ type: 'nav.goto', stepId });
    },
    [actor, onView],
  );
  // A change beside the machine's (a reply to a reviewer's comment): saved at once, as accepted answers are.
  const changeRecord = useCallback(
    (apply: (a: Assessment) => Assessment) => {
      if (readOnly) return undefined;
      record.current = apply(record.current);
      void saver.saveNow(record.current);
      push(record.current);
      return record.current;
    },
    [saver, readOnly, push],
  );
  // A second person's review: comments on the steps, replies, and the results page's "Efter beslutet".
  const peerReview = usePeerReviewSession({ file, initial, change: changeRecord, readOnly: readOnly !== undefined, onStep: fix, currentRecord });
  const { answers, stepId, page, reached, done } = state.context;
  const steps = applicable(model, answers);
  const step = file.steps.find((s) => s.id === stepId);
  // Colleagues see which step this user has open.
  const openStep = phase === 'answering' || phase === 'revising' ? stepId : undefined;
  const shareStep = sharing.setStep;
  useEffect(() => shareStep(openStep ?? undefined), [shareStep, openStep]);
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

  const wizard = (
    <WizardView
      file={file}
      framework={framework}
      phase={phase}
      step={step}
      page={page}
      applicable={steps}
      expected={expectedSteps(model, answers)}
      statuses={stepStatuses(model, answers, { reached, done, drafted })}
      reached={reached}
      answers={answers}
      loadDraft={loadDraft}
      sections={phase === 'review' || phase === 'complete' ? answerList(file, framework, answers, { includeEmpty: true }) : []}
      earlier={phase === 'review' || phase === 'complete' ? earlierList(file, answers, initial.earlierAnswers) : []}
      newId={() => newId('i')}
      send={{
        start: () => actor.send({ type: 'assessment.started' }),
        submit,
        submitPage,
        gotoPage: (id) => actor.send({ type: 'page.goto', page: id }),
        back: () => actor.send({ type: 'nav.back' }),
        goto: (id) => actor.send({ type: 'nav.goto', stepId: id }),
        complete,
        reopen: () => actor.send({ type: 'assessment.reopened' }),
      }}
      onDraft={onDraft}
      pdfButton={
        <>
          <PdfButton file={file} framework={framework} assessment={currentRecord} result={result} decision={decision} />
          <JsonButton file={file} assessment={currentRecord} />
          <ShareButton file={file} assessment={currentRecord} />
          {handsIn && (
            <Suspense fallback={null}>
              <WorkshopHandIn id={initial.id} assessment={currentRecord} />
            </Suspense>
          )}
        </>
      }
      decisionText={<DecisionTextPanel text={decision} />}
      startActions={
        <div className="actions">
          <ShareButton file={file} assessment={currentRecord} />
        </div>
      }
      saveStatus={<SaveStatus status={readOnly ? null : status} memoryOnly={memoryOnly} />}
      gaps={gaps}
      completion={completion}
      showingResults={view === 'results'}
      onResetForNextGroup={resetForNextGroup}
      onSaveFile={() => downloadAssessment(file, record.current, i18n.language)}
      onResults={() => onView(view === 'results' ? 'wizard' : 'results')}
      results={
        view === 'results' ? (
          <ResultsScreen
            result={result}
            file={file}
            onFix={fix}
            actions={<DecisionTextPanel text={decision} />}
            underRepresented={framework.thresholds.underRepresented}
            packAnswers={packAnswers}
            {...(state.context.completedAt ? { after: peerReview.after } : {})}
          />
        ) : undefined
      }
    />
  );

  return (
    <>
      {readOnly && (
        <StaleNotice reason={readOnly} onLoadNewest={() => void sync.loadNewest()} onKeepMine={() => downloadAssessment(file, record.current, i18n.language)} />
      )}
      {sharing.available && <SessionSharing sharing={sharing} file={file} id={initial.id} keptCopy={keptCopy} />}
      {/* Read-only: every control inside is disabled, while the answers stay readable. */}
      <fieldset className="session-frame" role="presentation" disabled={readOnly !== undefined || sharing.readOnly}>
        <MustAnswer.Provider value={mustAnswer}>
          <PeerReviewContext.Provider value={peerReview.value}>{wizard}</PeerReviewContext.Provider>
        </MustAnswer.Provider>
      </fieldset>
    </>
  );
}
