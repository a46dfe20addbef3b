import { boolean, char, date, integer, jsonb, pgTable, primaryKey, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { editableColumns } from '../../db/column-types.ts';
import type { LocalisedText } from '../../shared/locales.ts';
import type { ActivityKind, ActivityStatus, GenderStated, ParticipantRole, ParticipantSource, ParticipantStatus } from './activity-vocabulary.ts';

const ts = (name: string) => timestamp(name, { withTimezone: true, mode: 'date' });

/** An exchange activity of a partnership (migrations/0026_activities.sql). Texts per language, like agreements. */
export const activities = pgTable('activities', {
  id: uuid('id').primaryKey().defaultRandom(),
  key: text('key').notNull().unique(),
  partnershipId: uuid('partnership_id').notNull(), // → partnerships(id) on delete cascade (migrations)
  kind: text('kind').$type<ActivityKind>().notNull(),
  status: text('status').$type<ActivityStatus>().notNull().default('planned'),
  title: jsonb('title').$type<LocalisedText[]>().notNull(),
  description: jsonb('description').$type<LocalisedText[]>().notNull().default([]),
  originalLang: text('original_lang'),
  hostCityId: uuid('host_city_id'), // → cities(id); NULL = online
  timeZone: text('time_zone').notNull(),
  startsAt: ts('starts_at').notNull(),
  endsAt: ts('ends_at').notNull(),
  venue: text('venue'),
  onlineUrl: text('online_url'),
  languages: text('languages').array().notNull().default([]),
  themes: text('themes').array().notNull().default([]),
  concepts: text('concepts').array().notNull().default([]),
  projectId: uuid('project_id'), // → projects(id)
  measureId: uuid('measure_id'), // → programme_measures(id) (action-programmes)
  isPublic: boolean('is_public').notNull().default(true),
  registrationOpen: boolean('registration_open').notNull().default(true),
  capacity: integer('capacity'),
  registrationDeadline: ts('registration_deadline'),
  needsRetentionDays: integer('needs_retention_days').notNull().default(30),
  needsErasedAt: ts('needs_erased_at'),
  outcomes: jsonb('outcomes').$type<LocalisedText[]>().notNull().default([]),
  minutes: jsonb('minutes').$type<LocalisedText[]>().notNull().default([]),
  /** Why it was called off (migration 0029); empty unless cancelled with a reason. */
  cancellationReason: jsonb('cancellation_reason').$type<LocalisedText[]>().notNull().default([]),
  icalSequence: integer('ical_sequence').notNull().default(0),
  createdBy: uuid('created_by'),
  ...editableColumns(),
});

export const activityOrganisers = pgTable(
  'activity_organisers',
  {
    activityId: uuid('activity_id')
      .notNull()
      .references(() => activities.id, { onDelete: 'cascade' }),
    organisationId: uuid('organisation_id').notNull(), // → organisations(id)
    position: integer('position').notNull().default(0),
  },
  (t) => [primaryKey({ columns: [t.activityId, t.organisationId] })],
);

export const activityAgendaItems = pgTable('activity_agenda_items', {
  id: uuid('id').primaryKey().defaultRandom(),
  activityId: uuid('activity_id')
    .notNull()
    .references(() => activities.id, { onDelete: 'cascade' }),
  position: integer('position').notNull().default(0),
  startsAt: ts('starts_at').notNull(),
  endsAt: ts('ends_at'),
  title: jsonb('title').$type<LocalisedText[]>().notNull(),
  speakers: text('speakers'),
  language: text('language'),
});

export const activityParticipants = pgTable('activity_participants', {
  id: uuid('id').primaryKey().defaultRandom(),
  activityId: uuid('activity_id')
    .notNull()
    .references(() => activities.id, { onDelete: 'cascade' }),
  userId: uuid('user_id'), // → users(id) on delete set null
  source: text('source').$type<ParticipantSource>().notNull(),
  displayName: text('display_name').notNull(),
  email: text('email'),
  organisationId: uuid('organisation_id'), // → organisations(id)
  organisationName: text('organisation_name'),
  organisationKind: text('organisation_kind'),
  cityId: uuid('city_id'), // → cities(id)
  cityName: text('city_name'),
  country: char('country', { length: 2 }).notNull(),
  role: text('role').$type<ParticipantRole>().notNull().default('participant'),
  status: text('status').$type<ParticipantStatus>().notNull().default('registered'),
  language: text('language').notNull().default('en'),
  gender: text('gender').$type<GenderStated>(),
  needsInterpretation: text('needs_interpretation'),
  needsAccessibility: text('needs_accessibility'),
  needsDiet: text('needs_diet'),
  listed: boolean('listed').notNull().default(false),
  registeredAt: ts('registered_at').notNull().defaultNow(),
  cancelledAt: ts('cancelled_at'),
  addedBy: uuid('added_by'),
  ...editableColumns(),
});

export const activityAttendance = pgTable(
  'activity_attendance',
  {
    participantId: uuid('participant_id')
      .notNull()
      .references(() => activityParticipants.id, { onDelete: 'cascade' }),
    day: date('day', { mode: 'string' }).notNull(),
    confirmedBy: uuid('confirmed_by'),
    confirmedAt: ts('confirmed_at').notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.participantId, t.day] })],
);

export const activityEncounters = pgTable('activity_encounters', {
  id: uuid('id').primaryKey().defaultRandom(),
  activityId: uuid('activity_id')
    .notNull()
    .references(() => activities.id, { onDelete: 'cascade' }),
  organisationAId: uuid('organisation_a_id').notNull(),
  organisationBId: uuid('organisation_b_id').notNull(),
  introductionId: uuid('introduction_id'), // → introductions(id)
  recordedBy: uuid('recorded_by'),
  recordedAt: ts('recorded_at').notNull().defaultNow(),
});
