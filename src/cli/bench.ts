// npm run bench: speed and size figures, printed, never asserted (timings on
// a shared 2-core machine vary; the byte budget has its own test). Every
// figure is taken on the built app and, in the same run, on the floor page
// (floor.ts: the start page's markup and the app's CSS, no script, built by
// Vite too), both served as a web host would (serve.ts: gzip), and printed
// with the app's figure as a multiple of the floor's:
//   - first load: the HTML, and the JS+CSS by the manifest's count and as
//     Chromium fetches it until the app is usable (its data-app="ready"
//     mark); the floor's HTML and CSS; whether any PDF code is in it
//   - sync: the gzip size of the chunks a browser loads once sync is switched
//     on (yjs, @hocuspocus/provider, y-indexeddb, src/sync/), beside the aim
//     of 37 kB, and that the first load (and the app's main chunk) holds none of them; from a build of
//     this tree with VITE_SYNC_URL and its module graph (sync-chunks.ts)
//   - Lighthouse mobile (simulated throttling), app and floor taking turns,
//     median of BENCH_LH_RUNS (5): performance, accessibility, FCP, LCP,
//     TBT, Speed Index, CLS, with every run printed
//   - step transition in Chromium: Next clicked → next heading focused, median of 20
//   - the first press on the start page → the next screen, untouched (the app's script not yet run) and
//     after the visitor's pointer arrived, median of FIRST_PRESS_RUNS
//   - report click-to-file in Chromium for each worked example in its
//     language and for the four-group case, report code prefetched, median
//     of BENCH_REPORT_RUNS (3) on one page, and the first on the page alone,
//     with the main thread's long tasks meanwhile
//   - PDF in Node: median render time of each worked example and of a stress
//     assessment (40 groups, 60 measures, long answers), in both languages
//   - the walk: a four-group assessment entered at 1280 × 800 (screens,
//     clicks, keystrokes, text entries, the tallest page); `--walk-only` or
//     BENCH_WALK=1 runs just this, BENCH_CASE=<file> another worked example,
//     BENCH_WALK_LOG=1 prints what the walk entered on each screen
// BENCH_DIST=<dir> measures another build (used as it is, not rebuilt), e.g.
// an earlier commit's, for a before-and-after; BENCH_BUILD=0 reuses dist/.
// It ends with the side-by-side table, ready to paste into a note.
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { availableParallelism, loadavg } from 'node:os';
import { join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
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
import { reportRuns, withBrowser, type ReportRun } from './bench/browser';
import { firstLoad } from './bench/first-load';
import { buildFloor, floorBytes, rootMarkup } from './bench/floor';
import { lighthouseRuns, type LighthouseRun } from './bench/lighthouse';
import { reportCases } from './bench/report-cases';
import { stepTransitions } from './bench/steps';
import { measureSyncBuild, SYNC_AIM_GZIP_BYTES } from './bench/sync-chunks';
import { firstPress } from './bench/first-press';
import { formatTable, median, type Row } from './bench/table';
import { usableLoad, type UsableLoad } from './bench/usable-load';
import { walkBuild } from './bench/walk';
import { walkCase } from './bench/walk-case';
import { screensOf, walkTable } from './bench/walk-tally';

const ROOT = resolve(import.meta.dirname, '../..');
const DIST = resolve(ROOT, 'dist');
const RUNS = Number(process.env.BENCH_RUNS ?? 5);
const LH_RUNS = Number(process.env.BENCH_LH_RUNS ?? 5);
const REPORT_RUNS = Number(process.env.BENCH_REPORT_RUNS ?? 3);
const STEPS = 20;
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
  const { observations, tally } = await walkBuild(dist, walkCase(example.answers), texts, lang === 'sv' ? 'sv-SE' : 'en-GB');
  console.log(walkTable(screensOf(observations, tally), tally, (n) => new Intl.NumberFormat('en-GB').format(n)));
}

