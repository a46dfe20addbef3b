import fs from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { bundledFeatureModules } from './bundled-feature-modules.ts';

const featuresDir = path.resolve(import.meta.dirname, '../features');

// A feature's files whose names match, and those of its sub-features one folder down.
function matchingFilesIn(dir: string, pattern: RegExp, depth = 1): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    if (entry.isDirectory()) return depth > 0 ? matchingFilesIn(path.join(dir, entry.name), pattern, depth - 1) : [];
    return pattern.test(entry.name) ? [path.join(dir, entry.name)] : [];
  });
}

/** The files of every feature whose names match, in a stable order (paths sorted). */
export function featureFiles(pattern: RegExp): string[] {
  return fs
    .readdirSync(featuresDir, { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .flatMap((entry) => matchingFilesIn(path.join(featuresDir, entry.name), pattern))
    .sort();
}

/** A feature file's path under src/features, with forward slashes: the key of the bundle's modules. */
export const featureFileKey = (file: string) => path.relative(featuresDir, file).split(path.sep).join('/');

/**
 * The modules of every feature file whose name matches, in featureFiles' order: from the server
 * bundle when running as one, else imported from disk.
 */
export async function importFeatureModules(pattern: RegExp): Promise<unknown[]> {
  if (bundledFeatureModules) {
    return Object.keys(bundledFeatureModules)
      .filter((key) => pattern.test(path.posix.basename(key)))
      .sort()
      .map((key) => bundledFeatureModules![key]);
  }
  const modules: unknown[] = [];
  for (const file of featureFiles(pattern)) modules.push(await import(pathToFileURL(file).href));
  return modules;
}

const loaded = new Map<string, Promise<unknown[]>>();

/**
 * The default exports of every feature's files named like `pattern`, loaded once per process.
 * This is how a feature contributes to a cross-cutting one without that one importing it: its
 * routes (`*.routes.ts`), its event subscribers (`*.subscribers.ts`), what its records' histories
 * show (`*.history.ts`). The lower feature declares the contract; the features fill it in.
 */
export function loadFeatureContributions<T>(pattern: RegExp): Promise<T[]> {
  const key = pattern.source;
  let loading = loaded.get(key);
  if (!loading) {
    loading = (async () => ((await importFeatureModules(pattern)) as { default: unknown }[]).map((mod) => mod.default))();
    // A failed load (a syntax error while developing) is tried again on the next call.
    loading.catch(() => loaded.delete(key));
    loaded.set(key, loading);
  }
  return loading as Promise<T[]>;
}
