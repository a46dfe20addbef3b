/// <reference types="vite/client" />

type Catalogue = Record<string, unknown>;

// Each feature keeps its strings in locales/<lng>/<feature>.json under a top-level key named
// after the feature, so that keys are always written in full (partnerships.timeline.title).
// English, the fallback language, is bundled; another language loads when it is chosen (one chunk
// per language, see vite.config.ts), so that the first page carries one catalogue, not four.
export const bundledLanguage = 'en';
const bundled = import.meta.glob<Catalogue>('../locales/en/*.json', { eager: true, import: 'default' });
const onDemand = import.meta.glob<Catalogue>(['../locales/*/*.json', '!../locales/en/*.json'], { import: 'default' });

export function bundledCatalogue(): Catalogue {
  return Object.assign({}, ...Object.values(bundled));
}

export async function loadCatalogue(lng: string): Promise<Catalogue> {
  const files = Object.entries(onDemand).filter(([file]) => file.split('/').at(-2) === lng);
  return Object.assign({}, ...(await Promise.all(files.map(([, load]) => load()))));
}
