/**
 * A load run of the sync server on localhost: `clients` writers, each
 * editing a document of its own (a worked example) for `seconds`, one edit
 * every `intervalMs` (text typed at the end of an answer), while an observer
 * per document, another client, waits for each edit to arrive. Measures the
 * edits per second and the time from an edit to another client, and checks
 * at the end that every edit is in the observer's copy and in the server's.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { resolve } from 'node:path';
import type * as Y from 'yjs';
import type { Assessment } from '../../assessment/assessment';
import { parseAssessmentJson } from '../../assessment/export-file';
import { questionnaires } from '../../questionnaire/catalogue';
import { startSyncServer } from '../../server/server';
import { issueToken } from '../../server/tokens';
import { assessmentToDoc, freeTextOf, updateDoc } from '../../sync/binding';
import { connect, until } from '../../server/node-client';

export interface LoadOptions {
  clients: number;
  seconds: number;
  intervalMs: number;
  databaseUrl?: string;
}

export interface LoadResult {
  clients: number;
  seconds: number;
  edits: number;
  editsPerSecond: number;
  /** Milliseconds from an edit to the observer having it. */
  p50: number;
  p95: number;
  max: number;
  /** Edits missing at the end, from the observers' copies and the server's. */
  lostAtObservers: number;
  lostAtServer: number;
}

const ANSWER = 'proposal.what';
const EXAMPLES = resolve(import.meta.dirname, '../../../questionnaires/examples');
const SECRET = 'the load run signs its own tokens with this secret';

function proposalExamples(): Assessment[] {
  return readdirSync(EXAMPLES).flatMap((name) => {
    const parsed = parseAssessmentJson(readFileSync(resolve(EXAMPLES, name), 'utf8'));
    return parsed.ok && parsed.value.questionnaire.id === 'proposal' ? [parsed.value] : [];
  });
}

const percentile = (sorted: number[], p: number) => sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? 0;
const textOf = (doc: Y.Doc) => String(doc.getMap('answers').get(ANSWER) ?? '');

export async function loadRun(options: LoadOptions): Promise<LoadResult> {
  const server = await startSyncServer({ secret: SECRET, ...(options.databaseUrl ? { databaseUrl: options.databaseUrl } : {}), debounce: 500, log: () => {} });
  const token = await issueToken({ sub: 'load', name: 'Last', assessments: { '*': 'author' } }, SECRET);
  const bases = proposalExamples();
  const file = questionnaires.find((q) => q.id === 'proposal')!;
  const freeText = freeTextOf(file);
  const latencies: number[] = [];
  const runs = await Promise.all(
    Array.from({ length: options.clients }, async (_, i) => {
      const base = bases[i % bases.length]!;
      const assessment: Assessment = { ...base, id: `load-${i}`, answers: { ...base.answers, [ANSWER]: 'Start.' } };
      const name = `assessment/${assessment.id}`;
      const writer = connect(server.url, name, token, assessmentToDoc(assessment, freeText));
      await writer.synced;
      const observer = connect(server.url, name, token);
      await observer.synced;
      await until(() => textOf(observer.doc) === 'Start.', 10_000, `the observer of ${name}`);
      const sentAt: number[] = [];
      let seen = 0;
      observer.doc.on('update', () => {
        const match = / e(\d+)$/.exec(textOf(observer.doc));
        const last = match ? Number(match[1]) : 0;
        const now = performance.now();
        for (let n = seen + 1; n <= last; n += 1) latencies.push(now - sentAt[n]!);
        seen = Math.max(seen, last);
      });
      return { name, assessment, writer, observer, sentAt, seen: () => seen };
    }),
  );

  const started = performance.now();
  const end = started + options.seconds * 1000;
  let edits = 0;
  await Promise.all(
    runs.map(async (run) => {
      let text = 'Start.';
      let n = 0;
      // Each writer starts at its own moment within the interval, as people do.
      await new Promise((r) => setTimeout(r, Math.random() * options.intervalMs));
      while (performance.now() < end) {
        n += 1;
        text += ` e${n}`;
        run.sentAt[n] = performance.now();
        updateDoc(run.writer.doc, { ...run.assessment, answers: { ...run.assessment.answers, [ANSWER]: text } }, freeText);
        edits += 1;
        await new Promise((r) => setTimeout(r, options.intervalMs));
      }
      run.sentAt.length = n + 1;
    }),
  );
  const elapsed = (performance.now() - started) / 1000;

  // Everything sent must arrive: wait for the observers (bounded), then count what is missing.
  await until(() => runs.every((run) => run.seen() === run.sentAt.length - 1), 30_000, 'every edit to reach its observer').catch(() => undefined);
  const lostAtObservers = runs.reduce((lost, run) => lost + (run.sentAt.length - 1 - run.seen()), 0);
  let lostAtServer = 0;
  for (const run of runs) {
    const held = server.hocuspocus.documents.get(run.name);
    const text = held ? textOf(held) : '';
    for (let n = 1; n < run.sentAt.length; n += 1) if (!text.includes(` e${n}`)) lostAtServer += 1;
  }
  for (const run of runs) {
    run.writer.destroy();
    run.observer.destroy();
  }
  await server.stop();
  const sorted = [...latencies].sort((a, b) => a - b);
  return {
    clients: options.clients,
    seconds: elapsed,
    edits,
    editsPerSecond: edits / elapsed,
    p50: percentile(sorted, 50),
    p95: percentile(sorted, 95),
    max: sorted.at(-1) ?? 0,
    lostAtObservers,
    lostAtServer,
  };
}
