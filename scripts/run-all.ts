/**
 * `npm test`: the unit and component suite, then the browser journeys in Chromium and Firefox,
 * and one closing line with the totals of both, `N passed, N failed`.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

type Report = {
  numPassedTests: number;
  numFailedTests: number;
  numPendingTests?: number;
  success: boolean;
};

const root = path.resolve(import.meta.dirname, '..');
const vitest = path.join(root, 'node_modules/.bin/vitest');
const out = mkdtempSync(path.join(tmpdir(), 'wep-test-'));
const suites = [
  { name: 'unit, component and reliability battery', args: ['run'] },
  { name: 'browser (Chromium, Firefox ESR)', args: ['run', '-c', 'vitest.e2e.config.ts'] },
];
const only = process.argv[2];

let passed = 0;
let failed = 0;
let skipped = 0;
let ok = true;
for (const [index, suite] of suites.entries()) {
  if (only && !suite.name.startsWith(only)) continue;
  const file = path.join(out, `${index}.json`);
  console.log(`\n=== ${suite.name} ===`);
  const run = spawnSync(
    vitest,
    [...suite.args, '--reporter=default', '--reporter=json', `--outputFile.json=${file}`],
    { cwd: root, stdio: 'inherit' },
  );
  let report: Report | undefined;
  try {
    report = JSON.parse(readFileSync(file, 'utf8')) as Report;
  } catch {
    console.error(`${suite.name}: no report was written (exit ${run.status}).`);
  }
  passed += report?.numPassedTests ?? 0;
  failed += report?.numFailedTests ?? 0;
  skipped += report?.numPendingTests ?? 0;
  if (run.status !== 0 || !report) {
    ok = false;
    if (!report || report.numFailedTests === 0) failed += 1;
  }
}
console.log(`\n${passed} passed, ${failed} failed${skipped ? `, ${skipped} skipped` : ''}`);
process.exit(ok ? 0 : 1);
