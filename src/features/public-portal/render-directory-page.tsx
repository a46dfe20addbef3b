import type { ServiceContext } from '../../shared/context.ts';
import type { UiLocale } from '../../shared/locales.ts';
import { listPartnerships } from '../partnerships/index.ts';
import { DirectoryPage } from './directory-page.tsx';
import { filterPartnerships, type DirectoryFilters } from './partnership-directory.ts';
import { PortalDocument } from './portal-document.tsx';
import { pageInEveryLanguage, portalPaths } from './portal-paths.ts';
import { portalTranslator } from './portal-translator.ts';
import { renderPortalPage } from './render-portal-page.ts';
import { themeOptionsIn } from './theme-label-lookup.ts';

/** The directory of partnerships, filtered, as HTML. */
export async function renderDirectoryPage(ctx: ServiceContext, lang: UiLocale, filters: DirectoryFilters): Promise<string> {
  const all = await listPartnerships(ctx);
  const t = portalTranslator(lang);
  return renderPortalPage(
    <PortalDocument
      lang={lang}
      t={t}
      publicUrl={ctx.config.publicUrl}
      head={{ title: t('portal.directory.title'), description: t('portal.directory.description'), alternates: pageInEveryLanguage(portalPaths.directory) }}
    >
      <DirectoryPage lang={lang} t={t} all={all} shown={filterPartnerships(all, filters)} filters={filters} themes={themeOptionsIn(lang)} />
    </PortalDocument>,
  );
}
