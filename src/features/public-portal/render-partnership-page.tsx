import type { ServiceContext } from '../../shared/context.ts';
import type { UiLocale } from '../../shared/locales.ts';
import { drawPartnershipMap } from './partnership-map.ts';
import { partnershipJsonLd } from './partnership-json-ld.ts';
import { PartnershipPage } from './partnership-page.tsx';
import { partnershipPortalData } from './partnership-portal-data.ts';
import { descriptionIn } from './description-in.ts';
import { PortalDocument } from './portal-document.tsx';
import { pageInEveryLanguage, portalPaths } from './portal-paths.ts';
import { portalTranslator } from './portal-translator.ts';
import { renderPortalPage } from './render-portal-page.ts';
import { themeLabelIn } from './theme-label-lookup.ts';
import { worldCountries } from './world-boundaries.ts';

/** The public page of one partnership, as HTML (the partnership's absence is the caller's 404). */
export async function renderPartnershipPage(ctx: ServiceContext, lang: UiLocale, key: string): Promise<string> {
  const { partnership: p, upcoming, past, places, programmes } = await partnershipPortalData(ctx, key, lang);
  const t = portalTranslator(lang);
  const themeLabel = themeLabelIn(lang);
  const paths = pageInEveryLanguage((l) => portalPaths.partnership(l, p.key));
  const description = descriptionIn(p.description, lang);
  const ties = places.flatMap((a, i) => places.slice(i + 1).map((b) => ({ from: a.key, to: b.key, label: `${a.name} – ${b.name}` })));
  const map = places.length ? drawPartnershipMap(places, ties, worldCountries()) : null;
  const summary = description?.text ?? `${p.name}: ${t(`partnerships.kinds.${p.kind}`)}`;
  return renderPortalPage(
    <PortalDocument
      lang={lang}
      t={t}
      publicUrl={ctx.config.publicUrl}
      appPath={`/partnerships/${encodeURIComponent(p.key)}`}
      crumbs={[{ label: t('portal.directory.title'), href: portalPaths.directory(lang) }, { label: p.name }]}
      head={{
        title: p.name,
        description: summary.length > 300 ? `${summary.slice(0, 297).trimEnd()}…` : summary,
        alternates: paths,
        ogType: 'article',
        feed: { path: portalPaths.partnershipFeed(lang, p.key), title: t('portal.feed.partnership', { name: p.name }) },
        jsonLd: partnershipJsonLd(p, [...upcoming, ...past], places, {
          lang,
          url: `${ctx.config.publicUrl}${paths[lang]}`,
          description: description?.text,
          themeLabel,
        }),
      }}
    >
      <PartnershipPage lang={lang} t={t} partnership={p} upcoming={upcoming} past={past} programmes={programmes} map={map} themeLabel={themeLabel} />
    </PortalDocument>,
  );
}
