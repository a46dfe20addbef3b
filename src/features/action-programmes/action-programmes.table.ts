import { date, integer, jsonb, numeric, pgTable, primaryKey, text, uuid } from 'drizzle-orm/pg-core';
import { editableColumns } from '../../db/column-types.ts';
import type { LocalisedText } from '../../shared/locales.ts';
import type { MeasureStatus } from './programme-vocabulary.ts';

/** A partnership's joint action programme for one period (migrations/0027_action_programmes.sql). */
export const actionProgrammes = pgTable('action_programmes', {
  id: uuid('id').primaryKey().defaultRandom(),
  key: text('key').notNull().unique(),
  partnershipId: uuid('partnership_id').notNull(), // → partnerships(id) on delete cascade (migrations)
  title: jsonb('title').$type<LocalisedText[]>().notNull(),
  summary: jsonb('summary').$type<LocalisedText[]>().notNull().default([]),
  originalLang: text('original_lang'),
  startsOn: date('starts_on', { mode: 'string' }).notNull(),
  endsOn: date('ends_on', { mode: 'string' }).notNull(),
  ...editableColumns(),
});

/** A field of action: one of the partnership's themes. */
export const programmeFields = pgTable('programme_fields', {
  id: uuid('id').primaryKey().defaultRandom(),
  programmeId: uuid('programme_id')
    .notNull()
    .references(() => actionProgrammes.id, { onDelete: 'cascade' }),
  themeKey: text('theme_key').notNull(), // → themes(key)
  description: jsonb('description').$type<LocalisedText[]>().notNull().default([]),
  position: integer('position').notNull().default(0),
  ...editableColumns(),
});

export const programmeGoals = pgTable('programme_goals', {
  id: uuid('id').primaryKey().defaultRandom(),
  fieldId: uuid('field_id')
    .notNull()
    .references(() => programmeFields.id, { onDelete: 'cascade' }),
  title: jsonb('title').$type<LocalisedText[]>().notNull(),
  description: jsonb('description').$type<LocalisedText[]>().notNull().default([]),
  position: integer('position').notNull().default(0),
  ...editableColumns(),
});

export const programmeMeasures = pgTable('programme_measures', {
  id: uuid('id').primaryKey().defaultRandom(),
  goalId: uuid('goal_id')
    .notNull()
    .references(() => programmeGoals.id, { onDelete: 'cascade' }),
  key: text('key').notNull(),
  title: jsonb('title').$type<LocalisedText[]>().notNull(),
  description: jsonb('description').$type<LocalisedText[]>().notNull().default([]),
  startsOn: date('starts_on', { mode: 'string' }),
  endsOn: date('ends_on', { mode: 'string' }),
  budget: numeric('budget', { precision: 14, scale: 2 }),
  status: text('status').$type<MeasureStatus>().notNull().default('planned'),
  progress: integer('progress').notNull().default(0),
  sdgTargets: text('sdg_targets').array().notNull().default([]),
  position: integer('position').notNull().default(0),
  ...editableColumns(),
});

export const measureResponsibles = pgTable('measure_responsibles', {
  id: uuid('id').primaryKey().defaultRandom(),
  measureId: uuid('measure_id')
    .notNull()
    .references(() => programmeMeasures.id, { onDelete: 'cascade' }),
  cityId: uuid('city_id').notNull(), // → cities(id)
  organisationId: uuid('organisation_id'), // → organisations(id)
  office: text('office'),
  position: integer('position').notNull().default(0),
});

export const measureIndicators = pgTable('measure_indicators', {
  id: uuid('id').primaryKey().defaultRandom(),
  measureId: uuid('measure_id')
    .notNull()
    .references(() => programmeMeasures.id, { onDelete: 'cascade' }),
  name: jsonb('name').$type<LocalisedText[]>().notNull(),
  unit: text('unit').notNull().default(''),
  baseline: numeric('baseline', { precision: 16, scale: 2 }),
  target: numeric('target', { precision: 16, scale: 2 }),
  achieved: numeric('achieved', { precision: 16, scale: 2 }),
  source: text('source'),
  position: integer('position').notNull().default(0),
});

export const measureProjects = pgTable(
  'measure_projects',
  {
    measureId: uuid('measure_id')
      .notNull()
      .references(() => programmeMeasures.id, { onDelete: 'cascade' }),
    projectId: uuid('project_id').notNull(), // → projects(id)
  },
  (t) => [primaryKey({ columns: [t.measureId, t.projectId] })],
);
