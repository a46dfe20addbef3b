import type { TFunction } from 'i18next';
import type { UiLocale } from '../../shared/locales.ts';
import { portalPaths } from './portal-paths.ts';

export function NotFoundPage({ lang, t }: { lang: UiLocale; t: TFunction }) {
  return (
    <section className="card">
      <h1>{t('portal.notFound.title')}</h1>
      <p>{t('portal.notFound.text')}</p>
      <p>
        <a href={portalPaths.directory(lang)}>{t('portal.notFound.back')}</a>
      </p>
    </section>
  );
}
