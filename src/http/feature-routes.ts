import { importFeatureModules } from '../shared/feature-files.ts';
import type { ApiApp } from './api-app.ts';

/**
 * Every feature folder contributes its HTTP routes in files named `*.routes.ts`, each with a
 * default export `(app: ApiApp) => Promise<void>`. Found by name so that features stay apart.
 */
export async function registerFeatureRoutes(app: ApiApp) {
  for (const mod of (await importFeatureModules(/[.]routes[.]ts$/)) as { default: (app: ApiApp) => Promise<void> }[]) {
    await app.register(mod.default);
  }
}
