import fastifyEtag from '@fastify/etag';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { z } from 'zod';
import type { ApiApp } from '../../http/api-app.ts';
import { readTogether } from '../../db/read-together.ts';
import type { ServiceContext } from '../../shared/context.ts';
import { AppError } from '../../shared/errors.ts';
import type { UiLocale } from '../../shared/locales.ts';
import { allCityNames } from '../cities/index.ts';
import { organisationsInCities } from '../organisations/index.ts';
import { listPartnerships } from '../partnerships/index.ts';
import { directoryFilters } from './partnership-directory.ts';
import { preferredLanguage } from './portal-language.ts';
import { isUiLocale, pageInEveryLanguage, portalPaths } from './portal-paths.ts';
import { portalStylesheet, portalStylesheetPath } from './portal-stylesheet.ts';
import { publicContext } from './public-context.ts';
import { renderDirectoryPage } from './render-directory-page.tsx';
import { renderNotFoundPage } from './render-not-found-page.tsx';
import { renderCityEmbed, renderCityPage } from './render-city-page.tsx';
import { renderCityFeed, renderPartnershipFeed } from './render-feeds.ts';
import { renderOrganisationPage } from './render-organisation-page.tsx';
import { renderPartnershipPage } from './render-partnership-page.tsx';
import { sitemapXml } from './sitemap.ts';

// Pages carry no script: the stylesheet is the only thing they load, and they may not be framed,
// but for the widget, which is made to be framed by any site (a city's own website).
const PAGE_POLICY = "default-src 'none'; style-src 'self'; img-src 'self' data:; base-uri 'none'; form-action 'self'; frame-ancestors 'none'";
const EMBED_POLICY = "default-src 'none'; style-src 'self'; img-src 'self' data:; base-uri 'self'; form-action 'none'; frame-ancestors *";
const pageParams = z.object({ lang: z.string().max(20) });
const recordParams = pageParams.extend({ key: z.string().max(200) });
const hidden = { hide: true } as const;

/**
 * Sends a public page: short public caching and a weak ETag (added by @fastify/etag from the body),
 * so a browser or proxy revalidates after a minute and gets a 304 when nothing changed. Pages are
 * the same for every visitor (rendered as the public), so "public" is safe.
 */
function sendPage(reply: FastifyReply, html: string, status = 200, policy = PAGE_POLICY) {
  return reply
    .status(status)
    .header('content-type', 'text/html; charset=utf-8')
    .header('cache-control', status === 200 ? 'public, max-age=60' : 'no-cache')
    .header('content-security-policy', policy)
    .send(html);
}

/** Answers with `respond`; a record that is not there (or not public) gets the portal's 404 page. */
async function orNotFound(reply: FastifyReply, lang: UiLocale, respond: () => Promise<unknown>) {
  try {
    return await respond();
  } catch (err) {
    if (err instanceof AppError && err.status === 404) return sendPage(reply, renderNotFoundPage(reply.request.ctx.config.publicUrl, lang), 404);
    throw err;
  }
}

/** A record's page. */
const sendRecordPage = (reply: FastifyReply, lang: UiLocale, render: () => Promise<string>, policy = PAGE_POLICY) =>
  orNotFound(reply, lang, async () => sendPage(reply, await render(), 200, policy));

/** A feed, cached like a page but longer (readers poll), with an ETag. */
const sendFeed = (reply: FastifyReply, lang: UiLocale, render: () => Promise<string>) =>
  orNotFound(reply, lang, async () =>
    reply
      .header('content-type', 'application/atom+xml; charset=utf-8')
      .header('cache-control', 'public, max-age=300')
      .send(await render()),
  );

const notFound = (reply: FastifyReply, lang: string) =>
  sendPage(reply, renderNotFoundPage(reply.request.ctx.config.publicUrl, isUiLocale(lang) ? lang : 'en'), 404);

type RecordRequest = FastifyRequest<{ Params: { lang: string; key: string } }>;
type RenderRecord = (ctx: ServiceContext, lang: UiLocale, key: string) => Promise<string>;

/** The handler of a record's page or feed: its language checked, rendered as the public, sent by `send`. */
const servesRecord =
  (render: RenderRecord, send: (reply: FastifyReply, lang: UiLocale, render: () => Promise<string>) => Promise<unknown> = sendRecordPage) =>
  async (request: RecordRequest, reply: FastifyReply) => {
    const { lang, key } = request.params;
    if (!isUiLocale(lang)) return notFound(reply, lang);
    return send(reply, lang, () => render(publicContext(request.ctx.db, request.ctx.config), lang, key));
  };

