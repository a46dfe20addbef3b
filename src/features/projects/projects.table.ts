import { date, numeric, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { editableColumns } from '../../db/column-types.ts';

const ts = (name: string) => timestamp(name, { withTimezone: true, mode: 'date' });

import type { ConsortiumRole, ProjectStage } from './project-vocabulary.ts';

export { consortiumRoles, projectStages, type ConsortiumRole, type ProjectStage } from './project-vocabulary.ts';

/** A joint project of a partnership (migrations/0012_projects.sql). Amounts are numeric strings. */
export const projects = pgTable('projects', {
  id: uuid('id').primaryKey().defaultRandom(),
  partnershipId: uuid('partnership_id').notNull(),
  title: text('title').notNull(),
  acronym: text('acronym'),
  summary: text('summary').notNull().default(''),
  stage: text('stage').$type<ProjectStage>().notNull().default('idea'),
  callId: uuid('call_id'),
  callDeadlineAt: ts('call_deadline_at'),
  concepts: text('concepts').array().notNull().default([]),
  themes: text('themes').array().notNull().default([]),
  startsOn: date('starts_on', { mode: 'string' }),
  endsOn: date('ends_on', { mode: 'string' }),
  requestedAmount: numeric('requested_amount', { precision: 14, scale: 2 }),
  awardedAmount: numeric('awarded_amount', { precision: 14, scale: 2 }),
  stageChangedAt: ts('stage_changed_at').notNull().defaultNow(),
  createdBy: uuid('created_by'),
  ...editableColumns(),
});

export const projectPartners = pgTable('project_partners', {
  id: uuid('id').primaryKey().defaultRandom(),
  projectId: uuid('project_id').notNull(),
  organisationId: uuid('organisation_id').notNull(),
  role: text('role').$type<ConsortiumRole>().notNull(),
  budget: numeric('budget', { precision: 14, scale: 2 }).notNull().default('0'),
  ownContribution: numeric('own_contribution', { precision: 14, scale: 2 }).notNull().default('0'),
  note: text('note'),
  ...editableColumns(),
});

export const projectStageEvents = pgTable('project_stage_events', {
  id: uuid('id').primaryKey().defaultRandom(),
  projectId: uuid('project_id').notNull(),
  fromStage: text('from_stage').$type<ProjectStage>(),
  toStage: text('to_stage').$type<ProjectStage>().notNull(),
  occurredOn: date('occurred_on', { mode: 'string' }).notNull(),
  note: text('note'),
  actorId: uuid('actor_id'),
  createdAt: ts('created_at').notNull().defaultNow(),
});
