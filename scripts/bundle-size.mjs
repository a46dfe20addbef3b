// `npm run size`, after the build: the JavaScript a browser loads for the home page, raw and gzip,
// read from Vite's manifest (dist/web/.vite/manifest.json). Fails above the budget (issue 12).
// Usage: node scripts/bundle-size.mjs [built web directory, default dist/web]
import fs from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';

const BUDGET_GZIP = 300_000; // bytes, as Vite counts kB
// The page "/" renders: it loads after the entry, but no one sees the home page without it.
const HOME_PAGE = 'features/dashboard/dashboard-page.tsx';

const dir = path.resolve(process.argv[2] ?? path.join(import.meta.dirname, '..', 'dist', 'web'));
const manifestFile = path.join(dir, '.vite', 'manifest.json');
if (!fs.existsSync(manifestFile)) {
  console.error(`bundle-size: no ${manifestFile}; build the web app first (npm run build).`);
  process.exit(1);
}
const manifest = JSON.parse(fs.readFileSync(manifestFile, 'utf8'));
const entryKey = Object.keys(manifest).find((key) => manifest[key].isEntry);
if (!entryKey) {
  console.error('bundle-size: the manifest names no entry chunk.');
  process.exit(1);
}

/** A chunk and, transitively, every chunk it imports statically (what the browser fetches before running it). */
function withStaticImports(key, seen = new Set()) {
  if (seen.has(key) || !manifest[key]) return seen;
  seen.add(key);
  for (const imported of manifest[key].imports ?? []) withStaticImports(imported, seen);
  return seen;
}

const entryChunks = withStaticImports(entryKey);
// Before code splitting the home page was part of the entry chunk and has no chunk of its own.
const pageChunks = [...withStaticImports(HOME_PAGE)].filter((key) => !entryChunks.has(key));
if (!manifest[HOME_PAGE]) console.log(`(${HOME_PAGE} has no chunk of its own: in the entry, or renamed, then update HOME_PAGE)`);

const kB = (bytes) => `${(bytes / 1000).toFixed(1).padStart(7)} kB`;
function measure(keys) {
  return keys.map((key) => {
    const content = fs.readFileSync(path.join(dir, manifest[key].file));
    return { file: manifest[key].file, raw: content.length, gzip: gzipSync(content).length };
  });
}
function print(title, rows) {
  console.log(title);
  for (const row of rows) console.log(`  ${kB(row.raw)} raw ${kB(row.gzip)} gzip  ${row.file}`);
}
const sum = (rows, field) => rows.reduce((total, row) => total + row[field], 0);

const entryRows = measure([...entryChunks]);
const pageRows = measure(pageChunks);
// English is bundled; a visitor reading another language loads its catalogue too (vite.config.ts
// names those chunks locale-<lng>): the largest one is counted.
const languageRows = measure(Object.keys(manifest).filter((key) => manifest[key].name?.startsWith('locale-') && !entryChunks.has(key)))
  .sort((a, b) => b.gzip - a.gzip)
  .slice(0, 1);
print('Entry chunk and its static imports:', entryRows);
print(`Home page chunks (${HOME_PAGE}):`, pageRows);
print('Largest catalogue of another language:', languageRows);
const all = [...entryRows, ...pageRows, ...languageRows];
const raw = sum(all, 'raw');
const gzip = sum(all, 'gzip');
const css = [...entryChunks, ...pageChunks].flatMap((key) => manifest[key].css ?? []);
const cssRaw = css.reduce((total, file) => total + fs.statSync(path.join(dir, file)).size, 0);
console.log(`Stylesheets (not counted): ${(cssRaw / 1000).toFixed(1)} kB raw`);
console.log(`First page JavaScript: ${(raw / 1000).toFixed(1)} kB raw, ${(gzip / 1000).toFixed(1)} kB gzip (budget ${BUDGET_GZIP / 1000} kB gzip)`);
if (gzip > BUDGET_GZIP) {
  console.error(`bundle-size: FAILED, first page JavaScript is over the budget by ${((gzip - BUDGET_GZIP) / 1000).toFixed(1)} kB gzip.`);
  process.exit(1);
}
