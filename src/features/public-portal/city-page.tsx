import type { TFunction } from 'i18next';
import { formatCalendarDate } from '../../shared/date-style.ts';
import type { UiLocale } from '../../shared/locales.ts';
import { ActivityList } from './activity-list.tsx';
import type { CityPortalData } from './city-portal-data.ts';
import { countryName, languageName, numberFormat } from './intl-cache.ts';
import { MapFigure } from './map-figure.tsx';
import { OfficeContact } from './office-contact.tsx';
import type { MapDrawing } from './partnership-map.ts';
import { portalPaths } from './portal-paths.ts';

export interface CityPageProps extends CityPortalData {
  lang: UiLocale;
  t: TFunction;
  map: MapDrawing | null;
  publicUrl: string;
}

/** The public page of a city: its partnerships on a map and in a list, the next public activities, its organisations, and how to embed them. */
export function CityPage({ lang, t, city, partnerships, upcoming, organisations, map, publicUrl }: CityPageProps) {
  const embedUrl = `${publicUrl}${portalPaths.embedCity(lang, city.key)}`;
  const embedCode = `<iframe src="${embedUrl}" title="${t('portal.embed.title', { city: city.name }).replace(/"/g, '&quot;')}" width="100%" height="480" style="border:0" loading="lazy"></iframe>`;
  return (
    <>
      <h1>{city.name}</h1>
      <div className="columns">
        <div>
          <section className="card" aria-labelledby="facts">
            <h2 id="facts">{t('portal.city.facts')}</h2>
            <dl className="facts">
              <dt>{t('portal.city.country')}</dt>
              <dd>{countryName(city.country, lang)}</dd>
              {city.aliases.length > 0 && (
                <>
                  <dt>{t('portal.city.alsoKnownAs')}</dt>
                  <dd>
                    {city.aliases.map((a, i) => (
                      <span key={`${a.name}-${a.lang}`}>
                        {i > 0 && ', '}
                        <span lang={a.lang ?? undefined}>{a.name}</span>
                        {a.lang && <span className="muted"> ({languageName(a.lang, lang)})</span>}
                      </span>
                    ))}
                  </dd>
                </>
              )}
              {city.population !== null && (
                <>
                  <dt>{t('portal.city.population')}</dt>
                  <dd>{numberFormat(lang, {}).format(city.population)}</dd>
                </>
              )}
              {(city.office.name || city.office.email) && (
                <>
                  <dt>{t('portal.city.office')}</dt>
                  <dd>
                    <OfficeContact office={city.office} />
                  </dd>
                </>
              )}
            </dl>
          </section>

          <section className="card" aria-labelledby="partnerships">
            <h2 id="partnerships">{t('portal.city.partnerships')}</h2>
            {partnerships.length === 0 && <p className="muted">{t('portal.city.noPartnerships')}</p>}
            <ul className="plain">
              {partnerships.map((p) => (
                <li key={p.id}>
                  <a href={portalPaths.partnership(lang, p.key)}>{p.name}</a>
                  <div className="muted">
                    {t(`partnerships.kinds.${p.kind}`)} · {t(`partnerships.statuses.${p.status}`)}
                    {p.since && ` · ${t('portal.directory.since', { date: formatCalendarDate(p.since, lang) })}`}
                  </div>
                </li>
              ))}
            </ul>
          </section>

          <section className="card" aria-labelledby="activities">
            <h2 id="activities">{t('portal.city.activities')}</h2>
            <ActivityList items={upcoming} empty={t('portal.city.noActivities')} lang={lang} t={t} />
          </section>

          <section className="card" aria-labelledby="organisations">
            <h2 id="organisations">{t('portal.city.organisations', { city: city.name })}</h2>
            {organisations.length === 0 && <p className="muted">{t('portal.city.noOrganisations')}</p>}
            <ul>
              {organisations.map((o) => (
                <li key={o.key}>
                  <a href={portalPaths.organisation(lang, o.key)}>{o.name}</a> <span className="muted">({t(`organisations.kinds.${o.kind}`)})</span>
                </li>
              ))}
            </ul>
          </section>
        </div>

        <div>
          <section className="card" aria-labelledby="map-heading">
            <h2 id="map-heading">{t('portal.map.titleCity', { city: city.name })}</h2>
            {map ? (
              <MapFigure drawing={map} title={t('portal.map.titleCity', { city: city.name })} lang={lang} t={t} />
            ) : (
              <p className="muted">{t('portal.map.noCoordinates')}</p>
            )}
          </section>

          <section className="card" aria-labelledby="embed">
            <h2 id="embed">{t('portal.city.embed')}</h2>
            <p>{t('portal.city.embedHelp')}</p>
            <label htmlFor="embed-code">{t('portal.city.embedCode')}</label>
            <textarea id="embed-code" className="code" readOnly rows={4} defaultValue={embedCode} />
          </section>
        </div>
      </div>
    </>
  );
}