function build(): void {
  const run = spawnSync('npx', ['vite', 'build', '--logLevel', 'error'], { cwd: ROOT, stdio: 'inherit' });
  if (run.status !== 0) process.exit(1);
}

/** The build measured: BENCH_DIST as it is, else dist/, built first unless BENCH_BUILD=0 finds one there. */
const APP = process.env.BENCH_DIST ? resolve(process.env.BENCH_DIST) : DIST;
if (!process.env.BENCH_DIST && (!existsSync(resolve(DIST, 'index.html')) || process.env.BENCH_BUILD !== '0')) build();

if (process.argv.includes('--walk-only') || process.env.BENCH_WALK === '1') {
  await walkSection(APP);
  process.exit(0);
}

const rows: Row[] = [];
const sizeOf = (path: string) => {
  const bytes = readFileSync(path);
  return { raw: bytes.length, gzip: gzipSync(bytes, { level: 9 }).length };
};

// BENCH_FLOOR_FROM=<dir>: the floor from another build's start page, so that an earlier build without a
// prerendered page (whose floor would be empty) is measured against the same floor as a later one.
const FLOOR_FROM = process.env.BENCH_FLOOR_FROM ? resolve(process.env.BENCH_FLOOR_FROM) : APP;
console.log(`== The floor page (the start page's markup and the app's CSS, no script), built from ${FLOOR_FROM}`);
const FLOOR = await buildFloor(ROOT, FLOOR_FROM);
const floor = floorBytes(FLOOR);
for (const f of floor.files) console.log(`  ${f.file}: ${kb(f.raw)} raw, ${kb(f.gzip)} gzip`);
const prerendered = /^<div\b[^>]*>\s*<\/div>$/.test(rootMarkup(readFileSync(join(FLOOR_FROM, 'index.html'), 'utf8'))) ? 'EMPTY (this build does not prerender the start page)' : 'the prerendered start page';
console.log(`  body: ${prerendered}; in ${FLOOR}`);

console.log(`\n== First load (${APP}/index.html and what the start page needs before it renders, by the manifest)`);
const appHtml = sizeOf(join(APP, 'index.html'));
console.log(`  index.html: ${kb(appHtml.raw)} raw, ${kb(appHtml.gzip)} gzip`);
const load = firstLoad(APP);
for (const f of load.files) console.log(`  ${f.file}: ${kb(f.raw)} raw, ${kb(f.gzip)} gzip`);
console.log(`  total JS+CSS: ${kb(load.raw)} raw, ${kb(load.gzip)} gzip`);
console.log(`  PDF code in first load: ${load.pdfCodeInFirstLoad ? `YES (${load.pdfLibraries.join(', ')})` : 'no'}`);
rows.push({ figure: 'HTML, gzip', unit: 'kB', app: appHtml.gzip, floor: floor.html.gzip });
rows.push({ figure: 'JS+CSS of the first load (manifest), gzip', unit: 'kB', app: load.gzip, floor: floor.css.gzip });

console.log('\n== Sync switched on (this tree built with VITE_SYNC_URL; chunks holding sync modules, by the module graph)');
const sync = await measureSyncBuild(ROOT);
for (const f of sync.files) console.log(`  ${f.file}: ${kb(f.raw)} raw, ${kb(f.gzip)} gzip`);
const overAim = sync.gzip - SYNC_AIM_GZIP_BYTES;
console.log(`  total JS: ${kb(sync.raw)} raw, ${kb(sync.gzip)} gzip; aim ${kb(SYNC_AIM_GZIP_BYTES)} gzip: ${overAim > 0 ? `OVER by ${kb(overAim)}` : `within, ${kb(-overAim)} to spare`}`);
console.log(`  libraries in them: ${sync.libraries.join(', ') || 'NONE (the figure measures nothing)'}`);
console.log(`  sync code in the first load or the app's main chunk: ${sync.inFirstLoad.files.length ? `YES (${sync.inFirstLoad.files.join(', ')}: ${sync.inFirstLoad.modules.length} modules)` : 'no'}`);
rows.push({ figure: `JS of sync when switched on, gzip (aim ${kb(SYNC_AIM_GZIP_BYTES)})`, unit: 'kB', app: sync.gzip });
rows.push({ figure: 'sync modules in the first load and main chunk', unit: 'count', app: sync.inFirstLoad.modules.length });

