/**
 * Lighthouse (mobile, its default simulated throttling) against the built
 * app on Vite's preview server, run through its CLI with Debian's Chromium:
 * performance and accessibility scores and the main timings of each run.
 */
import { spawn } from 'node:child_process';
import { preview } from 'vite';
import { ARGS, CHROMIUM } from './browser';

export interface LighthouseRun {
  performance: number;
  accessibility: number;
  fcp: number;
  lcp: number;
  tbt: number;
  cls: number;
}

interface Report {
  categories: Record<string, { score: number | null }>;
  audits: Record<string, { numericValue?: number }>;
  runtimeError?: { message: string };
}

function runOnce(url: string): Promise<LighthouseRun> {
  const args = ['lighthouse', url, '--only-categories=performance,accessibility', `--chrome-flags=${ARGS.join(' ')}`, '--output=json', '--output-path=stdout', '--quiet'];
  return new Promise((resolve, reject) => {
    // Not spawnSync: the preview server in this process must keep answering.
    const child = spawn('npx', args, { env: { ...process.env, CHROME_PATH: CHROMIUM }, stdio: ['ignore', 'pipe', 'inherit'] });
    let out = '';
    child.stdout.on('data', (d: Buffer) => (out += d.toString('utf8')));
    child.on('error', reject);
    child.on('close', (code) => {
      if (code !== 0) return reject(new Error(`lighthouse exited with ${code}`));
      const lhr = JSON.parse(out) as Report;
      if (lhr.runtimeError) return reject(new Error(lhr.runtimeError.message));
      const score = (id: string) => Math.round((lhr.categories[id]?.score ?? 0) * 100);
      const value = (id: string) => lhr.audits[id]?.numericValue ?? Number.NaN;
      resolve({
        performance: score('performance'),
        accessibility: score('accessibility'),
        fcp: value('first-contentful-paint'),
        lcp: value('largest-contentful-paint'),
        tbt: value('total-blocking-time'),
        cls: value('cumulative-layout-shift'),
      });
    });
  });
}

/** `runs` Lighthouse runs in a row (each with a fresh Chromium profile) on the built app in `root`/dist. */
export async function lighthouseRuns(root: string, runs: number): Promise<LighthouseRun[]> {
  const server = await preview({ root, preview: { port: 0, host: '127.0.0.1' }, logLevel: 'silent' });
  try {
    const url = server.resolvedUrls!.local[0]!;
    const results: LighthouseRun[] = [];
    for (let i = 0; i < runs; i += 1) results.push(await runOnce(url));
    return results;
  } finally {
    await server.close();
  }
}
