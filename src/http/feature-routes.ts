import fs from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import type { ApiApp } from './api-app.ts';

const featuresDir = path.resolve(import.meta.dirname, '../features');

/**
 * Every feature folder contributes its HTTP routes in files named `*.routes.ts`, each with a
 * default export `(app: ApiApp) => Promise<void>`. Found by name so that features stay apart.
 */
export async function registerFeatureRoutes(app: ApiApp) {
  const files = fs
    .readdirSync(featuresDir, { withFileTypes: true })
    .filter((d) => d.isDirectory())
    .flatMap((d) =>
      fs
        .readdirSync(path.join(featuresDir, d.name))
        .filter((f) => f.endsWith('.routes.ts'))
        .map((f) => path.join(featuresDir, d.name, f)),
    )
    .sort();
  for (const file of files) {
    const mod = (await import(pathToFileURL(file).href)) as { default: (app: ApiApp) => Promise<void> };
    await app.register(mod.default);
  }
}
