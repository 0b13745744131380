// @vitest-environment node
// The report worker's side of the protocol, its handler called directly:
// a job posted as plain data (structured-cloned as postMessage would, for
// every worked example in both languages) gets its stages in order, then
// the file: a PDF carrying the assessment, a Word file, or the very HTML
// page the report code makes from the page's own `t`; a job that cannot be
// made ends in an error reply, not in silence.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { displayName } from '../../../../src/assessment/assessment';
import { assessmentFromPdf } from '../../../../src/assessment/pdf-embed';
import { EXAMPLE_IDS } from '../../../../src/assessment/examples';
import { subjectContext } from '../../../../src/i18n/subject';
import { reportFileName } from '../../../../src/report/file-name';
import { assessmentHtml } from '../../../../src/report/html';
import { registerNodeFonts } from '../../../../src/report/node-fonts';
import { handleMessage } from '../../../../src/report/worker/handler';
import { STAGES, type ReportJob, type WorkerReply } from '../../../../src/report/worker/protocol';
import { exampleRequest, jobOf } from './jobs';

registerNodeFonts();
const dir = mkdtempSync(join(tmpdir(), 'jk-worker-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** Posts `job` as postMessage would (a structured clone) and collects the replies. */
async function post(job: ReportJob): Promise<WorkerReply[]> {
  const replies: WorkerReply[] = [];
  await handleMessage(structuredClone({ type: 'render' as const, id: 7, job }), (reply, transfer) => {
    // Whatever the worker posts back must survive cloning too, with its bytes moved rather than copied.
    replies.push(structuredClone(reply, { transfer }));
  });
  return replies;
}

const stages = (replies: WorkerReply[]) => replies.flatMap((r) => (r.type === 'progress' ? [r.stage] : []));

describe.each(EXAMPLE_IDS.flatMap((id) => (['sv', 'en'] as const).map((lang) => [id, lang] as const)))('a report job of %s (%s)', (id, lang) => {
  it('is plain data: its structured clone equals it, for every kind', async () => {
    const request = exampleRequest(id, lang);
    for (const kind of ['pdf', 'html', 'docx'] as const) {
      const job = await jobOf(request, kind);
      expect(job.request).not.toHaveProperty('t');
      expect(structuredClone(job)).toEqual(job);
    }
  });
});

describe('the worker handler', () => {
  beforeEach(() => {
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(new Date('2026-12-01T09:30:00Z'));
  });
  afterEach(() => vi.useRealTimers());

  it('makes the PDF: four stages, then the file, named as before, reading back and carrying the assessment', async () => {
    const request = exampleRequest('digital-first', 'sv');
    const replies = await post(await jobOf(request, 'pdf', 'en'));
    expect(stages(replies)).toEqual(['fonts', 'model', 'draw', 'attach']);
    expect(stages(replies)).toEqual(STAGES.pdf);
    const done = replies.at(-1)!;
    expect(replies.filter((r) => r.type === 'done')).toHaveLength(1);
    if (done.type !== 'done' || typeof done.file.content === 'string') throw new Error(`not a PDF: ${JSON.stringify(done).slice(0, 200)}`);
    expect(done.id).toBe(7);
    expect(done.file.type).toBe('application/pdf');
    // A Swedish report on an English screen says its language in its name.
    expect(done.file.name).toBe(reportFileName(displayName(request.file, request.assessment), 'sv', 'pdf', 'en', subjectContext(request.file)));
    expect(done.file.name).toMatch(/\.sv\.pdf$/);
    const path = join(dir, done.file.name);
    writeFileSync(path, done.file.content);
    const text = execFileSync('pdftotext', ['-enc', 'UTF-8', path, '-'], { encoding: 'utf8' }).replace(/\s+/g, ' ');
    expect(text).toContain(displayName(request.file, request.assessment));
    expect(text).toContain('Sida 1 av');
    const carried = await assessmentFromPdf(done.file.content);
    expect(carried.ok && carried.value.answers).toEqual(request.assessment.answers);
  });

  it.each(['sv', 'en'] as const)('makes the HTML page the report code makes with the page’s own t (%s)', async (lang) => {
    const request = exampleRequest('home-care', lang);
    const replies = await post(await jobOf(request, 'html'));
    expect(stages(replies)).toEqual(STAGES.html);
    const done = replies.at(-1)!;
    if (done.type !== 'done') throw new Error(JSON.stringify(done));
    expect(done.file.content).toBe(assessmentHtml(request));
    expect(done.file.name).toMatch(/\.html$/);
  });

  it('makes the Word file', async () => {
    const replies = await post(await jobOf(exampleRequest('library', 'en'), 'docx'));
    expect(stages(replies)).toEqual(STAGES.docx);
    const done = replies.at(-1)!;
    if (done.type !== 'done' || typeof done.file.content === 'string') throw new Error(JSON.stringify(done).slice(0, 200));
    expect(done.file.name).toMatch(/\.docx$/);
    // A zip file, as every .docx is.
    expect([...done.file.content.slice(0, 2)]).toEqual([0x50, 0x4b]);
  });

  it('answers nothing to a warm-up, which loads the fonts', async () => {
    const posted: WorkerReply[] = [];
    await handleMessage({ type: 'warm' }, (reply) => posted.push(reply));
    expect(posted).toEqual([]);
  });

  it('answers a job it cannot make with an error, after the stage it reached', async () => {
    const job = await jobOf(exampleRequest('library', 'sv'), 'pdf');
    const broken = { ...job, request: { ...job.request, file: { ...job.request.file, steps: undefined } } } as unknown as ReportJob;
    const replies = await post(broken);
    // It fails making the model, after the fonts: the stages so far, then the error, and nothing after.
    expect(replies.map((r) => r.type)).toEqual(['progress', 'progress', 'error']);
    expect(stages(replies)).toEqual(['fonts', 'model']);
    const error = replies[2]!;
    expect(error.type === 'error' && error.id === 7 && error.message.length > 0).toBe(true);
  });
});
