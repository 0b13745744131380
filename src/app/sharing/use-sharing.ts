/**
 * "Dela med kollegor" for the open assessment: whether it is shared, the
 * state of its sync and who else has it open. Offered only where the
 * deployment names a sync server (sync-config.ts); the sync code (Yjs,
 * Hocuspocus) loads when sharing starts, never before.
 *
 * An assessment shared from this device (shared-ids.ts) starts sharing again
 * when it is opened. The document is also kept on the device (persist), so
 * edits made offline reach the server after a reload. Switching sharing off
 * stops it and deletes that document; the device's own copy of the
 * assessment stays whole.
 */
import { useCallback, useEffect, useRef, useState } from 'react';
import type { Assessment } from '../../assessment/assessment';
import type { QuestionnaireFile } from '../../questionnaire/schema';
import type { Colleague } from '../../sync/session';
import type { SharingStatus } from '../../ui/shell/sharing-panel';
import type { SharedAssessment } from '../../sync/share';
import { syncServerUrl } from '../sync-config';
import { findSyncToken, keepPastedToken, nameInToken, type SyncToken } from '../sync-token';
import { isShared, markShared } from './shared-ids';


export interface SharingView {
  status: SharingStatus;
  colleagues: Colleague[];
  /** The server lets this user read only (a reviewer). */
  readOnly: boolean;
  /** Where the token came from, once found. */
  tokenSource?: SyncToken['source'];
}

export interface Sharing extends SharingView {
  /** False where the deployment has no sync server: nothing of sharing is shown. */
  available: boolean;
  start: () => void;
  /** Sharing off: the device's copy stays as it is. */
  stop: () => void;
  /** Uses a token the user pasted (and keeps it for this tab). */
  usePasted: (token: string) => void;
  /** Writes what the device accepted (nothing while sharing is off or not yet started). */
  push: (assessment: Assessment) => void;
  setStep: (stepId: string | undefined) => void;
}

interface Options {
  id: string;
  file: QuestionnaireFile;
  /** The device's copy now. */
  record: () => Assessment;
  /** The shared document changed (a colleague's edits, or the server's copy taken). */
  onRemote: (assessment: Assessment) => void;
  /** The server's copy replaces the device's, whose answers differ: keep it. */
  onReplaced: (own: Assessment) => void;
  /** The user's name where the token gives none. */
  fallbackName: string;
}

const OFF: SharingView = { status: 'off', colleagues: [], readOnly: false };

export function useSharing({ id, file, record, onRemote, onReplaced, fallbackName }: Options): Sharing {
  const url = syncServerUrl();
  const [on, setOn] = useState(() => url !== undefined && isShared(id));
  // undefined: not asked yet; null: none found.
  const [token, setToken] = useState<SyncToken | null | undefined>(undefined);
  const [view, setView] = useState<SharingView>(() => (on ? { ...OFF, status: 'looking' } : OFF));
  const shared = useRef<SharedAssessment | undefined>(undefined);
  const stopping = useRef<Promise<void>>(Promise.resolve());
  const step = useRef<string | undefined>(undefined);
  // The latest callbacks, so that the session started once calls what the page has now.
  const handlers = useRef({ onRemote, onReplaced, record, fallbackName });
  useEffect(() => {
    handlers.current = { onRemote, onReplaced, record, fallbackName };
  });

  useEffect(() => {
    if (!on || token !== undefined) return;
    let alive = true;
    void findSyncToken().then((found) => {
      if (!alive) return;
      setToken(found ?? null);
      if (!found) setView({ ...OFF, status: 'no-token' });
    });
    return () => {
      alive = false;
    };
  }, [on, token]);

  useEffect(() => {
    if (!on || !url || !token) return;
    let stopped = false;
    let session: SharedAssessment | undefined;
    let unsubscribe = () => {};
    // Sharing switched off a moment ago is finished first: its document kept on the device is gone by then.
    void Promise.all([import('../../sync/share'), stopping.current]).then(([{ shareAssessment }]) => {
      if (stopped) return;
      setView({ ...OFF, status: 'starting', tokenSource: token.source });
      const current = handlers.current.record();
      session = shareAssessment({
        url,
        token: token.token,
        name: nameInToken(token.token) ?? handlers.current.fallbackName,
        file,
        assessment: current,
        revision: () => handlers.current.record().revision,
        onRemote: (a) => handlers.current.onRemote(a),
        onReplaced: (a) => handlers.current.onReplaced(a),
        persist: true,
      });
      shared.current = session;
      if (step.current) session.setStep(step.current);
      const show = () => setView({ status: session!.state(), colleagues: session!.colleagues(), readOnly: session!.readOnly(), tokenSource: token.source });
      unsubscribe = session.subscribe(show);
      show();
    });
    return () => {
      stopped = true;
      unsubscribe();
      shared.current = undefined;
      void session?.stop();
    };
  }, [on, url, token, file]);

  const start = useCallback(() => {
    markShared(id, true);
    setView({ ...OFF, status: 'looking' });
    setOn(true);
  }, [id]);
  const stop = useCallback(() => {
    markShared(id, false);
    const session = shared.current;
    shared.current = undefined;
    // The document kept on the device goes too; the device's copy of the assessment stays.
    if (session) stopping.current = session.stop({ forget: true });
    setOn(false);
    setView(OFF);
  }, [id]);
  const usePasted = useCallback((pasted: string) => {
    keepPastedToken(pasted);
    setToken({ source: 'pasted', token: pasted });
  }, []);
  const push = useCallback((assessment: Assessment) => shared.current?.push(assessment), []);
  const setStep = useCallback((stepId: string | undefined) => {
    step.current = stepId;
    shared.current?.setStep(stepId);
  }, []);

  return { available: url !== undefined, ...view, start, stop, usePasted, push, setStep };
}