export default async function publicPortalRoutes(app: ApiApp) {
  // Registered inside this plugin, so only the portal's answers get ETags.
  await app.register(fastifyEtag, { weak: true });

  // Public: the portal's entry; the directory in the visitor's language.
  app.get('/p', { schema: hidden }, (request, reply) => reply.redirect(portalPaths.directory(preferredLanguage(request.headers['accept-language'])), 302));

  // Public.
  app.get('/p/:lang', { schema: { ...hidden, params: pageParams } }, (request, reply) =>
    isUiLocale(request.params.lang) ? reply.redirect(portalPaths.directory(request.params.lang), 302) : notFound(reply, request.params.lang),
  );

  // Public: every partnership is a public record; the page shows what the public may see of it.
  app.get('/p/:lang/partnerships', { schema: { ...hidden, params: pageParams } }, async (request, reply) => {
    const { lang } = request.params;
    if (!isUiLocale(lang)) return notFound(reply, lang);
    const ctx = publicContext(request.ctx.db, request.ctx.config);
    return sendPage(reply, await renderDirectoryPage(ctx, lang, directoryFilters(request.query as Record<string, unknown>)));
  });

  // Public: rendered as the public whoever asks (public activities only, no editor names).
  app.get('/p/:lang/partnerships/:key', { schema: { ...hidden, params: recordParams } }, servesRecord(renderPartnershipPage));

  // Public: a city's page (cities are public records).
  app.get('/p/:lang/cities/:key', { schema: { ...hidden, params: recordParams } }, servesRecord(renderCityPage));

  // Public: an organisation's profile as the public may see it (published offers and requests, people who consented to be public).
  app.get('/p/:lang/organisations/:key', { schema: { ...hidden, params: recordParams } }, servesRecord(renderOrganisationPage));

  // Public: a city's widget, the one page any site may frame (no X-Frame-Options: see embeddable in app.ts).
  app.get(
    '/p/:lang/embed/cities/:key',
    { schema: { ...hidden, params: recordParams }, config: { embeddable: true } },
    servesRecord(renderCityEmbed, (reply, lang, render) => sendRecordPage(reply, lang, render, EMBED_POLICY)),
  );

  // Public: a partnership's news as an Atom feed (what its page shows of it).
  app.get('/p/:lang/partnerships/:key/feed.atom', { schema: { ...hidden, params: recordParams } }, servesRecord(renderPartnershipFeed, sendFeed));

  // Public: a city's news from all its partnerships, as an Atom feed.
  app.get('/p/:lang/cities/:key/feed.atom', { schema: { ...hidden, params: recordParams } }, servesRecord(renderCityFeed, sendFeed));

  // Public: the stylesheet, at an address that changes with its content.
  app.get(portalStylesheetPath, { schema: hidden }, (_request, reply) =>
    reply.header('content-type', 'text/css; charset=utf-8').header('cache-control', 'public, max-age=31536000, immutable').send(portalStylesheet),
  );

  // Public: every public page in every language, for search engines.
  app.get('/sitemap.xml', { schema: hidden }, async (request, reply) => {
    const ctx = publicContext(request.ctx.db, request.ctx.config);
    const [partnerships, cities] = await readTogether(
      ctx.db,
      () => listPartnerships(ctx),
      () => allCityNames(ctx),
    );
    const organisations = await organisationsInCities(
      ctx,
      cities.map((c) => c.id),
    );
    const pages = [
      { paths: pageInEveryLanguage(portalPaths.directory) },
      ...partnerships.map((p) => ({ paths: pageInEveryLanguage((l) => portalPaths.partnership(l, p.key)) })),
      ...cities.map((c) => ({ paths: pageInEveryLanguage((l) => portalPaths.city(l, c.key)) })),
      ...organisations.map((o) => ({ paths: pageInEveryLanguage((l) => portalPaths.organisation(l, o.key)) })),
    ];
    return reply
      .header('content-type', 'application/xml; charset=utf-8')
      .header('cache-control', 'public, max-age=300')
      .send(sitemapXml(ctx.config.publicUrl, pages));
  });

  // Public: crawlers may read the portal, not the API or the app's working pages.
  app.get('/robots.txt', { schema: hidden }, (request, reply) =>
    reply
      .header('content-type', 'text/plain; charset=utf-8')
      .header('cache-control', 'public, max-age=3600')
      .send(`User-agent: *\nAllow: /p/\nAllow: /sitemap.xml\nDisallow: /api/\nDisallow: /\n\nSitemap: ${request.ctx.config.publicUrl}/sitemap.xml\n`),
  );
}
