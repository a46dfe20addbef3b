import type { FastifyInstance } from 'fastify';
import { AppError } from '../shared/errors.ts';

const utf8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false });

/**
 * JSON bodies must be UTF-8 (RFC 8259). Fastify's own parser decodes leniently, so a body with
 * broken bytes was stored with U+FFFD in place of what the client sent: data silently changed.
 * This parser reads the bytes, refuses invalid UTF-8 and other charsets with a 400 naming the
 * body, and hands valid text to Fastify's parser (which keeps its prototype-poisoning guard).
 */
export function installStrictJsonBody(app: FastifyInstance) {
  const parseJson = app.getDefaultJsonParser('error', 'error');
  app.removeContentTypeParser('application/json');
  app.addContentTypeParser('application/json', { parseAs: 'buffer' }, (request, body, done) => {
    const charset = /;\s*charset="?([^";\s]+)/i.exec(request.headers['content-type'] ?? '')?.[1]?.toLowerCase();
    if (charset && charset !== 'utf-8' && charset !== 'utf8') {
      const message = `JSON must be sent as UTF-8, not ${charset}.`;
      done(new AppError('unsupported_media_type', 415, message, [{ path: '(body)', rule: 'charset', message }]), undefined);
      return;
    }
    let text: string;
    try {
      text = utf8.decode(body as Buffer);
    } catch {
      const message = 'The body is not valid UTF-8.';
      done(new AppError('validation_failed', 400, message, [{ path: '(body)', rule: 'utf8', message }]), undefined);
      return;
    }
    parseJson(request, text, done);
  });
}
