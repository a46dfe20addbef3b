// Reads the Vitest JSON reports of the CI run, fails when a suite is missing or ran no test,
// and prints the closing line CI reads: "ci: N passed, N failed".
import fs from 'node:fs';
import path from 'node:path';

const [dir, ...suites] = process.argv.slice(2);
let passed = 0;
let failed = 0;
let problems = 0;
for (const suite of suites) {
  const file = path.join(dir, `${suite}.json`);
  if (!fs.existsSync(file)) {
    process.stderr.write(`suite ${suite}: no report (did it run?)\n`);
    problems++;
    continue;
  }
  const report = JSON.parse(fs.readFileSync(file, 'utf8'));
  process.stdout.write(`suite ${suite}: ${report.numPassedTests} passed, ${report.numFailedTests} failed, ${report.numPendingTests} skipped\n`);
  passed += report.numPassedTests;
  failed += report.numFailedTests;
  if (report.numPassedTests + report.numFailedTests === 0) {
    process.stderr.write(`suite ${suite} ran no test\n`);
    problems++;
  }
}
process.stdout.write(`ci: ${passed} passed, ${failed} failed\n`);
process.exit(failed || problems ? 1 : 0);
