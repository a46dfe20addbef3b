import type { InterchangeCity, InterchangeItem, InterchangeOrganisation, InterchangePartnership, InterchangeText } from './interchange-document.ts';

/**
 * The canonical form of each record: fixed field order, empty optional fields left out, aliases
 * sorted, references as keys. Export writes this form, and the importer compares a file's records
 * with the stored ones in it, so an unchanged record is recognised whatever way the file spelt it.
 */

/** Code-point order: the same on every engine and locale, unlike the database's collation. */
export const byCodePoint = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

const nonEmpty = <T>(list: T[] | null | undefined): list is T[] => Array.isArray(list) && list.length > 0;
const present = (value: string | null | undefined): value is string => typeof value === 'string' && value !== '';
const has = <T>(value: T | null | undefined): value is T => value !== null && value !== undefined;

export function canonicalTexts(texts: InterchangeText[] | null | undefined): InterchangeText[] | undefined {
  if (!nonEmpty(texts)) return undefined;
  return texts.map((t) => (present(t.lang) ? { lang: t.lang, text: t.text } : { text: t.text }));
}

export function canonicalCity(city: {
  key: string;
  name: string;
  country: string;
  aliases?: { name: string; lang?: string | null }[] | null;
  latitude?: number | null;
  longitude?: number | null;
  population?: number | null;
}): InterchangeCity {
  const aliases = (city.aliases ?? [])
    .map((a) => (present(a.lang) ? { name: a.name, lang: a.lang } : { name: a.name }))
    .sort((a, b) => byCodePoint(a.name, b.name) || byCodePoint(a.lang ?? '', b.lang ?? ''));
  return {
    key: city.key,
    name: city.name,
    country: city.country,
    ...(nonEmpty(aliases) && { aliases }),
    ...(has(city.latitude) && { latitude: city.latitude }),
    ...(has(city.longitude) && { longitude: city.longitude }),
    ...(has(city.population) && { population: city.population }),
  };
}

/** `cityKeys` are the partnership's cities already resolved to keys, in the file's order. */
export function canonicalPartnership(
  partnership: {
    key: string;
    kind: string;
    since?: string | null;
    themes?: string[] | null;
    description?: InterchangeText[] | null;
  },
  cityKeys: string[],
): InterchangePartnership {
  const description = canonicalTexts(partnership.description);
  return {
    key: partnership.key,
    cities: cityKeys,
    kind: partnership.kind as InterchangePartnership['kind'],
    ...(present(partnership.since) && { since: partnership.since }),
    ...(nonEmpty(partnership.themes) && { themes: [...partnership.themes] }),
    ...(description && { description }),
  };
}

/** An item as a file or a database row has it: optional fields may be absent or null. */
interface LooseItem {
  category?: string | null;
  lang?: string | null;
  title?: string | null;
  text: string;
  themes?: string[] | null;
  validUntil?: string | null;
}

export function canonicalItem(item: LooseItem): InterchangeItem {
  return {
    ...(present(item.category) && { category: item.category }),
    ...(present(item.lang) && { lang: item.lang }),
    ...(present(item.title) && { title: item.title }),
    text: item.text,
    ...(nonEmpty(item.themes) && { themes: [...item.themes] }),
    ...(present(item.validUntil) && { validUntil: item.validUntil }),
  };
}

/** `cityKey` is the organisation's city already resolved to a key. */
export function canonicalOrganisation(
  organisation: {
    key: string;
    name: string;
    kind: string;
    website?: string | null;
    languages?: string[] | null;
    description?: InterchangeText[] | null;
    themes?: string[] | null;
    offers?: LooseItem[] | null;
    requests?: LooseItem[] | null;
  },
  cityKey: string,
): InterchangeOrganisation {
  const description = canonicalTexts(organisation.description);
  const offers = (organisation.offers ?? []).map(canonicalItem);
  const requests = (organisation.requests ?? []).map(canonicalItem);
  return {
    key: organisation.key,
    name: organisation.name,
    kind: organisation.kind,
    city: cityKey,
    ...(present(organisation.website) && { website: organisation.website }),
    ...(nonEmpty(organisation.languages) && { languages: [...organisation.languages] }),
    ...(description && { description }),
    ...(nonEmpty(organisation.themes) && { themes: [...organisation.themes] }),
    ...(nonEmpty(offers) && { offers }),
    ...(nonEmpty(requests) && { requests }),
  };
}

/** Canonical records are built with a fixed field order, so their JSON text compares them. */
export const sameRecord = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);
