import type { ApiApp } from '../../http/api-app.ts';
import { errorResponses } from '../../http/error-body.ts';
import { networkParams, networkQuery, networkResponse } from './network.schemas.ts';
import { getPartnershipNetwork } from './network.service.ts';

export default async function networkRoutes(app: ApiApp) {
  // Public like the partnership: organisations and key figures for everyone; the ties themselves
  // (edges, degrees, bridging organisations) only for users of its cities and admins (canSeeNetworkTies).
  app.get(
    '/api/partnerships/:id/network',
    {
      schema: {
        tags: ['network'],
        summary: 'The partnership’s organisations, the accepted introductions between them as ties, and key figures',
        params: networkParams,
        querystring: networkQuery,
        response: { 200: networkResponse, ...errorResponses },
      },
    },
    async (request) => getPartnershipNetwork(request.ctx, request.params.id, request.query),
  );
}
