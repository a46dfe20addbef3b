import type { ApiApp } from '../../http/api-app.ts';
import { errorResponses } from '../../http/error-body.ts';
import { themeListResponse } from './themes.schemas.ts';
import { listThemes } from './themes.service.ts';

export default async function themeRoutes(app: ApiApp) {
  // Public: the theme vocabulary labels public partnership records.
  app.get(
    '/api/themes',
    {
      schema: {
        tags: ['themes'],
        summary: 'The themes partnerships and organisations are tagged with, labelled in every interface language',
        response: { 200: themeListResponse, ...errorResponses },
      },
    },
    async (request) => listThemes(request.ctx),
  );
}
