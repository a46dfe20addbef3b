import { taxonomyLanguages, type TaxonomyLanguage } from '../../../features/taxonomy/taxonomy.schemas.ts';

/** The taxonomy is written in the four interface languages; English stands in for any other. */
export const localised = (values: Record<TaxonomyLanguage, string>, lang: string): string =>
  values[(taxonomyLanguages as readonly string[]).includes(lang) ? (lang as TaxonomyLanguage) : 'en'];

/** The reader's language first, then the others in the taxonomy's order. */
export const languagesFor = (lang: string): TaxonomyLanguage[] => [
  ...taxonomyLanguages.filter((l) => l === lang),
  ...taxonomyLanguages.filter((l) => l !== lang),
];
