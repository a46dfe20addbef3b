import type { UiLocale } from '../../shared/locales.ts';
import type { CityPortalData } from './city-portal-data.ts';

/** schema.org data about a city's page: the City with its coordinates, other names, partnerships (as the projects it takes part in) and next events. */
export function cityJsonLd(data: CityPortalData, options: { lang: UiLocale; url: string; partnershipUrl: (key: string) => string }): object {
  const { city } = data;
  return {
    '@context': 'https://schema.org',
    '@type': 'City',
    '@id': options.url,
    url: options.url,
    name: city.name,
    alternateName: city.aliases.map((a) => a.name),
    address: { '@type': 'PostalAddress', addressLocality: city.name, addressCountry: city.country },
    ...(city.latitude !== null && city.longitude !== null ? { geo: { '@type': 'GeoCoordinates', latitude: city.latitude, longitude: city.longitude } } : {}),
    subjectOf: data.partnerships.map((p) => ({
      '@type': 'Project',
      name: p.name,
      url: options.partnershipUrl(p.key),
      ...(p.since ? { foundingDate: p.since } : {}),
    })),
  };
}
