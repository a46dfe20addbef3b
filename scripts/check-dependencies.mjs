// npm run deps: checks the import rules of .dependency-cruiser.cjs and fails on any violation
// that .dependency-cruiser-known-violations.json does not list; prints how many known ones remain.
// dependency-cruiser's --ignore-known tolerates the known module-level violations itself, but not
// folder-level ones (its "TODO: folder level violations"), and the cycles between features are
// folder-level; so those are compared with the list here, by rule, from and to (the path a cycle
// is reported along changes with unrelated imports, the import that closes it does not).
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';

const KNOWN_FILE = '.dependency-cruiser-known-violations.json';
const run = spawnSync('npx', ['depcruise', 'src', '--config', '.dependency-cruiser.cjs', '--ignore-known', KNOWN_FILE, '--output-type', 'json'], {
  encoding: 'utf8',
  maxBuffer: 256 * 1024 * 1024,
});
if (!run.stdout) {
  process.stderr.write(run.stderr);
  process.exit(2);
}
const { summary } = JSON.parse(run.stdout);
const known = JSON.parse(readFileSync(KNOWN_FILE, 'utf8'));

const isFolderLevel = (violation) => violation.type === 'cycle' && !violation.from.includes('.');
const sameEdge = (a, b) => a.rule.name === b.rule.name && a.from === b.from && a.to === b.to;
const knownFolderLevel = known.filter(isFolderLevel);

const fresh = [];
const remaining = {}; // known violations still there, by rule
for (const violation of summary.violations) {
  const tolerated = violation.rule.severity === 'ignore' || (isFolderLevel(violation) && knownFolderLevel.some((entry) => sameEdge(entry, violation)));
  if (tolerated) remaining[violation.rule.name] = (remaining[violation.rule.name] ?? 0) + 1;
  else fresh.push(violation);
}
const knownCount = Object.values(remaining).reduce((sum, count) => sum + count, 0);

for (const violation of fresh) {
  const path = violation.cycle ? ` (cycle: ${[violation.from, ...violation.cycle.map((step) => step.name)].join(' → ')})` : '';
  console.log(`${violation.rule.severity} ${violation.rule.name}: ${violation.from} → ${violation.to}${path}`);
}
console.log(
  `deps: ${summary.totalCruised} modules, ${summary.totalDependenciesCruised} imports; ` +
    `${fresh.length} new violation(s); ${knownCount} known violation(s) remain` +
    (knownCount
      ? ` (${Object.entries(remaining)
          .sort()
          .map(([rule, count]) => `${rule} ${count}`)
          .join(', ')}, as listed in ${KNOWN_FILE})`
      : ''),
);
if (knownCount < known.length) {
  console.log(`deps: ${known.length - knownCount} listed violation(s) are gone: write the list again with npm run deps:baseline`);
}
if (fresh.length > 0) {
  console.log("deps: FAILED: the imports above break the rules in .dependency-cruiser.cjs (see each rule's comment)");
  process.exit(1);
}
