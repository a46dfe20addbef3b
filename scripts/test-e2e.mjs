// `npm run test:e2e`: browser tests in Debian's Chromium (/usr/bin/chromium, or PONTIS_CHROMIUM).
import { ensureInstalled, ensureWebBuilt, run } from './ensure-installed.mjs';

ensureInstalled();
ensureWebBuilt();
const dir = process.env.PONTIS_TEST_REPORT_DIR;
const report = dir ? ['--reporter=default', '--reporter=json', `--outputFile.json=${dir}/e2e.json`] : [];
process.exit(run(process.execPath, ['node_modules/vitest/vitest.mjs', 'run', '--config', 'vitest.e2e.config.ts', ...report, ...process.argv.slice(2)]));
