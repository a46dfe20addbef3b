import { and, eq, gt, inArray, sql } from 'drizzle-orm';
import type { ServiceContext } from '../../shared/context.ts';
import { agreements } from '../agreements/agreements.table.ts';
import { auditEvents } from '../audit/audit.table.ts';
import { cities } from '../cities/cities.table.ts';
import { partnerships, timelineEvents } from '../partnerships/partnerships.table.ts';
import { people } from '../people/people.table.ts';
import { organisations } from '../organisations/organisations.table.ts';
import { searchDocuments } from '../search/search.table.ts';
import { users } from '../users/users.table.ts';

/**
 * Demo only: the days the demo's records were written, instead of the day the demo was loaded.
 * Without this every profile looks edited today, and matching's recency reason ("Profile updated
 * recently") says so for every suggestion. Offers and requests carry no day of their own: they
 * share their organisation's. The organisations' days are spread between the Letter
 * of Intent (July 2020) and yesterday by a hash of their key: the same spread at every seeding,
 * never in the future. No use case writes a past day, so this sets the columns and the history
 * entries itself, and only for what this seeding wrote (history entries after `sinceAuditId`).
 */
export const DEMO_EDITS_FROM = '2020-08-03';

/** When the shared records of the partnership were entered: right after the Letter of Intent. */
const enteredOn: Record<string, string> = {
  city: '2020-07-31',
  partnership: '2020-07-31',
  agreement: '2020-08-03',
  'timeline-event': '2020-08-03',
  person: '2020-08-04',
  user: '2020-09-01',
};

// The records above that carry their own created and updated days (editableColumns).
const enteredTables: Record<string, typeof cities | typeof partnerships | typeof agreements | typeof timelineEvents | typeof people> = {
  city: cities,
  partnership: partnerships,
  agreement: agreements,
  'timeline-event': timelineEvents,
  person: people,
};

/** FNV-1a: a small, stable hash, so the spread is the same on every machine and at every start. */
function hash32(text: string): number {
  let h = 0x811c9dc5;
  for (const ch of text) {
    h ^= ch.codePointAt(0)!;
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h;
}

/** A day between DEMO_EDITS_FROM and the day before `now`, chosen by the key (noon UTC). */
export function demoEditDate(key: string, now: Date): Date {
  const from = Date.parse(`${DEMO_EDITS_FROM}T12:00:00Z`);
  const until = Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate() - 1, 12);
  const days = Math.max(0, Math.floor((until - from) / 86_400_000));
  return new Date(from + (hash32(key) % (days + 1)) * 86_400_000);
}

export interface DemoEditDatesSummary {
  organisations: number;
  historyEntries: number;
}

export async function spreadDemoEditDates(tx: ServiceContext, sinceAuditId: number, now = new Date()): Promise<DemoEditDatesSummary> {
  const created = await tx.db
    .select({ id: organisations.id, key: organisations.key })
    .from(organisations)
    .where(
      inArray(
        organisations.id,
        tx.db
          .select({ id: auditEvents.entityId })
          .from(auditEvents)
          .where(and(gt(auditEvents.id, sinceAuditId), eq(auditEvents.entityType, 'organisation'), eq(auditEvents.action, 'create'))),
      ),
    );
  let historyEntries = 0;
  for (const org of created) {
    const day = demoEditDate(org.key ?? org.id, now);
    await tx.db.update(organisations).set({ createdAt: day, updatedAt: day }).where(eq(organisations.id, org.id));
    // The search index carries the profile's day too (matching reads it from the organisation).
    await tx.db.update(searchDocuments).set({ updatedAt: day }).where(eq(searchDocuments.organisationId, org.id));
    const moved = await tx.db
      .update(auditEvents)
      .set({ at: day })
      .where(and(gt(auditEvents.id, sinceAuditId), eq(auditEvents.entityType, 'organisation'), eq(auditEvents.entityId, org.id)))
      .returning({ id: auditEvents.id });
    historyEntries += moved.length;
  }
  for (const [entityType, day] of Object.entries(enteredOn)) {
    const moved = await tx.db
      .update(auditEvents)
      .set({ at: new Date(`${day}T12:00:00Z`) })
      .where(and(gt(auditEvents.id, sinceAuditId), eq(auditEvents.entityType, entityType)))
      .returning({ id: auditEvents.id, entityId: auditEvents.entityId });
    historyEntries += moved.length;
    // The demo accounts were opened then too (only those this seeding created).
    const table = enteredTables[entityType];
    if (table && moved.length) {
      // "Last changed on …" on the partnership page reads these columns, not the history.
      const at = new Date(`${day}T12:00:00Z`);
      await tx.db
        .update(table)
        .set({ createdAt: at, updatedAt: at })
        .where(inArray(table.id, [...new Set(moved.map((m) => m.entityId))]));
    }
    if (entityType === 'user' && moved.length) {
      await tx.db
        .update(users)
        .set({ createdAt: new Date(`${day}T12:00:00Z`), updatedAt: sql`greatest(${users.updatedAt}, ${new Date(`${day}T12:00:00Z`)})` })
        .where(
          inArray(
            users.id,
            moved.map((m) => m.entityId),
          ),
        );
    }
  }
  return { organisations: created.length, historyEntries };
}

/** The newest history entry before the seeding: what the seeding writes comes after it. */
export async function lastAuditId(tx: ServiceContext): Promise<number> {
  const [row] = await tx.db.select({ id: sql<string | number | null>`max(${auditEvents.id})` }).from(auditEvents);
  return Number(row?.id ?? 0);
}
