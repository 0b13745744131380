/**
 * Lighthouse (mobile, its default simulated throttling) against a built
 * folder served as a web host would (serve.ts), run through its CLI with
 * Debian's Chromium: performance and accessibility scores and the main
 * timings of each run.
 */
import { spawn } from 'node:child_process';
import { ARGS, CHROMIUM } from './browser';
import { serveDist } from './serve';

export interface LighthouseRun {
  performance: number;
  accessibility: number;
  fcp: number;
  lcp: number;
  tbt: number;
  speedIndex: number;
  cls: number;
  /** Why Lighthouse gave no figures for this run (every figure is then NaN), e.g. a page that paints nothing. */
  error?: string;
}

const failed = (error: string): LighthouseRun => ({ performance: Number.NaN, accessibility: Number.NaN, fcp: Number.NaN, lcp: Number.NaN, tbt: Number.NaN, speedIndex: Number.NaN, cls: Number.NaN, error });

interface Report {
  categories: Record<string, { score: number | null }>;
  audits: Record<string, { numericValue?: number }>;
  runtimeError?: { message: string };
}

function runOnce(url: string): Promise<LighthouseRun> {
  const args = ['lighthouse', url, '--only-categories=performance,accessibility', `--chrome-flags=${ARGS.join(' ')}`, '--output=json', '--output-path=stdout', '--quiet'];
  return new Promise((resolve, reject) => {
    // Not spawnSync: the server in this process must keep answering.
    const child = spawn('npx', args, { env: { ...process.env, CHROME_PATH: CHROMIUM }, stdio: ['ignore', 'pipe', 'inherit'] });
    let out = '';
    child.stdout.on('data', (d: Buffer) => (out += d.toString('utf8')));
    child.on('error', reject);
    child.on('close', (code) => {
      let lhr: Report;
      try {
        lhr = JSON.parse(out) as Report;
      } catch {
        return reject(new Error(`lighthouse exited with ${code} and no report`));
      }
      if (lhr.runtimeError) return reject(new Error(lhr.runtimeError.message));
      if (code !== 0) return reject(new Error(`lighthouse exited with ${code}`));
      const score = (id: string) => Math.round((lhr.categories[id]?.score ?? 0) * 100);
      const value = (id: string) => lhr.audits[id]?.numericValue ?? Number.NaN;
      resolve({
        performance: score('performance'),
        accessibility: score('accessibility'),
        fcp: value('first-contentful-paint'),
        lcp: value('largest-contentful-paint'),
        tbt: value('total-blocking-time'),
        speedIndex: value('speed-index'),
        cls: value('cumulative-layout-shift'),
      });
    });
  });
}

/**
 * `runs` Lighthouse runs on each folder of `dists`, taking turns (one run of
 * each, then the next round), so that a busy spell on the machine falls on
 * all of them alike. Each run has a fresh Chromium profile.
 */
export async function lighthouseRuns(dists: string[], runs: number): Promise<LighthouseRun[][]> {
  const servers = await Promise.all(dists.map((dist) => serveDist(dist)));
  try {
    const results: LighthouseRun[][] = dists.map(() => []);
    for (let i = 0; i < runs; i += 1) {
      // A failed run (a floor page with nothing in it paints nothing) is kept as one, not the end of the bench.
      for (const [n, server] of servers.entries()) results[n]!.push(await runOnce(server.url).catch((e: Error) => failed(e.message)));
    }
    return results;
  } finally {
    await Promise.all(servers.map((s) => s.close()));
  }
}
