// Used by `npm start` and `npm test` so that each is one command on a fresh clone: installs the
// npm dependencies when they are missing or older than the lockfile. Node built-ins only.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { mtime, newestIn } from './file-times.mjs';

export const root = path.resolve(import.meta.dirname, '..');

export function run(cmd, args, options = {}) {
  const result = spawnSync(cmd, args, { cwd: root, stdio: 'inherit', ...options });
  if (result.error) throw result.error;
  return result.status ?? 1;
}

export function ensureInstalled() {
  const installed = path.join(root, 'node_modules', '.package-lock.json');
  if (mtime(installed) >= mtime(path.join(root, 'package-lock.json')) && fs.existsSync(path.join(root, 'node_modules', 'vite'))) return;
  // `npm ci`: exactly the lock file's versions, and it never rewrites package-lock.json, so the
  // quick start leaves every tracked file as it was. The lock file holds every platform's optional
  // packages (the bundler's native builds), and .npmrc makes an engine mismatch an error.
  process.stdout.write('Installing dependencies (npm ci)…\n');
  const status = run('npm', ['ci', '--no-audit', '--no-fund']);
  if (status !== 0) process.exit(status);
}

/** Builds the web app into dist/web when it is missing or older than its sources. */
export function ensureWebBuilt() {
  const built = mtime(path.join(root, 'dist', 'web', 'index.html'));
  const sources = Math.max(newestIn(path.join(root, 'src', 'web')), newestIn(path.join(root, 'src', 'features')), mtime(path.join(root, 'vite.config.ts')));
  if (built >= sources) return;
  process.stdout.write('Building the web app (vite build)…\n');
  const status = run('npx', ['vite', 'build', '--logLevel', 'warn']);
  if (status !== 0) process.exit(status);
}

/** Builds the server bundle (dist/server/pontis.mjs) when it is missing or older than its sources. */
export async function ensureServerBuilt() {
  const { serverBundleIsFresh } = await import('./server-bundle.mjs');
  if (serverBundleIsFresh()) return;
  process.stdout.write('Building the server (esbuild)…\n');
  const { buildServer } = await import('./build-server.mjs');
  await buildServer();
}
