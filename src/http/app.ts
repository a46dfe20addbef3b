import fs from 'node:fs';
import path from 'node:path';
import Fastify, { type FastifyInstance } from 'fastify';
import fastifyCookie from '@fastify/cookie';
import fastifyMultipart from '@fastify/multipart';
import fastifyStatic from '@fastify/static';
import fastifySwagger from '@fastify/swagger';
import fastifySwaggerUi from '@fastify/swagger-ui';
import { jsonSchemaTransform, jsonSchemaTransformObject, serializerCompiler, validatorCompiler, type ZodTypeProvider } from 'fastify-type-provider-zod';
import type { Config } from '../config.ts';
import type { Database } from '../db/database.ts';
import { installAuthHooks } from './auth-hooks.ts';
import { installErrorHandler } from './error-handler.ts';
import { installApiRateLimit } from './api-rate-limit.ts';
import { registerFeatureRoutes } from './feature-routes.ts';
import { installRequestTextRules } from './request-text.ts';
import { serverLoggerOptions } from './server-logger.ts';
import { installStrictJsonBody } from './strict-json-body.ts';

export const webDistDir = path.resolve(import.meta.dirname, '../../dist/web');

export interface BuildAppOptions {
  database: Database;
  config: Config;
  /** Serve the built web app from dist/web (off in API tests). */
  serveWeb?: boolean;
  /** Where the built web app is (tests give a small stand-in). */
  webDir?: string;
  logger?: boolean;
}

export async function buildApp({ database, config, serveWeb = true, webDir = webDistDir, logger = true }: BuildAppOptions): Promise<FastifyInstance> {
  const app = Fastify({
    ...(logger ? serverLoggerOptions(config) : { logger: false }),
    trustProxy: config.trustProxy,
    bodyLimit: 5 * 1024 * 1024,
    // Feature routes are imported when the app starts (through tsx); on a busy 2-core machine that
    // took longer than Fastify's default of 10 s and failed the start with "Plugin did not start".
    pluginTimeout: 60_000,
  }).withTypeProvider<ZodTypeProvider>();

  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(serializerCompiler);
  installErrorHandler(app);
  installStrictJsonBody(app);

  await app.register(fastifyCookie);
  await app.register(fastifyMultipart, { limits: { fileSize: config.maxUploadBytes, files: 1, fields: 5 } });
  await app.register(fastifySwagger, {
    openapi: {
      openapi: '3.1.0',
      info: {
        title: 'Pontis API',
        version: '1',
        description:
          'Municipal project partnerships between cities. Browser sessions authenticate with the ' +
          '`pontis_session` cookie and send the `x-csrf-token` header on writes; integrations use ' +
          '`Authorization: Bearer <API token>`. Errors are JSON with a stable `code`, a `message` and `fields`.',
      },
      components: {
        securitySchemes: {
          session: { type: 'apiKey', in: 'cookie', name: 'pontis_session' },
          apiToken: { type: 'http', scheme: 'bearer' },
        },
      },
      security: [{ session: [] }, { apiToken: [] }],
    },
    transform: jsonSchemaTransform,
    transformObject: jsonSchemaTransformObject,
  });
  await app.register(fastifySwaggerUi, { routePrefix: '/api/docs' });

  app.addHook('onSend', async (request, reply) => {
    reply.header('x-content-type-options', 'nosniff');
    reply.header('referrer-policy', 'same-origin');
    // A route made to sit in other sites' frames (the portal's widget) says so; its Content
    // Security Policy's frame-ancestors then decides (X-Frame-Options has no "any site").
    if (!request.routeOptions.config?.embeddable) reply.header('x-frame-options', 'DENY');
    if (request.url.startsWith('/api/')) reply.header('cache-control', 'no-store');
  });

  installAuthHooks(app, database.db, config);
  installApiRateLimit(app, database.db, config);
  // After the auth hooks: a caller without the right is refused before its input is looked at.
  installRequestTextRules(app);

  await app.register(async (api) => {
    api.get('/api/openapi.json', { schema: { hide: true } }, async () => app.swagger());
    api.get('/api/health', { schema: { hide: true } }, async () => ({ ok: true, engine: database.engine }));
    await registerFeatureRoutes(api);
  });

  const hasWeb = serveWeb && fs.existsSync(path.join(webDir, 'index.html'));
  if (hasWeb) {
    // serve: false, only reply.sendFile: serving the folder registered a route for each file found at
    // start, and those won over /assets/* below (assets went out with "public, max-age=0", source
    // maps and the .br/.gz files were public). The build writes nothing else worth a route: the
    // built files are index.html and assets/ (see vite.config.ts).
    // preCompressed: sendFile sends file.br or file.gz, written by the build, when Accept-Encoding
    // allows (br first), with content-encoding, the original's content-type and vary: accept-encoding.
    await app.register(fastifyStatic, { root: webDir, serve: false, index: false, preCompressed: true });
    app.get('/assets/*', { schema: { hide: true } }, (request, reply) => {
      const file = (request.params as { '*': string })['*'];
      // A source map (the build writes them outside dist/web; this guards an older build) or a
      // compressed sibling asked for by name is not a public file.
      if (/\.(map|br|gz)$/i.test(file)) return reply.callNotFound();
      // Names carry a content hash, so a file never changes: "public, max-age=31536000, immutable".
      // Through sendFile's options, so that a 404 (a chunk gone after a release) is not cached.
      return reply.sendFile(path.join('assets', file), { maxAge: '365d', immutable: true });
    });
  }

  app.setNotFoundHandler((request, reply) => {
    // HEAD is answered like GET (headers, no body): link checkers and uptime monitors ask with HEAD.
    // A missing asset is a 404 too, not the app's page: a script answered with HTML fails in the
    // browser with a confusing MIME type error (an old page asking for a chunk of an earlier build).
    const notApp = request.url.startsWith('/api/') || request.url.startsWith('/assets/');
    if (notApp || (request.method !== 'GET' && request.method !== 'HEAD') || !hasWeb) {
      return reply.status(404).send({ code: 'not_found', message: `No route for ${request.method} ${request.url.split('?')[0]}.`, fields: [] });
    }
    // The single-page app handles its own routes.
    return (
      reply
        .header('content-security-policy', "default-src 'self'; img-src 'self' data:; style-src 'self' 'unsafe-inline'; frame-ancestors 'none'")
        .header('cache-control', 'no-cache')
        // Without cacheControl: false the static plugin replaced no-cache with "public, max-age=0".
        .sendFile('index.html', { cacheControl: false })
    );
  });

  return app;
}
