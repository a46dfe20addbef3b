import type { FastifyError, FastifyInstance } from 'fastify';
import { hasZodFastifySchemaValidationErrors, isResponseSerializationError } from 'fastify-type-provider-zod';
import { AppError } from '../shared/errors.ts';
import type { ErrorBody } from './error-body.ts';

const codeByStatus: Record<number, string> = {
  400: 'bad_request',
  401: 'unauthenticated',
  403: 'forbidden',
  404: 'not_found',
  405: 'method_not_allowed',
  406: 'not_acceptable',
  413: 'payload_too_large',
  415: 'unsupported_media_type',
  429: 'rate_limited',
};

export function installErrorHandler(app: FastifyInstance) {
  app.setErrorHandler((error: FastifyError | AppError, request, reply) => {
    if (error instanceof AppError) {
      const body: ErrorBody = { code: error.code, message: error.message, fields: error.fields, ...error.details };
      if (error.status === 429 && typeof error.details?.retryAfterSeconds === 'number') {
        reply.header('retry-after', String(error.details.retryAfterSeconds));
      }
      return reply.status(error.status).send(body);
    }
    if (hasZodFastifySchemaValidationErrors(error)) {
      const where = (error as FastifyError).validationContext ?? 'body';
      const fields = error.validation.map((v) => {
        const path = v.instancePath.replace(/^\//, '').replace(/\//g, '.');
        return { path: where === 'body' ? path || '(body)' : `${where}.${path}`, rule: v.keyword, message: v.message ?? 'is not valid' };
      });
      const named = fields.map((f) => `${f.path}: ${f.message}`).join('; ');
      return reply.status(400).send({ code: 'validation_failed', message: `Invalid request. ${named}`, fields });
    }
    if (isResponseSerializationError(error)) {
      request.log.error({ err: error, issues: error.cause.issues }, 'response did not match its schema');
      return reply.status(500).send({ code: 'internal_error', message: 'Something went wrong on our side.', fields: [] });
    }
    const status = (error as FastifyError).statusCode;
    if (status && status >= 400 && status < 500) {
      // Fastify's body parsing errors (bad JSON, empty JSON, unknown content type, too large)
      // are about the body as a whole: name it, so that clients can show the error in place.
      const code = (error as FastifyError).code ?? '';
      const fields = code.startsWith('FST_ERR_CTP_') ? [{ path: '(body)', rule: code.slice('FST_ERR_CTP_'.length).toLowerCase(), message: error.message }] : [];
      return reply.status(status).send({ code: codeByStatus[status] ?? 'bad_request', message: error.message, fields });
    }
    request.log.error({ err: error }, 'unhandled error');
    return reply.status(500).send({ code: 'internal_error', message: 'Something went wrong on our side.', fields: [] });
  });
}
