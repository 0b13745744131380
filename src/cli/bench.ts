// npm run bench: speed and size figures, printed, never asserted (timings on
// a shared 2-core machine vary; the byte budget has its own test).
//   - first load: JS+CSS bytes raw and gzip, and whether any PDF code is in it
//   - Lighthouse mobile: performance and accessibility, median of 3 runs
//   - step transition in Chromium: Next clicked → next heading focused, median of 20
//   - PDF in Chromium: click-to-file for a worked example, PDF code prefetched
//   - PDF in Node: median render time of each worked example and of a stress
//     assessment (40 groups, 60 measures, long answers), in both languages
//   - the walk: a four-group assessment entered at 1280 × 800 (screens,
//     clicks, keystrokes, text entries, the tallest page); `--walk-only` or
//     BENCH_WALK=1 runs just this, BENCH_DIST=<dir> walks another build
//     (used as it is, not rebuilt), BENCH_CASE=<file> another worked example,
//     BENCH_WALK_LOG=1 prints what the walk entered on each screen
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { decisionText } from '../assessment/decision-text';
import { evaluate } from '../assessment/evaluate';
import type { Assessment } from '../assessment/assessment';
import { createI18n } from '../i18n';
import { LANGUAGES } from '../i18n/resources';
import { framework, questionnaires } from '../questionnaire/catalogue';
import { renderAssessmentPdf } from '../report/node';
import { CASES, caseAssessment } from '../../tests/fixtures/cases';
import { stressAssessment } from '../../tests/fixtures/stress';
import { seed } from '../../tests/fixtures/seed';
import { pdfClickToFile, visitedFiles, withBrowser } from './bench/browser';
import { firstLoad } from './bench/first-load';
import { lighthouseRuns } from './bench/lighthouse';
import { stepTransitions } from './bench/steps';
import { walkBuild } from './bench/walk';
import { walkCase } from './bench/walk-case';
import { screensOf, walkTable } from './bench/walk-tally';

const ROOT = resolve(import.meta.dirname, '../..');
const DIST = resolve(ROOT, 'dist');
const RUNS = Number(process.env.BENCH_RUNS ?? 5);
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
const ms = (x: number) => `${Math.round(x)} ms`;
const kb = (x: number) => `${(x / 1000).toFixed(1)} kB`;

async function renderTimes(assessment: Assessment): Promise<Record<string, number>> {
  const file = questionnaires.find((q) => q.id === assessment.questionnaire.id)!;
  const result = evaluate(file, framework, assessment);
  const decision = decisionText(file, framework, assessment.answers, result);
  const out: Record<string, number> = {};
  for (const lang of LANGUAGES) {
    const i18n = createI18n(lang);
    const times: number[] = [];
    for (let i = 0; i < RUNS; i += 1) {
      const start = performance.now();
      await renderAssessmentPdf({ file, framework, assessment, t: i18n.t.bind(i18n), lang, result, decision });
      times.push(performance.now() - start);
    }
    out[lang] = median(times);
  }
  return out;
}

/**
 * The walk through a worked example's case (four affected groups in the
 * library example), in the example's language, on the build in `dist`.
 */
const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

async function walkSection(dist: string): Promise<void> {
  const name = process.env.BENCH_CASE ?? 'library.sv.json';
  const example = JSON.parse(readFileSync(resolve(ROOT, 'questionnaires/examples', name), 'utf8')) as Assessment;
  const lang = LANGUAGES.find((l) => name.endsWith(`.${l}.json`)) ?? 'sv';
  const t = createI18n(lang).t;
  const texts = {
    lang,
    questionnaire: t(`content:questionnaires.${example.questionnaire.id}.title`),
    begin: t('wizard.begin'),
    review: t('review.heading'),
    results: t('wizard.showResults'),
    // The button beside a criterion and the one for all of a page's criteria.
    suggestion: new RegExp(`^(${[t('wizard.toolUse'), t('wizard.toolUseAll')].map(escapeRegExp).join('|')})`),
    copyFrom: t('wizard.copyFrom'),
    selectAll: t('wizard.selectAllGroups'),
    filler: lang === 'sv' ? 'Se underlaget.' : 'See the background papers.',
  };
  console.log(`\n== The walk: ${name} entered in Chromium at 1280 × 800 with the mouse (${dist})`);
  const { observations, tally } = await walkBuild(ROOT, dist, walkCase(example.answers), texts, lang === 'sv' ? 'sv-SE' : 'en-GB');
  console.log(walkTable(screensOf(observations, tally), tally, (n) => new Intl.NumberFormat('en-GB').format(n)));
}

