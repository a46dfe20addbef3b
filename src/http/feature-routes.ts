import { pathToFileURL } from 'node:url';
import { featureFiles } from '../shared/feature-files.ts';
import type { ApiApp } from './api-app.ts';

/**
 * Every feature folder contributes its HTTP routes in files named `*.routes.ts`, each with a
 * default export `(app: ApiApp) => Promise<void>`. Found by name so that features stay apart.
 */
export async function registerFeatureRoutes(app: ApiApp) {
  for (const file of featureFiles(/[.]routes[.]ts$/)) {
    const mod = (await import(pathToFileURL(file).href)) as { default: (app: ApiApp) => Promise<void> };
    await app.register(mod.default);
  }
}
