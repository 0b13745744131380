// @vitest-environment node
// The page's side of the report worker, with a stand-in worker: stages are
// passed on and the file arrives; a cancel ends the worker, settles as
// cancelled, and whatever the old worker still says is ignored, the next
// job getting a fresh worker; an error reply fails the job; and where no
// worker can be made or loaded, the same job runs on the page instead.
import { describe, expect, it, vi } from 'vitest';
import { createReportClient, type RenderInPage, type WorkerLike } from '../../../../src/report/worker/client';
import type { RenderMessage, ReportFile, ReportJob, Stage, WorkerMessage, WorkerReply } from '../../../../src/report/worker/protocol';

const FILE: ReportFile = { name: 'rapport.pdf', type: 'application/pdf', content: new Uint8Array([37, 80, 68, 70]) };
const JOB = { kind: 'pdf' } as ReportJob;

/** A worker that records what it is sent and replies when told. */
class FakeWorker implements WorkerLike {
  sent: WorkerMessage[] = [];
  terminated = false;
  private listeners: { message: Array<(e: MessageEvent<WorkerReply>) => void>; error: Array<(e: Event) => void> } = { message: [], error: [] };
  postMessage(message: WorkerMessage) {
    this.sent.push(message);
  }
  /** The render messages received, in order. */
  get renders(): RenderMessage[] {
    return this.sent.filter((m): m is RenderMessage => m.type === 'render');
  }
  addEventListener(type: 'message' | 'error', listener: never) {
    this.listeners[type].push(listener);
  }
  terminate() {
    this.terminated = true;
  }
  reply(reply: WorkerReply) {
    for (const l of this.listeners.message) l({ data: reply } as MessageEvent<WorkerReply>);
  }
  fail() {
    for (const l of this.listeners.error) l(new Event('error'));
  }
}

function setUp(makeWorker: () => WorkerLike | undefined = () => new FakeWorker()) {
  const workers: FakeWorker[] = [];
  const inPage = vi.fn<RenderInPage>(async (_job, progress) => {
    progress('draw');
    return FILE;
  });
  const client = createReportClient(
    () => {
      const w = makeWorker();
      if (w instanceof FakeWorker) workers.push(w);
      return w;
    },
    async () => inPage,
  );
  return { client, workers, inPage };
}

describe('the report client', () => {
  it('posts the job, passes on its stages and settles with the file', async () => {
    const { client, workers } = setUp();
    const seen: Stage[] = [];
    const run = client.run(JOB, (stage) => seen.push(stage));
    const [worker] = workers;
    const { id, job } = worker!.renders[0]!;
    expect(job).toBe(JOB);
    worker!.reply({ type: 'progress', id, stage: 'fonts' });
    worker!.reply({ type: 'progress', id, stage: 'draw' });
    worker!.reply({ type: 'done', id, file: FILE });
    await expect(run.outcome).resolves.toEqual({ type: 'done', file: FILE });
    expect(seen).toEqual(['fonts', 'draw']);
    // The worker stays for the next report.
    expect(worker!.terminated).toBe(false);
    client.run(JOB, () => {});
    expect(workers).toHaveLength(1);
    expect(worker!.sent).toHaveLength(2);
  });

  it('cancels: the worker ends, the job settles as cancelled, late replies are ignored, the next job gets a new worker', async () => {
    const { client, workers } = setUp();
    const seen: Stage[] = [];
    const run = client.run(JOB, (stage) => seen.push(stage));
    const [worker] = workers;
    const { id } = worker!.renders[0]!;
    worker!.reply({ type: 'progress', id, stage: 'fonts' });
    run.cancel();
    expect(worker!.terminated).toBe(true);
    await expect(run.outcome).resolves.toEqual({ type: 'cancelled' });
    worker!.reply({ type: 'progress', id, stage: 'draw' });
    worker!.reply({ type: 'done', id, file: FILE });
    expect(seen).toEqual(['fonts']);
    await expect(run.outcome).resolves.toEqual({ type: 'cancelled' });

    const next = client.run(JOB, () => {});
    expect(workers).toHaveLength(2);
    const fresh = workers[1]!;
    fresh.reply({ type: 'done', id: fresh.renders[0]!.id, file: FILE });
    await expect(next.outcome).resolves.toEqual({ type: 'done', file: FILE });
  });

  it('warms the worker once, ahead of the first report, and renders in that same worker', async () => {
    const { client, workers } = setUp();
    client.warm();
    client.warm();
    expect(workers).toHaveLength(1);
    expect(workers[0]!.sent).toEqual([{ type: 'warm' }]);
    const run = client.run(JOB, () => {});
    expect(workers).toHaveLength(1);
    const render = workers[0]!.renders[0]!;
    workers[0]!.reply({ type: 'done', id: render.id, file: FILE });
    await expect(run.outcome).resolves.toEqual({ type: 'done', file: FILE });
  });

  it('fails a job the worker answers with an error', async () => {
    const { client, workers } = setUp();
    const run = client.run(JOB, () => {});
    workers[0]!.reply({ type: 'error', id: workers[0]!.renders[0]!.id, message: 'TypeError: boom' });
    await expect(run.outcome).rejects.toThrow('boom');
  });

  it('renders on the page where no worker can be made, and a cancel there drops the file', async () => {
    const { client, inPage } = setUp(() => {
      throw new Error('module workers are not supported');
    });
    const seen: Stage[] = [];
    await expect(client.run(JOB, (stage) => seen.push(stage)).outcome).resolves.toEqual({ type: 'done', file: FILE });
    expect(inPage).toHaveBeenCalledWith(JOB, expect.any(Function));
    expect(seen).toEqual(['draw']);
    const cancelled = client.run(JOB, () => {});
    cancelled.cancel();
    await expect(cancelled.outcome).resolves.toEqual({ type: 'cancelled' });
  });

  it('moves jobs to the page when the worker fails to load before answering, and keeps them there', async () => {
    const { client, workers, inPage } = setUp();
    const run = client.run(JOB, () => {});
    workers[0]!.fail();
    await expect(run.outcome).resolves.toEqual({ type: 'done', file: FILE });
    expect(workers[0]!.terminated).toBe(true);
    await expect(client.run(JOB, () => {}).outcome).resolves.toEqual({ type: 'done', file: FILE });
    expect(workers).toHaveLength(1);
    expect(inPage).toHaveBeenCalledTimes(2);
  });

  it('fails, rather than runs twice, a job the worker had answered before it broke', async () => {
    const { client, workers, inPage } = setUp();
    const run = client.run(JOB, () => {});
    workers[0]!.reply({ type: 'progress', id: workers[0]!.renders[0]!.id, stage: 'fonts' });
    workers[0]!.fail();
    await expect(run.outcome).rejects.toThrow('The report worker stopped');
    expect(inPage).not.toHaveBeenCalled();
  });
});
