/**
 * The report worker's message handling, apart from the worker's global
 * scope so tests can call it directly: each `render` message gets its
 * progress, then `done` with the file (its bytes transferred, not copied)
 * or `error`; `warm` loads the fonts ahead of the first PDF, and answers nothing.
 */
import { prepareFonts } from '../fonts';
import type { WorkerMessage, WorkerReply } from './protocol';
import { renderReport } from './render';

export type Post = (reply: WorkerReply, transfer?: Transferable[]) => void;

export async function handleMessage(message: WorkerMessage, post: Post): Promise<void> {
  if (message.type === 'warm') {
    // Loading and priming the fonts takes a while; a render awaits the same fonts, loaded once.
    // A failure here is not reported: the render that needs the fonts tries again and says so.
    await prepareFonts().catch(() => undefined);
    return;
  }
  const { id, job } = message;
  try {
    const file = await renderReport(job, (stage) => post({ type: 'progress', id, stage }));
    post({ type: 'done', id, file }, typeof file.content === 'string' ? [] : [file.content.buffer as ArrayBuffer]);
  } catch (error) {
    // An Error does not always survive posting whole; its message does.
    post({ type: 'error', id, message: error instanceof Error ? `${error.name}: ${error.message}` : String(error) });
  }
}
