// When files last changed, for the "build only when the sources are newer" checks of `npm start`
// and `npm test` (ensure-installed.mjs) and of bin/pontis.mjs (server-bundle.mjs). Built-ins only.
import fs from 'node:fs';
import path from 'node:path';

export const mtime = (p) => (fs.existsSync(p) ? fs.statSync(p).mtimeMs : 0);

/** Newest change below a folder: files and folders (a file added or removed changes its folder). */
export function newestIn(dir, skip = () => false) {
  let newest = mtime(dir);
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    const p = path.join(dir, entry.name);
    if (skip(p)) continue;
    newest = Math.max(newest, entry.isDirectory() ? newestIn(p, skip) : fs.statSync(p).mtimeMs);
  }
  return newest;
}
