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

// English readers here are European: day before month, not the US order.
export const intlLocale = (lang: string) => (lang === 'en' ? 'en-GB' : lang);

export function formatDate(value: string | null | undefined, lang: string): string {
  if (!value) return '';
  const date = value.length === 10 ? new Date(`${value}T12:00:00Z`) : new Date(value);
  return new Intl.DateTimeFormat(intlLocale(lang), { dateStyle: 'long', ...(value.length > 10 ? { timeStyle: 'short' } : {}) }).format(date);
}
