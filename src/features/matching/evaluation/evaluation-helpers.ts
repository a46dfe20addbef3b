import type { InterchangeItem, InterchangeOrganisation } from '../../interchange/index.ts';

/** Short builders so that 120 hand-written organisations stay readable. */
export const item = (category: string, lang: string, title: string, text: string): InterchangeItem => ({ category, lang, title, text });

export function org(
  city: string,
  key: string,
  name: string,
  kind: string,
  languages: string[],
  description: [string, string],
  offers: InterchangeItem[] = [],
  requests: InterchangeItem[] = [],
): InterchangeOrganisation {
  return { key, name, kind, city, languages, description: [{ lang: description[0], text: description[1] }], offers, requests };
}