console.log('\n== Fetched by Chromium until the app is usable (data-app="ready"), fresh profile');
const usable: Record<string, UsableLoad | undefined> = {};
for (const page of ['', ...(existsSync(join(APP, 'en.html')) ? ['en.html'] : [])]) {
  try {
    const u = await withBrowser(APP, (p, url) => usableLoad(p, url + page, APP), { open: false });
    usable[page] = u;
    console.log(`  /${page}: ${u.files.length} JS+CSS files, ${kb(u.raw)} raw, ${kb(u.gzip)} gzip (${u.files.map((f) => f.file).join(', ')})`);
  } catch (error) {
    console.log(`  /${page}: the app never marked itself ready (${(error as Error).message.split('\n')[0]})`);
  }
}
rows.push({ figure: 'JS+CSS fetched until usable, gzip', unit: 'kB', app: usable['']?.gzip, floor: floor.css.gzip });

console.log(`\n== Lighthouse, mobile (simulated throttling), app and floor taking turns, median of ${LH_RUNS}`);
const [lhApp, lhFloor] = (await lighthouseRuns([APP, FLOOR], LH_RUNS)) as [LighthouseRun[], LighthouseRun[]];
const lhLine = (r: LighthouseRun) => r.error ? `no figures: ${r.error}` : `${r.performance}/${r.accessibility} FCP ${ms(r.fcp)} LCP ${ms(r.lcp)} TBT ${ms(r.tbt)} SI ${ms(r.speedIndex)} CLS ${r.cls.toFixed(3)}`;
for (const [name, runs] of [['app', lhApp], ['floor', lhFloor]] as const) {
  console.log(`  ${name} runs (performance/accessibility):`);
  for (const r of runs) console.log(`    ${lhLine(r)}`);
}
const lhFigures: Array<[string, Exclude<keyof LighthouseRun, 'error'>, Row['unit']]> = [
  ['Lighthouse performance', 'performance', 'score'],
  ['Lighthouse accessibility', 'accessibility', 'score'],
  ['First Contentful Paint', 'fcp', 'ms'],
  ['Largest Contentful Paint', 'lcp', 'ms'],
  ['Total Blocking Time', 'tbt', 'ms'],
  ['Speed Index', 'speedIndex', 'ms'],
  ['CLS', 'cls', 'cls'],
];
for (const [figure, key, unit] of lhFigures) {
  rows.push({ figure, unit, app: median(lhApp.map((r) => r[key])), floor: median(lhFloor.map((r) => r[key])) });
}

console.log(`\n== Step transition in Chromium (Next clicked → next heading focused, median of ${STEPS})`);
const steps = await withBrowser(APP, (page, baseURL) => stepTransitions(page, baseURL, STEPS));
console.log(`  ${ms(median(steps))} (min ${ms(Math.min(...steps))}, max ${ms(Math.max(...steps))})`);
rows.push({ figure: 'step transition', unit: 'ms', app: median(steps) });

const FIRST_PRESS_RUNS = 5;
console.log(`\n== First press on the start page → next screen in Chromium, untouched and after the pointer arrived (median of ${FIRST_PRESS_RUNS})`);
const presses = { untouched: [] as number[], arrived: [] as number[] };
for (let i = 0; i < FIRST_PRESS_RUNS; i += 1) {
  for (const arrived of [false, true]) presses[arrived ? 'arrived' : 'untouched'].push(await withBrowser(APP, (page, baseURL) => firstPress(page, baseURL, arrived), { open: false }));
}
console.log(`  untouched ${presses.untouched.map(ms).join(', ')}; arrived ${presses.arrived.map(ms).join(', ')}`);
rows.push({ figure: 'first press → next screen, page untouched', unit: 'ms', app: median(presses.untouched) });
rows.push({ figure: 'first press → next screen, pointer arrived first', unit: 'ms', app: median(presses.arrived) });

