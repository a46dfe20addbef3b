import { date, integer, numeric, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { bytea, editableColumns } from '../../../db/column-types.ts';

export const workPackageStatuses = ['planned', 'in-progress', 'done'] as const;
export type WorkPackageStatus = (typeof workPackageStatuses)[number];
export const milestoneStatuses = ['planned', 'done'] as const;
export type MilestoneStatus = (typeof milestoneStatuses)[number];

/** migrations/0013_project_work_plan.sql. Dates are ISO date strings, numbers numeric strings. */
export const projectWorkPackages = pgTable('project_work_packages', {
  id: uuid('id').primaryKey().defaultRandom(),
  projectId: uuid('project_id').notNull(),
  number: integer('number').notNull(),
  title: text('title').notNull(),
  description: text('description').notNull().default(''),
  leadOrganisationId: uuid('lead_organisation_id'),
  startsOn: date('starts_on', { mode: 'string' }),
  endsOn: date('ends_on', { mode: 'string' }),
  status: text('status').$type<WorkPackageStatus>().notNull().default('planned'),
  ...editableColumns(),
});

export const projectMilestones = pgTable('project_milestones', {
  id: uuid('id').primaryKey().defaultRandom(),
  projectId: uuid('project_id').notNull(),
  workPackageId: uuid('work_package_id'),
  title: text('title').notNull(),
  dueOn: date('due_on', { mode: 'string' }).notNull(),
  ownerOrganisationId: uuid('owner_organisation_id'),
  status: text('status').$type<MilestoneStatus>().notNull().default('planned'),
  doneOn: date('done_on', { mode: 'string' }),
  ...editableColumns(),
});

export const projectDocuments = pgTable('project_documents', {
  id: uuid('id').primaryKey().defaultRandom(),
  projectId: uuid('project_id').notNull(),
  title: text('title').notNull(),
  fileName: text('file_name').notNull(),
  contentType: text('content_type').notNull(),
  sizeBytes: integer('size_bytes').notNull(),
  sha256: text('sha256').notNull(),
  content: bytea('content').notNull(),
  uploadedBy: uuid('uploaded_by'),
  createdAt: timestamp('created_at', { withTimezone: true, mode: 'date' }).notNull().defaultNow(),
});

export const projectIndicators = pgTable('project_indicators', {
  id: uuid('id').primaryKey().defaultRandom(),
  projectId: uuid('project_id').notNull(),
  outcome: text('outcome').notNull(),
  indicator: text('indicator').notNull(),
  unit: text('unit').notNull().default(''),
  baseline: numeric('baseline', { precision: 18, scale: 4 }).notNull().default('0'),
  target: numeric('target', { precision: 18, scale: 4 }).notNull(),
  achieved: numeric('achieved', { precision: 18, scale: 4 }),
  ...editableColumns(),
});
