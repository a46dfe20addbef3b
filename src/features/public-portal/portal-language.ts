import { uiLocales, type UiLocale } from '../../shared/locales.ts';

/**
 * The interface language a visitor prefers, from Accept-Language ("hu-HU,hu;q=0.9,en;q=0.8"):
 * the first of theirs, by weight, that Pontis speaks; English when none is.
 */
export function preferredLanguage(acceptLanguage: string | undefined): UiLocale {
  if (!acceptLanguage) return 'en';
  const ranked = acceptLanguage
    .split(',')
    .map((part, index) => {
      const [tag, ...params] = part.trim().split(';');
      const q = params.map((p) => p.trim()).find((p) => p.startsWith('q='));
      const weight = q ? Number(q.slice(2)) : 1;
      return { lang: tag.trim().slice(0, 2).toLowerCase(), weight: Number.isFinite(weight) ? weight : 0, index };
    })
    .filter((r) => r.weight > 0)
    .sort((a, b) => b.weight - a.weight || a.index - b.index);
  return (ranked.find((r) => (uiLocales as readonly string[]).includes(r.lang))?.lang as UiLocale | undefined) ?? 'en';
}
