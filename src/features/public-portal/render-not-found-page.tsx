import type { UiLocale } from '../../shared/locales.ts';
import { NotFoundPage } from './not-found-page.tsx';
import { PortalDocument } from './portal-document.tsx';
import { pageInEveryLanguage, portalPaths } from './portal-paths.ts';
import { portalTranslator } from './portal-translator.ts';
import { renderPortalPage } from './render-portal-page.ts';

/** The portal's "not found" page, in the language asked for (its alternates lead to the directory). */
export function renderNotFoundPage(publicUrl: string, lang: UiLocale): string {
  const t = portalTranslator(lang);
  return renderPortalPage(
    <PortalDocument
      lang={lang}
      t={t}
      publicUrl={publicUrl}
      head={{
        title: t('portal.notFound.title'),
        description: t('portal.notFound.text'),
        alternates: pageInEveryLanguage(portalPaths.directory),
        noIndex: true,
      }}
    >
      <NotFoundPage lang={lang} t={t} />
    </PortalDocument>,
  );
}
