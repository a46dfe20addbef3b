/// <reference types="vite/client" />
import { uiLocales } from '../../shared/locales.ts';

type Catalogue = Record<string, unknown>;

// Each feature keeps its strings in locales/<lng>/<feature>.json under a top-level key named
// after the feature, so that keys are always written in full (partnerships.timeline.title).
const files = import.meta.glob<Catalogue>('../locales/*/*.json', { eager: true, import: 'default' });

export function loadCatalogues() {
  const resources: Record<string, { translation: Catalogue }> = {};
  for (const lng of uiLocales) resources[lng] = { translation: {} };
  for (const [file, content] of Object.entries(files)) {
    const lng = file.split('/').at(-2)!;
    if (resources[lng]) Object.assign(resources[lng].translation, content);
  }
  return resources;
}
