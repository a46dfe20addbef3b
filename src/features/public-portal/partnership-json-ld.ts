import { chooseText } from '../../shared/localised-text-choice.ts';
import type { UiLocale } from '../../shared/locales.ts';
import type { ActivitySummary } from '../activities/activities.schemas.ts';
import type { Partnership } from '../partnerships/partnerships.schemas.ts';
import type { MapPlace } from './partnership-map.ts';

/**
 * schema.org data about a partnership for search engines: the partnership as a Project (an
 * Organization working towards an aim) whose members are the city administrations, with its
 * public activities as Events and its agreements as the works it is the subject of.
 * The texts are the page's language where written in it, else the original.
 */
export function partnershipJsonLd(
  p: Partnership,
  activities: readonly ActivitySummary[],
  places: readonly MapPlace[],
  options: { lang: UiLocale; url: string; description: string | undefined; themeLabel: (key: string) => string },
): object {
  const place = new Map(places.map((pl) => [pl.key, pl]));
  const text = (texts: Record<string, string | undefined>, original: UiLocale) => chooseText(texts, original, options.lang)?.text;
  return {
    '@context': 'https://schema.org',
    '@type': 'Project',
    '@id': options.url,
    url: options.url,
    name: p.name,
    inLanguage: options.lang,
    ...(options.description ? { description: options.description } : {}),
    ...(p.since ? { foundingDate: p.since } : {}),
    keywords: p.themes.map(options.themeLabel).join(', '),
    member: p.cities.map((c) => {
      const pl = place.get(c.key);
      return {
        '@type': 'GovernmentOrganization',
        name: c.name,
        address: { '@type': 'PostalAddress', addressLocality: c.name, addressCountry: c.country },
        ...(pl ? { location: { '@type': 'City', name: c.name, geo: { '@type': 'GeoCoordinates', latitude: pl.latitude, longitude: pl.longitude } } } : {}),
      };
    }),
    subjectOf: p.agreements.map((a) => ({
      '@type': 'CreativeWork',
      name: text(a.title, a.originalLang),
      ...(a.signedOn ? { dateCreated: a.signedOn } : {}),
      inLanguage: a.originalLang,
    })),
    event: activities.map((a) => ({
      '@type': 'Event',
      name: text(a.title, a.originalLang),
      startDate: a.startsAt,
      endDate: a.endsAt,
      eventStatus: a.status === 'cancelled' ? 'https://schema.org/EventCancelled' : 'https://schema.org/EventScheduled',
      eventAttendanceMode: a.hostCity ? 'https://schema.org/OfflineEventAttendanceMode' : 'https://schema.org/OnlineEventAttendanceMode',
      location: a.hostCity
        ? {
            '@type': 'Place',
            name: a.venue ?? a.hostCity.name,
            address: { '@type': 'PostalAddress', addressLocality: a.hostCity.name, addressCountry: a.hostCity.country },
          }
        : { '@type': 'VirtualLocation', name: 'Online', url: options.url },
      inLanguage: a.languages,
    })),
  };
}
