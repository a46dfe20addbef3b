import type { TFunction } from 'i18next';
import type { UiLocale } from '../../shared/locales.ts';
import { ActivityList } from './activity-list.tsx';
import type { CityPortalData } from './city-portal-data.ts';
import { portalPaths } from './portal-paths.ts';
import { portalStylesheetPath } from './portal-stylesheet.ts';

/**
 * The widget a city puts on its own website in an iframe: its partnerships and next public
 * activities, in the language of the address, every link opening Pontis in a new tab. A page of
 * its own (no header, no footer), small enough for a sidebar.
 */
export function EmbedPage({ lang, t, data, publicUrl }: { lang: UiLocale; t: TFunction; data: CityPortalData; publicUrl: string }) {
  const { city, partnerships, upcoming } = data;
  return (
    <html lang={lang}>
      <head>
        <meta charSet="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <meta name="robots" content="noindex" />
        <title>{t('portal.embed.title', { city: city.name })}</title>
        <link rel="canonical" href={`${publicUrl}${portalPaths.city(lang, city.key)}`} />
        <link rel="stylesheet" href={portalStylesheetPath} />
        <base target="_blank" />
      </head>
      <body className="embed">
        <main>
          <h1>{t('portal.embed.title', { city: city.name })}</h1>
          <h2>{t('portal.embed.partnerships')}</h2>
          <ul>
            {partnerships.map((p) => (
              <li key={p.id}>
                <a href={`${publicUrl}${portalPaths.partnership(lang, p.key)}`}>{p.name}</a>
              </li>
            ))}
          </ul>
          <h2>{t('portal.embed.activities')}</h2>
          <ActivityList items={upcoming.slice(0, 4).map((a) => ({ ...a, partnership: undefined }))} empty={t('portal.embed.noActivities')} lang={lang} t={t} />
          <p>
            <a href={`${publicUrl}${portalPaths.city(lang, city.key)}`}>{t('portal.embed.more', { city: city.name })}</a>
          </p>
        </main>
      </body>
    </html>
  );
}
