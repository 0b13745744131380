/**
 * One assessment shared with colleagues, as the app uses it: the device's
 * copy and the shared document kept in step over a sync session
 * (session.ts), through the binding (binding.ts).
 *
 * - Sharing a local assessment uploads it when the server has nothing under
 *   its id yet. When the server already has it (shared from another device,
 *   or shared from here before sharing was switched off), the server's copy
 *   is taken, and a device copy whose answers differ is handed to
 *   `onReplaced` first, for the app to keep: nothing typed is lost.
 * - With `persist`, the document is also kept on the device; the next start
 *   (a reload, offline) begins from it at once, as this device last had it.
 * - What this device accepts is written with `push`: only what changed since
 *   the device was last in step with the document, so a colleague's edits
 *   made meanwhile stay (applyChanges). Edits made before the document was
 *   there are written the same way, measured from the copy sharing started
 *   with.
 * - A device whose questionnaire differs from the shared one (a question
 *   pack it does not have) never removes or sets aside what it cannot show:
 *   the document keeps the questionnaire it was shared with
 *   (`forDocument`).
 * - A colleague's edits arrive through `onRemote` as a checked assessment,
 *   with the device's own revision: the app hands its answers to the machine
 *   (`answers.remote`) and saves it as any other change.
 * - Stopping leaves the device's copy as it is: sync off keeps the local
 *   copy whole (`forget` also deletes the document kept on the device).
 */
import * as Y from 'yjs';
import { ZAssessment, type Assessment } from '../assessment/assessment';
import { sameValue } from '../questionnaire/answers';
import type { QuestionnaireFile } from '../questionnaire/schema';
import { allQuestions } from '../questionnaire/walk';
import { applyChanges, docToAssessment, freeTextOf, onRemoteChange, updateDoc } from './binding';
import { startSession, type SessionOptions, type SyncSession, type SyncState } from './session';

export interface ShareOptions extends Pick<SessionOptions, 'url' | 'token' | 'name' | 'persist' | 'WebSocketPolyfill'> {
  /** The questionnaire the assessment is answered with (which answers are free text). */
  file: QuestionnaireFile;
  /** The device's copy as it is now. */
  assessment: Assessment;
  /** The device's revision of its copy now, for the assessment handed to `onRemote`. */
  revision: () => number;
  /** A colleague's edits arrived (or the server's copy was taken): the assessment as the document now holds it. */
  onRemote: (assessment: Assessment) => void;
  /** The server's copy is about to replace this device's, whose answers differ: the device's copy, to keep. */
  onReplaced?: (own: Assessment) => void;
}

export interface SharedAssessment extends Pick<SyncSession, 'state' | 'readOnly' | 'colleagues' | 'subscribe' | 'setStep'> {
  /** Writes what the device accepted since it was last in step (nothing for a reader). */
  push: (assessment: Assessment) => void;
  /** Stops sharing; with `forget`, the document kept on the device is deleted too (the device's copy stays). */
  stop: (options?: { forget?: boolean }) => Promise<void>;
}

/**
 * What the device writes to the document: its copy, except that the
 * document keeps its questionnaire (version and question packs), the
 * answers set aside in it, and the answers to questions this device's
 * questionnaire does not have. A colleague with a pack this device lacks
 * thus keeps the pack's answers. Where the device is in the wizard and what
 * it has typed but not saved (progress, drafts) are its own: they are not
 * sent, so a colleague's step or unsaved words never move anyone else.
 */
export function forDocument(base: Assessment, next: Assessment, knows: (questionId: string) => boolean): Assessment {
  const unknown = Object.entries(base.answers).filter(([id]) => !knows(id));
  return {
    ...next,
    questionnaire: base.questionnaire,
    earlierAnswers: base.earlierAnswers,
    progress: base.progress,
    drafts: base.drafts,
    answers: { ...next.answers, ...Object.fromEntries(unknown) },
  };
}

/** The document name of an assessment on the server (src/server/tokens.ts). */
export const assessmentDocument = (id: string): string => `assessment/${id}`;

const ORIGIN = 'this-device';

