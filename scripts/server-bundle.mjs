// Where the server bundle is (scripts/build-server.mjs) and whether it is newer than every source
// it was built from. Node built-ins only: bin/pontis.mjs asks before anything is loaded.
import path from 'node:path';
import { mtime, newestIn } from './file-times.mjs';

const root = path.resolve(import.meta.dirname, '..');
export const serverBundle = path.join(root, 'dist', 'server', 'pontis.mjs');

/**
 * The bundle holds src/ but the web app (src/web, built by Vite on its own), with package.json's
 * version, as build-server.mjs makes it: it is fresh when nothing of that changed after it was built.
 */
export function serverBundleIsFresh() {
  const built = mtime(serverBundle);
  if (!built) return false;
  const web = path.join(root, 'src', 'web');
  const sources = newestIn(path.join(root, 'src'), (p) => p === web);
  return built >= Math.max(sources, mtime(path.join(root, 'package.json')), mtime(path.join(root, 'scripts', 'build-server.mjs')));
}
