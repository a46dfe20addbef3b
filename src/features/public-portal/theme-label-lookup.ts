import type { UiLocale } from '../../shared/locales.ts';
import { themeCatalogue } from '../themes/index.ts';

/** A theme's label in the page's language (the shipped catalogue; the key itself for one it does not hold). */
export function themeLabelIn(lang: UiLocale): (key: string) => string {
  const labels = new Map(themeCatalogue.map((th) => [th.key, th.labels[lang]]));
  return (key) => labels.get(key) ?? key;
}

/** The catalogue's themes in display order, labelled in the page's language. */
export const themeOptionsIn = (lang: UiLocale) => themeCatalogue.map((th) => ({ key: th.key, label: th.labels[lang] }));
