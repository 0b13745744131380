// npm run load: the sync server's load run on localhost (see load/run.ts), figures printed, never asserted.
//   LOAD_CLIENTS (20) writers on as many documents, LOAD_SECONDS (60), LOAD_INTERVAL_MS (250) between one
//   writer's edits; DATABASE_URL to store the documents in PostgreSQL rather than in memory.
import { loadRun } from './load/run';

const options = {
  clients: Number(process.env.LOAD_CLIENTS ?? 20),
  seconds: Number(process.env.LOAD_SECONDS ?? 60),
  intervalMs: Number(process.env.LOAD_INTERVAL_MS ?? 250),
  ...(process.env.DATABASE_URL ? { databaseUrl: process.env.DATABASE_URL } : {}),
};
console.log(`Load run: ${options.clients} clients, each editing a document of its own, for ${options.seconds} s (an edit every ${options.intervalMs} ms), with an observer per document …`);
const r = await loadRun(options);
const ms = (x: number) => `${Math.round(x)} ms`;
console.log(`  edits: ${r.edits} in ${r.seconds.toFixed(1)} s, ${r.editsPerSecond.toFixed(1)} per second`);
console.log(`  edit → another client: median ${ms(r.p50)}, 95th percentile ${ms(r.p95)}, longest ${ms(r.max)}`);
console.log(`  lost: ${r.lostAtObservers} at the observers, ${r.lostAtServer} at the server`);
process.exit(r.lostAtObservers + r.lostAtServer === 0 ? 0 : 1);