console.log(`\n== Report click-to-file in Chromium (PDF, report code prefetched, median of ${REPORT_RUNS}), and the main thread's long tasks meanwhile`);
const runLine = (r: ReportRun) => `${ms(r.ms)} (longest task ${ms(r.longestTask)}, ${r.longTasks} over 50 ms)`;
let four: ReportRun[] = [];
// The first download on a page also starts whatever the report needs beyond the prefetched code (a worker, its fonts).
const firsts: number[] = [];
for (const c of reportCases(resolve(ROOT, 'questionnaires/examples'))) {
  const label = createI18n(c.lang).t('pdf.download');
  const runs = await withBrowser(APP, async (page, baseURL) => {
    await seed(page, c.record);
    return reportRuns(page, baseURL, c.record.id, label, REPORT_RUNS);
  }, { lang: c.lang });
  console.log(`  ${c.name}: ${ms(median(runs.map((r) => r.ms)))}; runs ${runs.map(runLine).join(', ')}`);
  if (c.fourGroups) four = runs;
  firsts.push(runs[0]!.ms);
  rows.push({ figure: `report click-to-file: ${c.name}`, unit: 'ms', app: median(runs.map((r) => r.ms)) });
}
rows.push({ figure: 'report click-to-file: first on its page (median of the above)', unit: 'ms', app: median(firsts) });
rows.push({ figure: 'longest main-thread task during the four-group report', unit: 'ms', app: Math.max(...four.map((r) => r.longestTask)) });
rows.push({ figure: 'tasks over 50 ms during the four-group report', unit: 'count', app: median(four.map((r) => r.longTasks)) });

console.log(`\n== PDF rendering in Node (median of ${RUNS})`);
for (const c of CASES) {
  const t = await renderTimes(caseAssessment(c));
  console.log(`  ${c.title}: sv ${ms(t.sv!)}, en ${ms(t.en!)}`);
}
const stress = await renderTimes(stressAssessment());
console.log(`  stress (40 groups, 60 measures, long answers): sv ${ms(stress.sv!)}, en ${ms(stress.en!)}`);

await walkSection(APP);

const commit = spawnSync('git', ['log', '-1', '--format=%h'], { cwd: ROOT, encoding: 'utf8' }).stdout.trim();
const dirty = spawnSync('git', ['status', '--porcelain', '--untracked-files=no'], { cwd: ROOT, encoding: 'utf8' }).stdout.trim() !== '';
console.log('\n== Summary (app and floor page, same run, both served with gzip)');
console.log(`${new Date().toISOString().slice(0, 16).replace('T', ' ')} UTC · ${process.env.BENCH_DIST ? `build ${APP}` : `commit ${commit}${dirty ? ' with changes not committed' : ''}`}`);
console.log(`node ${process.version} · ${availableParallelism()} cores · load average ${loadavg().map((l) => l.toFixed(1)).join(' ')}`);
console.log(formatTable(rows));
console.log(`Lighthouse mobile (simulated phone): median of ${LH_RUNS} runs each, app and floor in turns. Reports: PDF, median of ${REPORT_RUNS} downloads each on one page, the first of them included (the longest task is the worst of them); the floor page makes none.`);
const scores = (runs: LighthouseRun[]) => runs.map((r) => (r.error ? '–' : String(r.performance))).join(', ');
console.log(`Lighthouse performance, each run: app ${scores(lhApp)}; floor ${scores(lhFloor)}`);