if (process.argv.includes('--walk-only') || process.env.BENCH_WALK === '1') {
  const dist = process.env.BENCH_DIST ? resolve(process.env.BENCH_DIST) : DIST;
  if (!process.env.BENCH_DIST && (!existsSync(resolve(DIST, 'index.html')) || process.env.BENCH_BUILD !== '0')) build();
  await walkSection(dist);
  process.exit(0);
}

function build(): void {
  const run = spawnSync('npx', ['vite', 'build', '--logLevel', 'error'], { cwd: ROOT, stdio: 'inherit' });
  if (run.status !== 0) process.exit(1);
}

if (!existsSync(resolve(DIST, 'index.html')) || process.env.BENCH_BUILD !== '0') build();

console.log('== First load (dist/index.html and what the start page needs before it renders)');
const load = firstLoad(DIST);
for (const f of load.files) console.log(`  ${f.file}: ${kb(f.raw)} raw, ${kb(f.gzip)} gzip`);
console.log(`  total JS+CSS: ${kb(load.raw)} raw, ${kb(load.gzip)} gzip`);
console.log(`  PDF code in first load: ${load.pdfCodeInFirstLoad ? `YES (${load.pdfLibraries.join(', ')})` : 'no'}`);
const visited = await withBrowser(ROOT, (page, baseURL) => visitedFiles(page, baseURL, DIST));
console.log(`  Chromium, start page until the network is idle (with the lazy storage code): ${visited.count} JS+CSS files, ${kb(visited.raw)} raw, ${kb(visited.gzip)} gzip`);

const LH_RUNS = 3;
console.log(`\n== Lighthouse, mobile (simulated throttling), median of ${LH_RUNS}`);
const lh = await lighthouseRuns(ROOT, LH_RUNS);
const pick = (key: keyof (typeof lh)[number]) => median(lh.map((r) => r[key]));
console.log(`  performance ${pick('performance')}, accessibility ${pick('accessibility')} (runs: ${lh.map((r) => `${r.performance}/${r.accessibility}`).join(', ')})`);
console.log(`  FCP ${ms(pick('fcp'))}, LCP ${ms(pick('lcp'))}, TBT ${ms(pick('tbt'))}, CLS ${pick('cls').toFixed(3)}`);

const STEPS = 20;
console.log(`\n== Step transition in Chromium (Next clicked → next heading focused, median of ${STEPS})`);
const steps = await withBrowser(ROOT, (page, baseURL) => stepTransitions(page, baseURL, STEPS));
console.log(`  ${ms(median(steps))} (min ${ms(Math.min(...steps))}, max ${ms(Math.max(...steps))})`);

console.log(`\n== PDF click-to-file in Chromium (prefetched, median of ${RUNS})`);
const clicks = await withBrowser(ROOT, async (page, baseURL) => {
  const record = caseAssessment(CASES[0]!);
  await seed(page, record);
  return pdfClickToFile(page, baseURL, record.id, RUNS);
});
console.log(`  ${CASES[0]!.title}: ${ms(median(clicks))} (runs: ${clicks.map(ms).join(', ')})`);

console.log(`\n== PDF rendering in Node (median of ${RUNS})`);
for (const c of CASES) {
  const t = await renderTimes(caseAssessment(c));
  console.log(`  ${c.title}: sv ${ms(t.sv!)}, en ${ms(t.en!)}`);
}
const stress = await renderTimes(stressAssessment());
console.log(`  stress (40 groups, 60 measures, long answers): sv ${ms(stress.sv!)}, en ${ms(stress.en!)}`);

await walkSection(process.env.BENCH_DIST ? resolve(process.env.BENCH_DIST) : DIST);
