import type { UiLocale } from '../../shared/locales.ts';
import type { Organisation } from '../organisations/organisations.schemas.ts';

/**
 * schema.org data about an organisation: an Organization in its city, what it offers as Offers of
 * a Service and what it seeks as Demands, its themes as what it knows about. Contact people are
 * left out: they consented to be shown on the page, not to be harvested as structured data.
 */
export function organisationJsonLd(
  o: Organisation,
  options: { lang: UiLocale; url: string; description: string | undefined; themeLabel: (key: string) => string },
): object {
  const published = (items: Organisation['offers']) => items.filter((i) => i.status === 'approved' && !i.expired);
  return {
    '@context': 'https://schema.org',
    '@type': 'Organization',
    '@id': options.url,
    url: options.url,
    name: o.name,
    ...(o.website ? { sameAs: [o.website] } : {}),
    ...(options.description ? { description: options.description } : {}),
    address: { '@type': 'PostalAddress', addressLocality: o.city.name, addressCountry: o.city.country },
    knowsAbout: o.themes.map(options.themeLabel),
    makesOffer: published(o.offers).map((i) => ({
      '@type': 'Offer',
      itemOffered: { '@type': 'Service', name: i.title, description: i.text },
      ...(i.lang ? { inLanguage: i.lang } : {}),
    })),
    seeks: published(o.requests).map((i) => ({ '@type': 'Demand', name: i.title, description: i.text, ...(i.lang ? { inLanguage: i.lang } : {}) })),
  };
}
