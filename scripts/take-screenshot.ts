// `npm run screenshot`: the README's picture of the demo partnership page, taken as the browser
// tests see Pontis: a fresh embedded database with the demo loaded, the built web app, Debian's
// Chromium (PONTIS_CHROMIUM), English, 1280 × 900 CSS pixels, as the public sees it.
// Writes docs/screenshot-partnership.png. Builds the web app first when it is out of date.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { chromium } from 'playwright-core';
import { loadConfig } from '../src/config.ts';
import { startServer } from '../src/server/start-server.ts';
// @ts-expect-error a plain Node script without type declarations
import { ensureWebBuilt, root } from './ensure-installed.mjs';

const PAGE = '/partnerships/dortmund-cluj-napoca';
const out = path.join(root as string, 'docs', 'screenshot-partnership.png');

ensureWebBuilt();
const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'pontis-screenshot-'));
const config = loadConfig({ PONTIS_DATA_DIR: dataDir, PONTIS_LOG_LEVEL: 'warn', PONTIS_CALLS_SYNC: 'off' } as NodeJS.ProcessEnv, {
  port: 0,
  host: '127.0.0.1',
});
const server = await startServer(config, { demo: true, logger: false });
const browser = await chromium.launch({
  executablePath: process.env.PONTIS_CHROMIUM ?? '/usr/bin/chromium',
  headless: true,
  args: ['--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
});
try {
  const context = await browser.newContext({ baseURL: server.url, locale: 'en-GB', viewport: { width: 1280, height: 900 }, reducedMotion: 'reduce' });
  const page = await context.newPage();
  await page.goto(PAGE);
  // The page is there when its heading is, and every request it started has answered.
  await page.getByRole('heading', { level: 1, name: 'Dortmund – Cluj-Napoca' }).waitFor({ timeout: 30_000 });
  await page.waitForLoadState('networkidle');
  await page.screenshot({ path: out });
  process.stdout.write(`Wrote ${path.relative(root as string, out)} (${server.url}${PAGE})\n`);
} finally {
  await browser.close();
  await server.stop();
  fs.rmSync(dataDir, { recursive: true, force: true });
}
