// Figures for the structure work of issue 12, measured from the code by dependency-cruiser:
// production imports that cross feature folders, how many reach another feature's tables, the
// cycles between features (all imports, then without table, schema and type-only imports), and
// the web's imports of server code other than schemas and types. Prints one line per figure.
// Usage: node scripts/dependency-figures.mjs
import { execFileSync } from 'node:child_process';

const json = execFileSync(
  'npx',
  ['depcruise', 'src', '--no-config', '--ts-config', 'tsconfig.json', '--ts-pre-compilation-deps', '--do-not-follow', 'node_modules', '--output-type', 'json'],
  { maxBuffer: 256 * 1024 * 1024, encoding: 'utf8' },
);
const modules = JSON.parse(json).modules;

const isTestCode = (path) =>
  /\.test\.tsx?$/.test(path) ||
  path.startsWith('src/testing/') ||
  /(^|[/-])test-(world|helpers|server|database)\.ts$/.test(path) ||
  /-test-(world|helpers|server|database)\.ts$/.test(path) ||
  /^src\/features\/[^/]+\/evaluation\//.test(path); // the labelled evaluations, as in .dependency-cruiser.cjs
const featureOf = (path) => /^src\/features\/([^/]+)\//.exec(path)?.[1];
const typeOnly = (dependency) => dependency.dependencyTypes.includes('type-only');

const crossing = [];
for (const module of modules) {
  if (isTestCode(module.source)) continue;
  const from = featureOf(module.source);
  if (!from) continue;
  for (const dependency of module.dependencies) {
    const to = featureOf(dependency.resolved);
    if (to && to !== from) crossing.push({ from, to, source: module.source, target: dependency.resolved, typeOnly: typeOnly(dependency) });
  }
}

// Strongly connected components (Tarjan) of the feature graph; a component of two or more is a cycle.
function cycles(edges) {
  const next = new Map();
  for (const { from, to } of edges) {
    if (!next.has(from)) next.set(from, new Set());
    if (!next.has(to)) next.set(to, new Set());
    next.get(from).add(to);
  }
  let index = 0;
  const indices = new Map(),
    low = new Map(),
    stack = [],
    onStack = new Set(),
    components = [];
  const visit = (node) => {
    indices.set(node, index);
    low.set(node, index);
    index += 1;
    stack.push(node);
    onStack.add(node);
    for (const other of next.get(node)) {
      if (!indices.has(other)) {
        visit(other);
        low.set(node, Math.min(low.get(node), low.get(other)));
      } else if (onStack.has(other)) low.set(node, Math.min(low.get(node), indices.get(other)));
    }
    if (low.get(node) === indices.get(node)) {
      const component = [];
      let member;
      do {
        member = stack.pop();
        onStack.delete(member);
        component.push(member);
      } while (member !== node);
      if (component.length > 1) components.push(component.sort());
    }
  };
  for (const node of next.keys()) if (!indices.has(node)) visit(node);
  return components;
}
const describeCycles = (components) => (components.length === 0 ? 'none' : components.map((c) => `${c.length} features (${c.join(', ')})`).join('; '));

const intoTables = crossing.filter((edge) => edge.target.endsWith('.table.ts'));
const behavioural = crossing.filter((edge) => !edge.typeOnly && !/\.(table|schemas)\.ts$/.test(edge.target));
const webToServer = [];
for (const module of modules) {
  if (!module.source.startsWith('src/web/') || isTestCode(module.source)) continue;
  for (const dependency of module.dependencies) {
    const target = dependency.resolved;
    if (!target.startsWith('src/') || target.startsWith('src/web/')) continue;
    if (target.endsWith('.schemas.ts') || typeOnly(dependency) || target.startsWith('src/shared/')) continue;
    webToServer.push(`${module.source} -> ${target}`);
  }
}

console.log(`production imports crossing feature folders: ${crossing.length}`);
console.log(`  of them into another feature's *.table.ts: ${intoTables.length}`);
console.log(`  of them type-only: ${crossing.filter((edge) => edge.typeOnly).length}`);
console.log(`  of them from the evaluation tools (features/*/evaluation): ${crossing.filter((edge) => edge.source.includes('/evaluation/')).length}`);
console.log(
  `features: ${new Set(modules.map((m) => featureOf(m.source)).filter(Boolean)).size}, pairs of features with an import: ${new Set(crossing.map((e) => `${e.from}>${e.to}`)).size}`,
);
console.log(`cycles between features, all imports: ${describeCycles(cycles(crossing))}`);
console.log(`cycles between features, without table, schema and type-only imports: ${describeCycles(cycles(behavioural))}`);
console.log(`web value imports of server code other than *.schemas.ts and src/shared: ${webToServer.length}`);
for (const line of webToServer) console.log(`  ${line}`);
