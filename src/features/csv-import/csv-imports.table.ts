import { bigint, boolean, integer, jsonb, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { bytea } from '../../db/column-types.ts';
import type { CsvMapping } from './csv-fields.ts';
import type { CsvReport } from './csv-report.ts';
import type { WriteCounts } from './csv-write-batch.ts';

const ts = (name: string) => timestamp(name, { withTimezone: true, mode: 'date' });

export type CsvImportState = 'uploaded' | 'queued' | 'running' | 'done' | 'failed';

/** A CSV import job (migrations/0006_csv_imports.sql). */
export const csvImports = pgTable('csv_imports', {
  id: uuid('id').primaryKey().defaultRandom(),
  cityId: uuid('city_id').notNull(),
  createdBy: uuid('created_by'),
  fileName: text('file_name').notNull(),
  fileSize: integer('file_size').notNull(),
  file: bytea('file'),
  delimiter: text('delimiter').notNull(),
  headers: jsonb('headers').$type<string[]>().notNull().default([]),
  mapping: jsonb('mapping').$type<CsvMapping>().notNull().default({}),
  mode: text('mode').$type<'validate' | 'import'>(),
  skipInvalid: boolean('skip_invalid').notNull().default(false),
  state: text('state').$type<CsvImportState>().notNull().default('uploaded'),
  outcome: text('outcome').$type<'imported' | 'validated' | 'rejected'>(),
  phase: text('phase').$type<'validate' | 'write'>(),
  bytesDone: bigint('bytes_done', { mode: 'number' }).notNull().default(0),
  rowsDone: integer('rows_done').notNull().default(0),
  rowsTotal: integer('rows_total'),
  report: jsonb('report').$type<CsvReport>(),
  counts: jsonb('counts').$type<WriteCounts & { skipped: number }>(),
  error: text('error'),
  attempts: integer('attempts').notNull().default(0),
  lockedUntil: ts('locked_until'),
  version: integer('version').notNull().default(1),
  createdAt: ts('created_at').notNull().defaultNow(),
  updatedAt: ts('updated_at').notNull().defaultNow(),
  startedAt: ts('started_at'),
  finishedAt: ts('finished_at'),
});
