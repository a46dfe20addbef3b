// Where the server bundle is (scripts/build-server.mjs) and whether it is newer than every source
// it was built from. Node built-ins only: bin/pontis.mjs asks before anything is loaded.
import path from 'node:path';
import { mtime, newestIn } from './file-times.mjs';

const root = path.resolve(import.meta.dirname, '..');
export const serverBundle = path.join(root, 'dist', 'server', 'pontis.mjs');

const web = path.join(root, 'src', 'web');
const locales = path.join(web, 'locales');

/** Whether a path below src/ goes into the server bundle: all but the web app, whose catalogues do. */
export const bundledSource = (p) => !p.startsWith(web + path.sep) || p === locales || p.startsWith(locales + path.sep);

/**
 * The bundle holds src/ but the web app (src/web, built by Vite on its own) except its catalogues
 * (src/web/locales: the public portal words its pages with them), with package.json's version, as
 * build-server.mjs makes it: it is fresh when nothing of that changed after it was built.
 */
export function serverBundleIsFresh() {
  const built = mtime(serverBundle);
  if (!built) return false;
  const sources = newestIn(path.join(root, 'src'), (p) => !bundledSource(p));
  return built >= Math.max(sources, mtime(path.join(root, 'package.json')), mtime(path.join(root, 'scripts', 'build-server.mjs')));
}
