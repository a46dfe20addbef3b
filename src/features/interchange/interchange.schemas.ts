import { z } from 'zod';

export const importQuery = z.object({
  dryRun: z.enum(['true', 'false']).optional().describe('true: validate and compare only, write nothing'),
});

/** The body is checked against the interchange JSON Schema by the importer, which names every failing path. */
export const interchangeDocumentBody = z
  .unknown()
  .describe('A Pontis interchange document (format "pontis-interchange/1"); every failing field is reported with its JSON path');

const importCounts = z.object({
  cities: z.number().int(),
  partnerships: z.number().int(),
  organisations: z.number().int(),
  programmes: z.number().int(),
  activities: z.number().int(),
});

export const importSummarySchema = z
  .object({
    dryRun: z.boolean().describe('true when nothing was written'),
    created: importCounts,
    updated: importCounts,
    unchanged: importCounts,
  })
  .meta({ id: 'InterchangeImportSummary' });
