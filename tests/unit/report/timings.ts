// Render times of the report tests, printed and saved as
// test-results/report/timings-<file>.json for the benchmark notes. Measured
// inside the test run (other test files may be rendering at the same time),
// so they are an upper bound, not a benchmark.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { OUT } from './render';

export function recordTimings(file: string, timings: Array<[name: string, ms: number, pages: number]>): void {
  if (!timings.length) return;
  const rows = timings.map(([name, ms, pages]) => ({ name, ms: Math.round(ms), pages }));
  writeFileSync(join(OUT, `timings-${file}.json`), `${JSON.stringify(rows, null, 2)}\n`);
  console.log(rows.map((r) => `${r.name}: ${r.ms} ms, ${r.pages} pages`).join('\n'));
}
