/**
 * The page's side of the report worker: posts a job, passes on its stages,
 * and settles with the file, or as cancelled once `cancel()` has ended the
 * worker. One worker is kept between reports, so its code and fonts load
 * once; a cancel ends it (react-pdf cannot stop halfway) and the next job
 * starts a fresh one.
 *
 * Fallback: where a module worker cannot be made (the constructor throws,
 * or the worker fails to load before answering, as in browsers without
 * module workers), the same renderer runs on the page itself (`inPage`),
 * freezing it for the while, as before; a cancel then only drops the file.
 */
import type { AnyJob, Outcome, ReportFile, Stage, WorkerMessage, WorkerReply } from './protocol';

/** The part of a `Worker` used here (tests pass a fake). */
export interface WorkerLike {
  postMessage(message: WorkerMessage): void;
  addEventListener(type: 'message', listener: (event: MessageEvent<WorkerReply>) => void): void;
  addEventListener(type: 'error', listener: (event: Event) => void): void;
  terminate(): void;
}

export type RenderInPage = (job: AnyJob, progress: (stage: Stage) => void) => Promise<ReportFile>;

export interface ReportRun {
  outcome: Promise<Outcome>;
  /** Stops the job: the worker ends, nothing is saved, `outcome` settles as cancelled. */
  cancel(): void;
}

interface Pending {
  job: AnyJob;
  onStage: (stage: Stage) => void;
  settle: (outcome: Outcome) => void;
  fail: (error: Error) => void;
  /** True once the worker has answered this job: it loaded, so a later failure is not the fallback's. */
  answered: boolean;
}

export interface ReportClient {
  run(job: AnyJob, onStage: (stage: Stage) => void): ReportRun;
  /** Starts the worker ahead of the first report, so its code and fonts are loaded by the click. */
  warm(): void;
}

export function createReportClient(makeWorker: () => WorkerLike | undefined, inPage: () => Promise<RenderInPage>): ReportClient {
  let worker: WorkerLike | undefined;
  /** Set when no worker can run here: every job then renders on the page. */
  let noWorker = false;
  let nextId = 1;
  const pending = new Map<number, Pending>();

  function inPageRun(job: AnyJob, onStage: (stage: Stage) => void): ReportRun {
    let cancelled = false;
    let settle: (outcome: Outcome) => void = () => {};
    const outcome = new Promise<Outcome>((resolve, reject) => {
      settle = resolve;
      inPage()
        .then((render) => render(job, (stage) => !cancelled && onStage(stage)))
        .then((file) => resolve(cancelled ? { type: 'cancelled' } : { type: 'done', file }), (error: unknown) => (cancelled ? resolve({ type: 'cancelled' }) : reject(error)));
    });
    return {
      outcome,
      cancel: () => {
        cancelled = true;
        settle({ type: 'cancelled' });
      },
    };
  }

  function spawn(): WorkerLike | undefined {
    if (worker || noWorker) return worker;
    try {
      worker = makeWorker();
    } catch {
      worker = undefined;
    }
    if (!worker) {
      noWorker = true;
      return undefined;
    }
    const current = worker;
    current.addEventListener('message', (event) => {
      const reply = event.data;
      const job = pending.get(reply.id);
      if (!job) return;
      job.answered = true;
      if (reply.type === 'progress') job.onStage(reply.stage);
      else {
        pending.delete(reply.id);
        if (reply.type === 'done') job.settle({ type: 'done', file: reply.file });
        else job.fail(new Error(reply.message));
      }
    });
    // An error event is the worker itself failing (its script did not load or threw at the top):
    // jobs it never answered go to the page instead; the others fail.
    current.addEventListener('error', (event) => {
      if (worker !== current) return;
      event.preventDefault?.();
      current.terminate();
      worker = undefined;
      const jobs = [...pending.values()];
      pending.clear();
      if (jobs.every((j) => !j.answered)) noWorker = true;
      for (const j of jobs) {
        if (j.answered) j.fail(new Error('The report worker stopped'));
        else inPageRun(j.job, j.onStage).outcome.then(j.settle, j.fail);
      }
    });
    return current;
  }

  function run(job: AnyJob, onStage: (stage: Stage) => void): ReportRun {
    const current = spawn();
    if (!current) return inPageRun(job, onStage);
    const id = nextId++;
    let entry: Pending | undefined;
    const outcome = new Promise<Outcome>((settle, fail) => {
      entry = { job, onStage, settle, fail, answered: false };
      pending.set(id, entry);
    });
    current.postMessage({ type: 'render', id, job });
    return {
      outcome,
      cancel: () => {
        if (!pending.has(id)) return;
        // react-pdf cannot be interrupted halfway: end the worker, and with it every job it had.
        if (worker === current) {
          current.terminate();
          worker = undefined;
        }
        for (const [other, j] of pending) {
          pending.delete(other);
          j.settle({ type: 'cancelled' });
        }
        entry?.settle({ type: 'cancelled' });
      },
    };
  }

  return {
    run,
    warm: () => {
      // Once per worker: a new one (after a cancel) loads its fonts with its first PDF.
      if (worker) return;
      spawn()?.postMessage({ type: 'warm' });
    },
  };
}
