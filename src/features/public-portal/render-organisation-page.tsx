import type { ServiceContext } from '../../shared/context.ts';
import type { UiLocale } from '../../shared/locales.ts';
import { getOrganisation } from '../organisations/index.ts';
import { organisationJsonLd } from './organisation-json-ld.ts';
import { OrganisationPage } from './organisation-page.tsx';
import { descriptionIn } from './description-in.ts';
import { PortalDocument } from './portal-document.tsx';
import { pageInEveryLanguage, portalPaths } from './portal-paths.ts';
import { portalTranslator } from './portal-translator.ts';
import { renderPortalPage } from './render-portal-page.ts';
import { themeLabelIn } from './theme-label-lookup.ts';

/** The public profile of an organisation, as HTML (its absence is the caller's 404). */
export async function renderOrganisationPage(ctx: ServiceContext, lang: UiLocale, key: string): Promise<string> {
  const o = await getOrganisation(ctx, key);
  const t = portalTranslator(lang);
  const themeLabel = themeLabelIn(lang);
  const paths = pageInEveryLanguage((l) => portalPaths.organisation(l, o.key));
  const description = descriptionIn(o.description, lang);
  const summary = description?.text ?? `${o.name}: ${t(`organisations.kinds.${o.kind}`)}, ${o.city.name}`;
  return renderPortalPage(
    <PortalDocument
      lang={lang}
      t={t}
      publicUrl={ctx.config.publicUrl}
      appPath={`/organisations/${encodeURIComponent(o.key)}`}
      crumbs={[
        { label: t('portal.directory.title'), href: portalPaths.directory(lang) },
        { label: o.city.name, href: portalPaths.city(lang, o.city.key) },
        { label: o.name },
      ]}
      head={{
        title: o.name,
        description: summary.length > 300 ? `${summary.slice(0, 297).trimEnd()}…` : summary,
        alternates: paths,
        jsonLd: organisationJsonLd(o, { lang, url: `${ctx.config.publicUrl}${paths[lang]}`, description: description?.text, themeLabel }),
      }}
    >
      <OrganisationPage lang={lang} t={t} organisation={o} themeLabel={themeLabel} />
    </PortalDocument>,
  );
}
