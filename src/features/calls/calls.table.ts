import { customType, integer, jsonb, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';

const ts = (name: string) => timestamp(name, { withTimezone: true, mode: 'date' });
/** Written only through SQL expressions (to_tsvector); read only inside queries. */
const tsvector = customType<{ data: string }>({ dataType: () => 'tsvector' });

export type CallKind = 'grant' | 'tender';
export type CallStatus = 'forthcoming' | 'open' | 'closed';
export type CallSource = 'reference-file' | 'search-api' | 'demo';

/** One deadline of a call: the instant, and which stage or action it belongs to when known. */
export interface CallDeadline {
  /** ISO 8601 instant (UTC). */
  at: string;
  /** e.g. "stage 1", "stage 2", "cut-off 3", or the action's type. */
  label?: string;
}

export interface CallLatestInfo {
  at: string | null;
  text: string;
}

export interface CallBudgetLine {
  action?: string;
  year?: string;
  amount: number;
  currency: string;
}

/** An EU funding topic or tender (migrations/0010_calls.sql). */
export const fundingCalls = pgTable('funding_calls', {
  id: uuid('id').primaryKey().defaultRandom(),
  identifier: text('identifier').notNull().unique(),
  kind: text('kind').$type<CallKind>().notNull(),
  title: text('title').notNull(),
  callIdentifier: text('call_identifier'),
  callTitle: text('call_title'),
  programmeCode: text('programme_code'),
  programmeName: text('programme_name'),
  portalStatus: text('portal_status').$type<CallStatus>(),
  deadlineModel: text('deadline_model'),
  openingAt: ts('opening_at'),
  deadlineAts: ts('deadline_ats').array().notNull().default([]),
  deadlines: jsonb('deadlines').$type<CallDeadline[]>().notNull().default([]),
  lastDeadlineAt: ts('last_deadline_at'),
  tags: text('tags').array().notNull().default([]),
  keywords: text('keywords').array().notNull().default([]),
  summary: text('summary').notNull().default(''),
  latestInfos: jsonb('latest_infos').$type<CallLatestInfo[]>().notNull().default([]),
  budget: jsonb('budget').$type<CallBudgetLine[]>(),
  concepts: text('concepts').array().notNull().default([]),
  url: text('url'),
  source: text('source').$type<CallSource>().notNull(),
  contentHash: text('content_hash').notNull(),
  firstSeenAt: ts('first_seen_at').notNull().defaultNow(),
  changedAt: ts('changed_at').notNull().defaultNow(),
  seenAt: ts('seen_at').notNull().defaultNow(),
  searchVector: tsvector('search_vector'),
});

/** `interrupted`: the process running it died (see import-run-lease.ts). */
export type CallImportOutcome = 'queued' | 'running' | 'done' | 'not-modified' | 'failed' | 'offline' | 'interrupted';

export const callImports = pgTable('call_imports', {
  id: uuid('id').primaryKey().defaultRandom(),
  source: text('source').notNull(),
  origin: text('origin'),
  startedAt: ts('started_at').notNull().defaultNow(),
  finishedAt: ts('finished_at'),
  outcome: text('outcome').$type<CallImportOutcome>().notNull().default('running'),
  records: integer('records').notNull().default(0),
  added: integer('added').notNull().default(0),
  changed: integer('changed').notNull().default(0),
  unchanged: integer('unchanged').notNull().default(0),
  closed: integer('closed').notNull().default(0),
  skipped: integer('skipped').notNull().default(0),
  message: text('message'),
  /** The message as a code and parameters for the web to word in the reader's language (migration 0023). */
  messageCode: text('message_code'),
  messageParams: jsonb('message_params').$type<Record<string, string | number>>(),
  startedBy: uuid('started_by'),
  /** pid@host of the process carrying out a running run (migration 0019). */
  runner: text('runner'),
  /** Renewed while the run goes on; a running run past it is interrupted. */
  aliveUntil: ts('alive_until'),
});

export const callSyncState = pgTable('call_sync_state', {
  url: text('url').primaryKey(),
  etag: text('etag'),
  lastModified: text('last_modified'),
  lastCheckedAt: ts('last_checked_at'),
  lastSuccessAt: ts('last_success_at'),
  lastOutcome: text('last_outcome'),
  lastMessage: text('last_message'),
  claimedUntil: ts('claimed_until'),
});
