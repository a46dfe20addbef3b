import type { ServiceContext } from '../../shared/context.ts';
import type { UiLocale } from '../../shared/locales.ts';
import { cityJsonLd } from './city-json-ld.ts';
import { CityPage } from './city-page.tsx';
import { cityPortalData } from './city-portal-data.ts';
import { EmbedPage } from './embed-page.tsx';
import { countryName } from './intl-cache.ts';
import { drawPartnershipMap } from './partnership-map.ts';
import { PortalDocument } from './portal-document.tsx';
import { pageInEveryLanguage, portalPaths } from './portal-paths.ts';
import { portalTranslator } from './portal-translator.ts';
import { renderPortalPage } from './render-portal-page.ts';
import { worldCountries } from './world-boundaries.ts';

/** The public page of a city, as HTML (the city's absence is the caller's 404). */
export async function renderCityPage(ctx: ServiceContext, lang: UiLocale, key: string): Promise<string> {
  const data = await cityPortalData(ctx, key);
  const t = portalTranslator(lang);
  const { city } = data;
  const paths = pageInEveryLanguage((l) => portalPaths.city(l, city.key));
  const url = (path: string) => `${ctx.config.publicUrl}${path}`;
  const map = data.places.length ? drawPartnershipMap(data.places, data.ties, worldCountries()) : null;
  return renderPortalPage(
    <PortalDocument
      lang={lang}
      t={t}
      publicUrl={ctx.config.publicUrl}
      appPath={`/cities/${encodeURIComponent(city.key)}`}
      crumbs={[{ label: t('portal.directory.title'), href: portalPaths.directory(lang) }, { label: city.name }]}
      head={{
        title: city.name,
        description: `${city.name} (${countryName(city.country, lang)}): ${data.partnerships.map((p) => p.name).join(', ') || t('portal.city.noPartnerships')}`,
        alternates: paths,
        feed: { path: portalPaths.cityFeed(lang, city.key), title: t('portal.feed.city', { name: city.name }) },
        jsonLd: cityJsonLd(data, { lang, url: url(paths[lang]), partnershipUrl: (k) => url(portalPaths.partnership(lang, k)) }),
      }}
    >
      <CityPage lang={lang} t={t} {...data} map={map} publicUrl={ctx.config.publicUrl} />
    </PortalDocument>,
  );
}

/** The widget of a city for an iframe on its own website, as HTML. */
export async function renderCityEmbed(ctx: ServiceContext, lang: UiLocale, key: string): Promise<string> {
  const data = await cityPortalData(ctx, key);
  return renderPortalPage(<EmbedPage lang={lang} t={portalTranslator(lang)} data={data} publicUrl={ctx.config.publicUrl} />);
}
