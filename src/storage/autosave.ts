/**
 * Autosave without a framework: the UI hands over the whole assessment
 * whenever it changes and this decides when to write. Typing is debounced
 * (but written at least every `maxWaitMs`, so a long burst of typing is never
 * more than about a second from disk); accepted answers are written at once.
 * Writes are serialised (never two in flight, so revisions line up) and only
 * the newest pending value is written.
 */
import type { Assessment } from '../assessment/assessment';
import { ConflictError } from './errors';

/** What the UI shows: "Saving…", "Saved 14:02", or an error. */
export type AutosaveStatus =
  | { state: 'saving' }
  | { state: 'saved'; at: Date }
  | { state: 'error'; error: unknown };

/** Options for `createAutosaver`. */
export interface AutosaverOptions {
  /**
   * Writes one assessment and resolves with the stored record. It receives
   * the assessment with `revision` set to the revision the write is based on,
   * so wire it as `(a) => repository.save(a, a.revision)`.
   */
  save: (assessment: Assessment) => Promise<Assessment>;
  /** Quiet time after the last `schedule` before writing. */
  delayMs?: number;
  /** Longest a scheduled change waits while changes keep coming. */
  maxWaitMs?: number;
  onStatus?: (status: AutosaveStatus) => void;
}

/**
 * What is not yet known to be on disk: the newest value handed in, the
 * revision of the last confirmed write it will be based on, and the value
 * being written right now (its write may land just before the page goes).
 */
export interface Backlog {
  latest: Assessment;
  basedOn: number;
  writing: Assessment | undefined;
}

/** The handle returned by `createAutosaver`. */
export interface Autosaver {
  /** Queues a debounced write (text being typed). */
  schedule(assessment: Assessment): void;
  /** Writes now (accepted answers); resolves when it and anything queued is written or failed. */
  saveNow(assessment: Assessment): Promise<void>;
  /** Writes any scheduled change now; resolves when nothing is queued or in flight. */
  flush(): Promise<void>;
  /** Drops a scheduled change that has not started (for instance after the assessment was deleted). */
  cancel(): void;
  /** True while a change is scheduled, queued or being written (for a beforeunload warning). */
  hasUnsaved(): boolean;
  /** The unsaved state, read synchronously (for a backup as the page closes); undefined when all is written. */
  backlog(): Backlog | undefined;
}

/**
 * Creates an autosaver. Its promises never reject: failures go to `onStatus`
 * as `{ state: 'error' }` (a `ConflictError` means another tab changed or
 * deleted the assessment). After any other failure the value is kept and
 * retried by the next `schedule`, `saveNow` or `flush`.
 */
export function createAutosaver({ save, delayMs = 500, maxWaitMs = 1000, onStatus }: AutosaverOptions): Autosaver {
  let pending: Assessment | undefined;
  let timer: ReturnType<typeof setTimeout> | undefined;
  /** When the oldest change still waiting for the timer was scheduled. */
  let waitingSince: number | undefined;
  let running: Promise<void> | undefined;
  /** The id and revision of the last record this autosaver wrote. */
  let written: { id: string; revision: number } | undefined;
  /** The value whose write is in flight. */
  let writing: Assessment | undefined;

  function clearTimer() {
    if (timer !== undefined) clearTimeout(timer);
    timer = undefined;
    waitingSince = undefined;
  }

  /** The revision a write of `next` is based on. */
  function baseOf(next: Assessment): number {
    // The caller's copy may carry the revision it was loaded at; our own
    // writes have moved on since. A higher revision on the caller's copy
    // means it reloaded a newer record (after a conflict), so base on that.
    return written?.id === next.id ? Math.max(written.revision, next.revision) : next.revision;
  }

  /** Writes one value; false when it failed (so the loop stops instead of spinning). */
  async function write(next: Assessment): Promise<boolean> {
    const base = baseOf(next);
    onStatus?.({ state: 'saving' });
    writing = next;
    try {
      const stored = await save({ ...next, revision: base });
      written = { id: stored.id, revision: stored.revision };
      writing = undefined;
      onStatus?.({ state: 'saved', at: new Date() });
      return true;
    } catch (error) {
      writing = undefined;
      // A conflict will not go away by retrying; anything else might.
      if (!(error instanceof ConflictError)) pending ??= next;
      onStatus?.({ state: 'error', error });
      return false;
    }
  }

  /** The value to write next, if one is due (one with a timer still running is not: the timer drains it). */
  function takeDue(): Assessment | undefined {
    if (timer !== undefined) return undefined;
    const next = pending;
    pending = undefined;
    return next;
  }

  /** Writes due values one at a time; `schedule` and `flush` may queue more between awaits. */
  async function loop(): Promise<void> {
    for (let next = takeDue(); next !== undefined; next = takeDue()) {
      if (!(await write(next))) break;
    }
  }

  /** Starts writing what is due, or joins the run already going (never two writes in flight). */
  function drain(): Promise<void> {
    if (running) return running;
    // `finally` runs in a later microtask, so `running` is set before it clears it.
    const run = loop().finally(() => {
      if (running === run) running = undefined;
    });
    running = run;
    return run;
  }

  /** Makes everything queued due and waits until it is written (or failed). */
  async function flush(): Promise<void> {
    clearTimer();
    // Wait out a run in progress first: it may stop at a failed write with
    // a value still pending, and the drain after it writes (or retries) that.
    if (running) await running;
    await drain();
  }

  return {
    schedule(assessment) {
      pending = assessment;
      const now = Date.now();
      waitingSince ??= now;
      if (timer !== undefined) clearTimeout(timer);
      const wait = Math.max(0, Math.min(delayMs, waitingSince + maxWaitMs - now));
      timer = setTimeout(() => {
        timer = undefined;
        waitingSince = undefined;
        void drain();
      }, wait);
    },
    saveNow(assessment) {
      pending = assessment;
      return flush();
    },
    flush,
    cancel() {
      clearTimer();
      pending = undefined;
    },
    hasUnsaved: () => pending !== undefined || timer !== undefined || running !== undefined,
    backlog() {
      const latest = pending ?? writing;
      return latest && { latest, basedOn: baseOf(latest), writing };
    },
  };
}
