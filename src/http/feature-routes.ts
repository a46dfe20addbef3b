import fs from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import type { ApiApp } from './api-app.ts';

const featuresDir = path.resolve(import.meta.dirname, '../features');

// A feature's routes, and those of its sub-features one folder down (projects/work-plan).
function routeFilesIn(dir: string, depth = 1): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    if (e.isDirectory()) return depth > 0 ? routeFilesIn(path.join(dir, e.name), depth - 1) : [];
    return e.name.endsWith('.routes.ts') ? [path.join(dir, e.name)] : [];
  });
}

/**
 * Every feature folder contributes its HTTP routes in files named `*.routes.ts`, each with a
 * default export `(app: ApiApp) => Promise<void>`. Found by name so that features stay apart.
 */
export async function registerFeatureRoutes(app: ApiApp) {
  const files = fs
    .readdirSync(featuresDir, { withFileTypes: true })
    .filter((d) => d.isDirectory())
    .flatMap((d) => routeFilesIn(path.join(featuresDir, d.name)))
    .sort();
  for (const file of files) {
    const mod = (await import(pathToFileURL(file).href)) as { default: (app: ApiApp) => Promise<void> };
    await app.register(mod.default);
  }
}
