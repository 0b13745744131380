/**
 * One assessment shared with colleagues, as the app uses it: the device's
 * copy and the shared document kept in step over a sync session
 * (session.ts), through the binding (binding.ts).
 *
 * - Sharing a local assessment uploads it when the server has nothing under
 *   its id yet; when the server already has it (shared before, from here or
 *   another device), the server's is taken, as when joining.
 * - What this device accepts is written with `push`: only what changed since
 *   the device was last in step with the document, so a colleague's edits
 *   made meanwhile stay (applyChanges).
 * - A colleague's edits arrive through `onRemote` as a checked assessment,
 *   with the device's own revision: the app hands its answers to the machine
 *   (`answers.remote`) and saves it as any other change.
 * - Stopping leaves the device's copy as it is: sync off keeps the local
 *   copy whole.
 */
import * as Y from 'yjs';
import { ZAssessment, type Assessment } from '../assessment/assessment';
import type { QuestionnaireFile } from '../questionnaire/schema';
import { applyChanges, docToAssessment, freeTextOf, onRemoteChange, updateDoc } from './binding';
import { startSession, type SessionOptions, type SyncSession } from './session';

export interface ShareOptions extends Pick<SessionOptions, 'url' | 'token' | 'name' | 'persist' | 'WebSocketPolyfill'> {
  /** The questionnaire the assessment is answered with (which answers are free text). */
  file: QuestionnaireFile;
  /** The device's copy as it is now. */
  assessment: Assessment;
  /** The device's revision of its copy now, for the assessment handed to `onRemote`. */
  revision: () => number;
  /** A colleague's edits arrived (or the server's copy was taken): the assessment as the document now holds it. */
  onRemote: (assessment: Assessment) => void;
}

export interface SharedAssessment extends Pick<SyncSession, 'state' | 'readOnly' | 'colleagues' | 'subscribe' | 'setStep'> {
  /** Writes what the device accepted since it was last in step (nothing for a reader). */
  push: (assessment: Assessment) => void;
  stop: () => Promise<void>;
}

/** The document name of an assessment on the server (src/server/tokens.ts). */
export const assessmentDocument = (id: string): string => `assessment/${id}`;

const ORIGIN = 'this-device';

export function shareAssessment(options: ShareOptions): SharedAssessment {
  const doc = new Y.Doc();
  const freeText = freeTextOf(options.file);
  // What the device and the document last agreed on: the base every push is measured from.
  let base: Assessment | undefined;
  let pending: Assessment | undefined;

  const read = (): Assessment | undefined => {
    const parsed = ZAssessment.safeParse(docToAssessment(doc, options.revision()));
    // A document this version cannot read (written by a newer app) is left alone, never half taken.
    if (!parsed.success) console.warn('A shared assessment could not be read; this device keeps its own copy.');
    return parsed.success ? parsed.data : undefined;
  };
  const fromServer = () => {
    const current = read();
    if (!current) return;
    base = current;
    options.onRemote(current);
  };

  const session = startSession({ ...options, documentName: assessmentDocument(options.assessment.id), doc });
  let first = true;
  const stopWatching = session.subscribe(() => {
    if (!first || session.state() !== 'synced') return;
    first = false;
    if (doc.getMap('assessment').size === 0 && !session.readOnly()) {
      // New on the server: this device's copy is the shared one.
      updateDoc(doc, pending ?? options.assessment, freeText, ORIGIN);
      base = pending ?? options.assessment;
      pending = undefined;
    } else fromServer();
  });
  const stopRemote = onRemoteChange(doc, () => {
    if (!first) fromServer();
  });

  return {
    state: session.state,
    readOnly: session.readOnly,
    colleagues: session.colleagues,
    subscribe: session.subscribe,
    setStep: session.setStep,
    push: (assessment) => {
      if (session.readOnly()) return;
      // Before the first sync there is nothing to measure from: the latest is written when it comes.
      if (!base) {
        pending = assessment;
        return;
      }
      applyChanges(doc, base, assessment, freeText, ORIGIN);
      base = assessment;
    },
    stop: async () => {
      stopWatching();
      stopRemote();
      await session.stop();
      doc.destroy();
    },
  };
}
