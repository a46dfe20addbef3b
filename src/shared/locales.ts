/** The languages Pontis speaks in its interface; content may be in any ISO 639-1 language. */
export const uiLocales = ['de', 'ro', 'en', 'hu'] as const;
export type UiLocale = (typeof uiLocales)[number];

export type LocalisedLabels = Record<UiLocale, string>;

/** A text written by a person in one language (description, offer, request). */
export interface LocalisedText {
  lang?: string;
  text: string;
}
