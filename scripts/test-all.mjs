// `npm test`: every check in order (typecheck, lint, unit, content and
// integration tests (the sync server on localhost, PostgreSQL of its own),
// build, real-browser e2e tests), then one line `N passed, N failed` over
// all of them. Typecheck, lint and build count as one check each; the test
// runners contribute their own counts. Exits non-zero if anything failed.
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, rmSync } from 'node:fs';
import { ensureSystemDeps } from './system-deps.mjs';

ensureSystemDeps();

let passed = 0;
let failed = 0;
const failures = [];

function run(name, cmd, args, env = {}) {
  console.log(`\n=== ${name}: ${cmd} ${args.join(' ')}`);
  const result = spawnSync(cmd, args, { stdio: 'inherit', env: { ...process.env, ...env } });
  return result.status === 0;
}

function check(name, cmd, args) {
  if (run(name, cmd, args)) passed += 1;
  else {
    failed += 1;
    failures.push(name);
  }
}

/** Runs a vitest suite and adds its counts from the JSON report. */
function suite(name, args, report) {
  rmSync(report, { force: true });
  const ok = run(name, 'npx', ['vitest', 'run', ...args]);
  if (!existsSync(report)) {
    failed += 1;
    failures.push(`${name} (no report)`);
    return;
  }
  const json = JSON.parse(readFileSync(report, 'utf8'));
  passed += json.numPassedTests;
  // Suites that fail to load have no tests to count; count each as a failure.
  const broken = json.testResults.filter((r) => r.status === 'failed' && r.assertionResults.length === 0).length;
  failed += json.numFailedTests + broken;
  if (json.numTotalTests === 0) {
    failed += 1;
    failures.push(`${name} (ran no test)`);
  }
  if (!ok || json.numFailedTests + broken > 0) failures.push(name);
}

check('typecheck', 'npx', ['tsc', '-b']);
check('lint', 'npx', ['oxlint', '--deny-warnings', 'src', 'tests', 'scripts']);
suite('unit, content and integration tests', [], 'node_modules/.tmp/vitest-unit.json');
const built = run('build', 'npx', ['vite', 'build']);
if (built) {
  passed += 1;
  suite('e2e tests (Chromium)', ['-c', 'vitest.e2e.config.ts'], 'node_modules/.tmp/vitest-e2e.json');
} else {
  failed += 2;
  failures.push('build', 'e2e tests (not run: the build failed)');
}

if (failures.length) console.log(`\nFailed: ${[...new Set(failures)].join(', ')}`);
console.log(`\n${passed} passed, ${failed} failed`);
process.exit(failed === 0 ? 0 : 1);
