// npm run deps (second half): no feature writes SQL that names another feature's table. The
// dependency check sees imports of *.table.ts files; raw SQL (sql`SELECT ... FROM cities`) names a
// table without importing it, and broke the same rule unseen until issue 12 looked. Tables are
// found by their pgTable('name') in each feature's *.table.ts; a template literal in another
// feature (or in src/cli, src/server, src/http) that uses one after FROM, JOIN, INTO, UPDATE,
// DELETE FROM or TABLE is a violation. Tests are left out, as in .dependency-cruiser.cjs.
// Known ones are listed in .table-ownership-known-violations.json; any new one fails, and the
// list is written again with --write-known once some are fixed (it may only shrink).
import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';

const KNOWN_FILE = '.table-ownership-known-violations.json';
const isTestCode = (file) =>
  /\.test\.tsx?$/.test(file) ||
  file.startsWith('src/testing/') ||
  /(^|[/-])test-(world|helpers|server|database)\.ts$/.test(file) ||
  /\/evaluation\//.test(file);

function filesUnder(dir) {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return filesUnder(full);
    return /\.tsx?$/.test(entry.name) ? [full] : [];
  });
}

const featureOf = (file) => /^src\/features\/([^/]+)\//.exec(file)?.[1] ?? null;
const sources = ['src/features', 'src/cli', 'src/server', 'src/http']
  .flatMap(filesUnder)
  .map((file) => file.split(path.sep).join('/'))
  .filter((file) => !isTestCode(file));

const ownerOfTable = new Map();
for (const file of sources.filter((f) => f.endsWith('.table.ts'))) {
  for (const match of readFileSync(file, 'utf8').matchAll(/pgTable\(\s*'([a-z_]+)'/g)) ownerOfTable.set(match[1], featureOf(file));
}
const tableNames = [...ownerOfTable.keys()].sort((a, b) => b.length - a.length);
const usePattern = new RegExp(`\\b(?:FROM|JOIN|INTO|UPDATE|TABLE)\\s+(?:ONLY\\s+)?"?(${tableNames.join('|')})"?\\b`, 'gi');

const found = [];
for (const file of sources) {
  const feature = featureOf(file);
  const text = readFileSync(file, 'utf8');
  for (const literal of text.matchAll(/`[^`]*`/g)) {
    for (const use of literal[0].matchAll(usePattern)) {
      const table = use[1].toLowerCase();
      if (ownerOfTable.get(table) !== feature) found.push(`${file} -> ${table} (${ownerOfTable.get(table)})`);
    }
  }
}
const violations = [...new Set(found)].sort();

if (process.argv.includes('--write-known')) {
  writeFileSync(KNOWN_FILE, JSON.stringify(violations, null, 2) + '\n');
  console.log(`table ownership: ${violations.length} known violation(s) written to ${KNOWN_FILE}`);
  process.exit(0);
}
const known = new Set(JSON.parse(readFileSync(KNOWN_FILE, 'utf8')));
const fresh = violations.filter((v) => !known.has(v));
for (const v of fresh) console.log(`error table-ownership: ${v}`);
console.log(
  `table ownership: ${ownerOfTable.size} tables in ${new Set(ownerOfTable.values()).size} features; ${fresh.length} new raw-SQL use(s) of another feature's table; ` +
    `${violations.length - fresh.length} known (${KNOWN_FILE})`,
);
const gone = [...known].filter((v) => !violations.includes(v)).length;
if (gone) console.log(`table ownership: ${gone} listed use(s) are gone: write the list again with node scripts/check-table-ownership.mjs --write-known`);
if (fresh.length) {
  console.log("table ownership: FAILED: read another feature's data through its public module's query functions");
  process.exit(1);
}
