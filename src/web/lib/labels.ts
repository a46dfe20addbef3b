import type { LocalisedLabels, LocalisedText } from '../../shared/locales.ts';

/** A label in the reader's language, falling back to English. */
export function labelIn(labels: Partial<LocalisedLabels> | undefined, lang: string): string {
  if (!labels) return '';
  return labels[lang as keyof LocalisedLabels] ?? labels.en ?? Object.values(labels)[0] ?? '';
}

/** The text written in the reader's language if there is one, else the first. */
export function textIn(texts: LocalisedText[] | undefined, lang: string): LocalisedText | undefined {
  if (!texts?.length) return undefined;
  return texts.find((t) => t.lang === lang) ?? texts.find((t) => t.lang === 'en') ?? texts[0];
}

// Dates have one style, in date-format.ts; these names stay here for the pages that import them.
export { formatDate, intlLocale } from './date-format.ts';
