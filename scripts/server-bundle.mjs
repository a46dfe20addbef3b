// Where the server bundle is (scripts/build-server.mjs) and whether it is newer than every source
// it was built from. Node built-ins only: bin/pontis.mjs asks before anything is loaded.
import fs from 'node:fs';
import path from 'node:path';

const root = path.resolve(import.meta.dirname, '..');
export const serverBundle = path.join(root, 'dist', 'server', 'pontis.mjs');

const mtime = (p) => (fs.existsSync(p) ? fs.statSync(p).mtimeMs : 0);

/** Newest change below a folder: files and folders (a file added or removed changes its folder). */
function newestIn(dir) {
  let newest = mtime(dir);
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    const p = path.join(dir, entry.name);
    newest = Math.max(newest, entry.isDirectory() ? newestIn(p) : fs.statSync(p).mtimeMs);
  }
  return newest;
}

/**
 * The bundle holds src/ but the web app (src/web, built by Vite on its own), with package.json's
 * version: it is fresh when nothing of that changed after it was built.
 */
export function serverBundleIsFresh() {
  const built = mtime(serverBundle);
  if (!built) return false;
  const src = path.join(root, 'src');
  const sources = fs
    .readdirSync(src, { withFileTypes: true })
    .filter((entry) => entry.name !== 'web')
    .map((entry) => (entry.isDirectory() ? newestIn(path.join(src, entry.name)) : mtime(path.join(src, entry.name))));
  return built >= Math.max(mtime(src), mtime(path.join(root, 'package.json')), ...sources);
}
