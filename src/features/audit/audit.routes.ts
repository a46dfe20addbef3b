import type { ApiApp } from '../../http/api-app.ts';
import { requireUser } from '../../http/auth-hooks.ts';
import { errorResponses } from '../../http/error-body.ts';
import { historyParams, historyResponse } from './audit.schemas.ts';
import { readRecordHistory } from './record-history.service.ts';

export default async function auditRoutes(app: ApiApp) {
  // Signed-in users who may edit the record (each feature's *.history.ts says who); unknown types are 404.
  app.get(
    '/api/history/:entityType/:id',
    {
      schema: {
        tags: ['history'],
        summary: 'Who changed a record, when, and what',
        params: historyParams,
        response: { 200: historyResponse, ...errorResponses },
      },
    },
    async (request) => {
      requireUser(request);
      return readRecordHistory(request.ctx, request.params.entityType, request.params.id);
    },
  );
}
