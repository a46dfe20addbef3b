import type { TFunction } from 'i18next';
import type { ReactNode } from 'react';
import { uiLocales, type UiLocale } from '../../shared/locales.ts';
import { languageName } from './intl-cache.ts';
import { ogLocale, portalPaths } from './portal-paths.ts';
import { portalStylesheetPath } from './portal-stylesheet.ts';

export interface PortalHead {
  title: string;
  description: string;
  /** This page in each language (path only). */
  alternates: Record<UiLocale, string>;
  ogType?: 'website' | 'article';
  /** schema.org data about the page's subject. */
  jsonLd?: object;
  /** A page that should not be indexed (the not-found page). */
  noIndex?: boolean;
  /** The page's Atom feed (path), announced for feed readers. */
  feed?: { path: string; title: string };
}

export interface PortalDocumentProps {
  lang: UiLocale;
  t: TFunction;
  publicUrl: string;
  head: PortalHead;
  /** The same record in the single-page app, for those who sign in to work on it. */
  appPath?: string;
  crumbs?: { label: string; href?: string }[];
  children: ReactNode;
}

const endonym = (lang: UiLocale) => languageName(lang, lang);

/** JSON inside a script element: "<" escaped, so that no text in the data can close the element. */
const scriptJson = (data: object) => JSON.stringify(data).replace(/</g, '\\u003c');

/** The page around every portal page: head with hreflang, Open Graph and JSON-LD; header with the languages; footer. */
export function PortalDocument({ lang, t, publicUrl, head, appPath, crumbs, children }: PortalDocumentProps) {
  const url = (path: string) => `${publicUrl}${path}`;
  const title = `${head.title} · ${t('portal.siteName')}`;
  return (
    <html lang={lang}>
      <head>
        <meta charSet="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <title>{title}</title>
        <meta name="description" content={head.description} />
        {head.noIndex && <meta name="robots" content="noindex" />}
        <link rel="canonical" href={url(head.alternates[lang])} />
        {uiLocales.map((l) => (
          <link key={l} rel="alternate" hrefLang={l} href={url(head.alternates[l])} />
        ))}
        <link rel="alternate" hrefLang="x-default" href={url(head.alternates.en)} />
        <meta property="og:type" content={head.ogType ?? 'website'} />
        <meta property="og:site_name" content={t('portal.siteName')} />
        <meta property="og:title" content={head.title} />
        <meta property="og:description" content={head.description} />
        <meta property="og:url" content={url(head.alternates[lang])} />
        <meta property="og:locale" content={ogLocale[lang]} />
        {uiLocales
          .filter((l) => l !== lang)
          .map((l) => (
            <meta key={l} property="og:locale:alternate" content={ogLocale[l]} />
          ))}
        <meta name="twitter:card" content="summary" />
        {head.feed && <link rel="alternate" type="application/atom+xml" title={head.feed.title} href={head.feed.path} />}
        <link rel="stylesheet" href={portalStylesheetPath} />
        {head.jsonLd && <script type="application/ld+json" dangerouslySetInnerHTML={{ __html: scriptJson(head.jsonLd) }} />}
      </head>
      <body>
        <a className="skip" href="#content">
          {t('portal.skipToContent')}
        </a>
        <header className="site">
          <div className="bar">
            <a className="brand" href={portalPaths.directory(lang)}>
              {t('portal.siteName')}
              <small>{t('portal.tagline')}</small>
            </a>
            <nav className="languages" aria-label={t('portal.languages')}>
              <ul>
                {uiLocales.map((l) => (
                  <li key={l}>
                    <a href={head.alternates[l]} hrefLang={l} lang={l} aria-current={l === lang ? 'true' : undefined} title={endonym(l)}>
                      <span aria-hidden="true">{l.toUpperCase()}</span>
                      <span className="sr-only">{endonym(l)}</span>
                    </a>
                  </li>
                ))}
              </ul>
            </nav>
            <a href={appPath ?? '/'}>{appPath ? t('portal.openInApp') : t('portal.signIn')}</a>
          </div>
        </header>
        <main id="content" tabIndex={-1}>
          {crumbs && crumbs.length > 0 && (
            <nav className="crumbs" aria-label={t('portal.breadcrumb')}>
              <ol>
                {crumbs.map((c) => (
                  <li key={c.label}>{c.href ? <a href={c.href}>{c.label}</a> : <span aria-current="page">{c.label}</span>}</li>
                ))}
              </ol>
            </nav>
          )}
          {children}
        </main>
        <footer className="site">
          <p>{t('portal.footer.record')}</p>
          <p>
            {head.feed && (
              <>
                <a href={head.feed.path} type="application/atom+xml">
                  {t('portal.feed.subscribe')}
                </a>
                {' · '}
              </>
            )}
            <a href="/sitemap.xml">{t('portal.footer.sitemap')}</a>
          </p>
        </footer>
      </body>
    </html>
  );
}
