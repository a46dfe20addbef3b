import { z } from 'zod';
import type { ApiApp } from '../../http/api-app.ts';
import { errorResponses } from '../../http/error-body.ts';
import { sendStoredFile } from '../../http/file-transfer.ts';
import { uiLocales } from '../../shared/locales.ts';
import { readerLanguage } from '../matching/index.ts';
import { activityIdParams, participationReportSchema } from './activities.schemas.ts';
import { participationReport } from './participation-report.ts';
import { signatureSheet } from './signature-sheet.ts';

const tags = ['activities'];

const signatureSheetQuery = z.object({
  lang: z.enum(uiLocales).optional().describe("Language of the sheet; default: the first interface language among the activity's languages, else yours"),
  day: z.iso.date().optional().describe("The activity's local day the sheet is for (YYYY-MM-DD); default: its only day, else left blank"),
});

export default async function activityReportRoutes(app: ApiApp) {
  // The organisers (canOrganiseActivity): the partnership's coordinators, the organising
  // organisations' editors, admins. Other readers of the activity 403; who may not read it 404.
  app.get(
    '/api/activities/:id/report',
    {
      config: { access: 'user' },
      schema: {
        tags,
        summary: 'Participation report for the funder: counts per country, city, organisation kind, gender, role; attendance; CERV rules checked',
        params: activityIdParams,
        response: { 200: participationReportSchema, ...errorResponses },
      },
    },
    async (request) => participationReport(request.ctx, request.params.id),
  );

  // The organisers, as for the report. A printable PDF: one numbered line per registered
  // participant (by country, then name: the order of the organisers' participant list).
  app.get(
    '/api/activities/:id/signature-sheet.pdf',
    {
      config: { access: 'user' },
      schema: {
        tags,
        summary: 'Signature sheet (PDF) of the registered participants, for the funder’s evidence and to record attendance from',
        params: activityIdParams,
        querystring: signatureSheetQuery,
        response: { 200: { description: 'The sheet as PDF', content: { 'application/pdf': { schema: z.string() } } }, ...errorResponses },
      },
    },
    async (request, reply) => {
      const fallbackLang = await readerLanguage(request.ctx, undefined, request.headers['accept-language']);
      const sheet = await signatureSheet(request.ctx, request.params.id, { lang: request.query.lang, day: request.query.day, fallbackLang });
      return sendStoredFile(reply, { contentType: 'application/pdf', fileName: sheet.fileName, bytes: sheet.bytes }, 'no-store');
    },
  );
}
