import { z } from 'zod';
import type { ApiApp } from '../../http/api-app.ts';
import { errorResponses } from '../../http/error-body.ts';
import { csvExportHeaders, sendCsvExport } from '../../http/file-transfer.ts';
import { EXPORT_ROW_CAP, exportColumns, exportQuery, exportSearchResults } from './search-export.ts';

export default async function searchExportRoutes(app: ApiApp) {
  // Public, like the search it runs: the search service decides with the caller's context what
  // they may see (people only where consent allows), so the file never holds more than the page.
  app.get(
    '/api/search/export.csv',
    {
      schema: {
        tags: ['search'],
        summary: `Download search results as CSV (the filters of /api/search; at most ${EXPORT_ROW_CAP} rows)`,
        description:
          `UTF-8 with a byte order mark, CRLF line ends, columns: ${exportColumns.join(', ')}. ` +
          `At most ${EXPORT_ROW_CAP} rows, in the order of the search. The header ${csvExportHeaders.cap} states that cap, ` +
          `${csvExportHeaders.total} how many results matched, ${csvExportHeaders.truncated} whether rows were left out.`,
        querystring: exportQuery,
        response: {
          200: { description: 'The results as a CSV file', content: { 'text/csv': { schema: z.string() } } },
          ...errorResponses,
        },
      },
    },
    async (request, reply) => {
      const file = await exportSearchResults(request.ctx, request.query);
      return sendCsvExport(reply, file, EXPORT_ROW_CAP);
    },
  );
}