export function shareAssessment(options: ShareOptions): SharedAssessment {
  const doc = new Y.Doc();
  const freeText = freeTextOf(options.file);
  const known = new Set(allQuestions(options.file).map((l) => l.question.id));
  const knows = (id: string) => known.has(id);
  // What the device and the document last agreed on: the base every push is measured from.
  let base: Assessment | undefined;
  // What the device accepted before the document was there.
  let pending: Assessment | undefined;
  let ready = false;
  let stopping: Promise<void> | undefined;

  const read = (): Assessment | undefined => {
    const parsed = ZAssessment.safeParse(docToAssessment(doc, options.revision()));
    // A document this version cannot read (written by a newer app) is left alone, never half taken.
    if (!parsed.success) console.warn('A shared assessment could not be read; this device keeps its own copy.');
    return parsed.success ? parsed.data : undefined;
  };
  const fromDocument = () => {
    const current = read();
    if (!current) return;
    base = current;
    options.onRemote(current);
  };

  const session = startSession({ ...options, documentName: assessmentDocument(options.assessment.id), doc });
  /** The document is there: kept on the device (`fromDevice`), or the server's after the first sync. */
  const begin = (fromDevice: boolean) => {
    if (ready) return;
    const empty = doc.getMap('assessment').size === 0;
    // Nothing kept on the device: the server decides whether this is new.
    if (empty && fromDevice) return;
    if (empty) {
      if (session.readOnly()) return;
      ready = true;
      // New on the server: this device's copy is the shared one (without what was typed here and not saved).
      base = { ...(pending ?? options.assessment), drafts: {} };
      pending = undefined;
      updateDoc(doc, base, freeText, ORIGIN);
      return;
    }
    ready = true;
    const theirs = read();
    if (!fromDevice && theirs && !sameValue(theirs.answers, options.assessment.answers)) options.onReplaced?.(options.assessment);
    // What was accepted here meanwhile was accepted on the copy sharing started with.
    if (pending && theirs && !session.readOnly()) applyChanges(doc, options.assessment, forDocument(theirs, pending, knows), freeText, ORIGIN);
    pending = undefined;
    fromDocument();
  };
  void session.loaded.then(() => begin(true));
  const stopWatching = session.subscribe(() => {
    if (session.state() === 'synced') begin(false);
  });
  const stopRemote = onRemoteChange(doc, () => {
    if (ready) fromDocument();
  });

  return {
    state: session.state,
    readOnly: session.readOnly,
    colleagues: session.colleagues,
    subscribe: session.subscribe,
    setStep: session.setStep,
    push: (assessment) => {
      if (session.readOnly()) return;
      // Before the document is there, there is nothing to measure from: the latest is written when it comes.
      if (!base) {
        pending = assessment;
        return;
      }
      const next = forDocument(base, assessment, knows);
      applyChanges(doc, base, next, freeText, ORIGIN);
      base = next;
    },
    // Stopping twice (switched off, then the page closes) stops once: the first call decides `forget`.
    stop: (how) =>
      (stopping ??= (async () => {
        stopWatching();
        stopRemote();
        await session.stop(how);
        doc.destroy();
      })()),
  };
}

export type Fetched = { kind: 'found'; assessment: Assessment } | { kind: 'missing' } | { kind: 'refused' } | { kind: 'unreadable' };

export interface FetchOptions extends Pick<SessionOptions, 'url' | 'token' | 'name' | 'WebSocketPolyfill'> {
  id: string;
  /** The session's state as it changes (offline while the server cannot be reached; it keeps trying). */
  onState?: (state: SyncState) => void;
}

/**
 * A shared assessment read once from the server, for a colleague who opens
 * its link on a device that does not have it yet: `missing` when the server
 * has nothing under the id, `refused` when the token gives no right to it,
 * `unreadable` when it was written by a newer version. The device stores
 * what is found and then shares it as any shared assessment.
 */
export function fetchShared(options: FetchOptions): { result: Promise<Fetched>; stop: () => Promise<void> } {
  const doc = new Y.Doc();
  const session = startSession({ ...options, documentName: assessmentDocument(options.id), doc });
  let stopping: Promise<void> | undefined;
  const stop = () =>
    (stopping ??= (async () => {
      await session.stop();
      doc.destroy();
    })());
  const result = new Promise<Fetched>((resolve) => {
    const check = () => {
      const state = session.state();
      options.onState?.(state);
      if (state === 'refused') resolve({ kind: 'refused' });
      if (state !== 'synced') return;
      if (doc.getMap('assessment').size === 0) return resolve({ kind: 'missing' });
      // A new copy on this device: its revision counts from 0.
      const parsed = ZAssessment.safeParse(docToAssessment(doc, 0));
      resolve(parsed.success ? { kind: 'found', assessment: parsed.data } : { kind: 'unreadable' });
    };
    session.subscribe(check);
  });
  return { result: result.finally(stop), stop };
}
