import { uiLocales, type UiLocale } from '../../shared/locales.ts';

export interface SitemapPage {
  /** The page's path in each language. */
  paths: Record<UiLocale, string>;
  /** YYYY-MM-DD of the record's last change, when known. */
  lastModified?: string;
}

const escapeXml = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/**
 * sitemap.xml (sitemaps.org 0.9) with every page in every language, each naming its siblings as
 * xhtml:link alternates, as search engines read hreflang from sitemaps.
 */
export function sitemapXml(publicUrl: string, pages: readonly SitemapPage[]): string {
  const lines = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:xhtml="http://www.w3.org/1999/xhtml">',
  ];
  for (const page of pages) {
    for (const lang of uiLocales) {
      lines.push('  <url>', `    <loc>${escapeXml(publicUrl + page.paths[lang])}</loc>`);
      if (page.lastModified) lines.push(`    <lastmod>${page.lastModified}</lastmod>`);
      for (const alt of uiLocales) lines.push(`    <xhtml:link rel="alternate" hreflang="${alt}" href="${escapeXml(publicUrl + page.paths[alt])}"/>`);
      lines.push('  </url>');
    }
  }
  lines.push('</urlset>', '');
  return lines.join('\n');
}
