// The one gate before every change and in CI: types, lint, build, then every test suite.
// Prints one combined "N passed, N failed" line (CI reads it) and fails on any failure or when a
// suite ran no test.
import { spawnSync } from 'node:child_process';
import { readFileSync, mkdirSync } from 'node:fs';

const steps = [
  ['types (solver, pure)', 'npx', ['tsc', '-p', 'tsconfig.solver.json']],
  ['types (node side and tests)', 'npx', ['tsc', '-p', 'tsconfig.json']],
  ['types (renderer)', 'npx', ['tsc', '-p', 'tsconfig.renderer.json']],
  ['lint', 'npx', ['eslint', '--max-warnings', '0', '.']],
  ['build', 'node', ['scripts/build.mjs']],
];
const only = process.argv.slice(2);

let passed = 0;
let failed = 0;
for (const [name, cmd, args] of steps) {
  if (only.length && !only.includes('static')) break;
  const t0 = Date.now();
  const r = spawnSync(cmd, args, { stdio: 'inherit' });
  const ok = r.status === 0;
  console.log(`${ok ? 'ok  ' : 'FAIL'} ${name} (${((Date.now() - t0) / 1000).toFixed(1)} s)`);
  if (ok) passed += 1;
  else failed += 1;
}

if (failed === 0) {
  mkdirSync('.tmp', { recursive: true });
  const report = '.tmp/vitest.json';
  const projects = only.filter((p) => p !== 'static');
  const projectArgs = projects.flatMap((p) => ['--project', p]);
  const t0 = Date.now();
  const r = spawnSync('npx', ['vitest', 'run', ...projectArgs, '--reporter=default', '--reporter=json', `--outputFile.json=${report}`], { stdio: 'inherit' });
  let results;
  try {
    results = JSON.parse(readFileSync(report, 'utf8'));
  } catch {
    results = null;
  }
  if (!results) {
    console.log('FAIL tests: vitest wrote no report');
    failed += 1;
  } else {
    const byProject = new Map();
    for (const file of results.testResults) {
      for (const t of file.assertionResults) {
        const project = file.name.includes('/test/e2e/') ? 'e2e' : file.name.includes('/test/renderer/') ? 'renderer' : 'unit';
        const entry = byProject.get(project) ?? { passed: 0, failed: 0 };
        if (t.status === 'passed') entry.passed += 1;
        else entry.failed += 1;
        byProject.set(project, entry);
      }
    }
    for (const [project, e] of byProject) console.log(`     ${project}: ${e.passed} passed, ${e.failed} failed`);
    const expected = projects.length ? projects : ['unit', 'e2e'];
    for (const p of expected) {
      if (!byProject.get(p)?.passed) {
        console.log(`FAIL the ${p} suite ran no test`);
        failed += 1;
      }
    }
    passed += results.numPassedTests;
    // (vitest 4 has no numRuntimeErrorTestSuites; a file that fails to load is caught by the exit status below)
    failed += results.numFailedTests;
    if (r.status !== 0 && results.numFailedTests === 0) failed += 1;
    console.log(`tests: ${((Date.now() - t0) / 1000).toFixed(1)} s`);
  }
}

console.log(`${passed} passed, ${failed} failed`);
process.exit(failed === 0 ? 0 : 1);
