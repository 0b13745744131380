/**
 * The app's report client: one module worker made by Vite from
 * ./report.worker.ts (a file of its own in the build, allowed by the CSP's
 * `worker-src 'self'`, precached like every script), with ../browser.ts as
 * the page's fallback where no worker can run.
 */
import { createReportClient } from './client';

export const reports = createReportClient(
  () => (typeof Worker === 'undefined' ? undefined : new Worker(new URL('./report.worker.ts', import.meta.url), { type: 'module', name: 'report' })),
  async () => (await import('../browser')).renderReport,
);
