import { eq, sql, type SQL } from 'drizzle-orm';
import type { Db } from '../../db/database.ts';
import { auditEvents } from './audit.table.ts';

// The audit feature's part of erasing a person or an account (personal-data, GDPR Art. 17): the
// history keeps its rows, but personal-data rewrites what identifies the person in them.

/** An audit event as the erasure reads it: snapshots parsed from JSON. */
export interface AuditEventToScrub {
  id: number;
  entityType: string;
  entityId: string;
  actorLabel: string;
  before: unknown;
  after: unknown;
}

type Rows<T> = { rows: T[] };
const json = (v: unknown) => (typeof v === 'string' ? (JSON.parse(v) as unknown) : v);

/** The events an account made name `label` instead of it, keeping their time and content. */
export async function replaceAuditActor(db: Db, userId: string, label: string): Promise<void> {
  await db.update(auditEvents).set({ actorUserId: null, actorLabel: label }).where(eq(auditEvents.actorUserId, userId));
}

/**
 * The events about a record, and those whose snapshots (as JSON text) or author label pass a text
 * test: `mentions` turns a text expression into an SQL condition (the caller's search).
 */
export async function auditEventsAboutOrMentioning(
  db: Db,
  about: { entityType: string; entityId: string },
  mentions: (text: SQL) => SQL,
): Promise<AuditEventToScrub[]> {
  const candidates = (await db.execute(sql`
    SELECT id, entity_type, entity_id, actor_label, before, after FROM audit_events
     WHERE (entity_type = ${about.entityType} AND entity_id = ${about.entityId}::uuid)
        OR ${mentions(sql`before::text`)} OR ${mentions(sql`after::text`)}
        OR ${mentions(sql`actor_label`)}`)) as unknown as Rows<{
    id: string | number;
    entity_type: string;
    entity_id: string;
    actor_label: string;
    before: unknown;
    after: unknown;
  }>;
  return candidates.rows.map((row) => ({
    id: Number(row.id),
    entityType: row.entity_type,
    entityId: row.entity_id,
    actorLabel: row.actor_label,
    before: json(row.before),
    after: json(row.after),
  }));
}

/** Rewrites an event's snapshots and author label (an erasure only); its time, entity and action stay. */
export async function redactAuditEvent(db: Db, id: number, values: { before: unknown; after: unknown; actorLabel: string }): Promise<void> {
  await db.update(auditEvents).set(values).where(eq(auditEvents.id, id));
}
