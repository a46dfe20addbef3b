import { stringify } from 'csv-stringify/sync';
import type { ApiApp } from '../../http/api-app.ts';
import { requireUser } from '../../http/auth-hooks.ts';
import { errorBodySchema, errorResponses } from '../../http/error-body.ts';
import { readUploadedFile } from '../../http/file-transfer.ts';
import { requireCsvImporter } from './csv-import-policy.ts';
import { attachmentDisposition } from '../../http/content-disposition.ts';
import { csvImportReport, getCsvImport, listCsvImports, previewCsvImport, setCsvImportMapping, startCsvImport, uploadCsvImport } from './csv-import-jobs.ts';
import {
  csvImportListSchema,
  csvImportParams,
  csvImportSchema,
  csvPreviewSchema,
  csvReportSchema,
  setMappingBody,
  startBody,
  uploadQuery,
} from './csv-imports.schemas.ts';

const tags = ['csv-imports'];

/** CSV files are larger than agreement PDFs: five times the upload limit (50 MB by default, ~120,000 rows). */
export const csvUploadLimit = (maxUploadBytes: number) => maxUploadBytes * 5;

export default async function csvImportRoutes(app: ApiApp) {
  // Coordinators of the city and admins (checked in uploadCsvImport).
  app.post(
    '/api/csv-imports',
    {
      schema: {
        tags,
        summary: 'Upload a CSV file of organisations for a city (multipart/form-data, field "file"); suggests a column mapping',
        consumes: ['multipart/form-data'],
        querystring: uploadQuery,
        response: { 201: csvImportSchema, ...errorResponses, 413: errorBodySchema },
      },
    },
    async (request, reply) => {
      // Refused before the file is read (uploadCsvImport checks again).
      requireCsvImporter(request.ctx.actor, request.query.cityId);
      const { file } = await readUploadedFile(request, {
        expected: 'the CSV file',
        limitBytes: csvUploadLimit(request.ctx.config.maxUploadBytes),
        tooLargeHint: 'import it with the command line (pontis import-csv)',
      });
      return reply.status(201).send(await uploadCsvImport(request.ctx, request.query.cityId, file));
    },
  );

  // Admins (all imports) and coordinators (their city's); others are refused.
  app.get(
    '/api/csv-imports',
    { schema: { tags, summary: 'Recent CSV imports the caller may manage', response: { 200: csvImportListSchema, ...errorResponses } } },
    async (request) => {
      requireUser(request);
      return { items: await listCsvImports(request.ctx) };
    },
  );

  // The import's city's coordinators and admins, for this and the routes below.
  app.get(
    '/api/csv-imports/:id',
    {
      schema: {
        tags,
        summary: 'An import: mapping, state, progress, report summary and counts',
        params: csvImportParams,
        response: { 200: csvImportSchema, ...errorResponses },
      },
    },
    async (request) => {
      requireUser(request);
      return getCsvImport(request.ctx, request.params.id);
    },
  );

  app.get(
    '/api/csv-imports/:id/preview',
    {
      schema: {
        tags,
        summary: 'Header row, suggested mapping and the first rows checked with the current mapping',
        params: csvImportParams,
        response: { 200: csvPreviewSchema, ...errorResponses },
      },
    },
    async (request) => {
      requireUser(request);
      return previewCsvImport(request.ctx, request.params.id);
    },
  );

  app.put(
    '/api/csv-imports/:id/mapping',
    {
      schema: {
        tags,
        summary: 'Set the column mapping (clears an earlier validation report)',
        params: csvImportParams,
        body: setMappingBody,
        response: { 200: csvImportSchema, ...errorResponses },
      },
    },
    async (request) => {
      return setCsvImportMapping(request.ctx, request.params.id, request.body);
    },
  );

  app.post(
    '/api/csv-imports/:id/start',
    {
      schema: {
        tags,
        summary: 'Queue a validation (mode validate) or the import (mode import; all or nothing unless skipInvalid)',
        params: csvImportParams,
        body: startBody,
        response: { 202: csvImportSchema, ...errorResponses },
      },
    },
    async (request, reply) => {
      return reply.status(202).send(await startCsvImport(request.ctx, request.params.id, request.body));
    },
  );

  app.get(
    '/api/csv-imports/:id/report',
    {
      schema: {
        tags,
        summary: 'Problems found by the last validation (the first 1,000; counts cover all)',
        params: csvImportParams,
        response: { 200: csvReportSchema, ...errorResponses },
      },
    },
    async (request) => {
      requireUser(request);
      return csvImportReport(request.ctx, request.params.id);
    },
  );

  app.get(
    '/api/csv-imports/:id/report.csv',
    { schema: { tags, summary: 'The validation report as a CSV file', params: csvImportParams, response: errorResponses } },
    async (request, reply) => {
      requireUser(request);
      const job = await getCsvImport(request.ctx, request.params.id);
      const report = await csvImportReport(request.ctx, request.params.id);
      const text = stringify(report.problems, { header: true, bom: true, columns: ['row', 'field', 'column', 'rule', 'message'] });
      const base = job.fileName.replace(/\.csv$/i, '');
      return reply
        .header('content-type', 'text/csv; charset=utf-8')
        .header('content-disposition', attachmentDisposition(`${base}-report.csv`))
        .send(text as never);
    },
  );
}
