import type { ServiceContext } from '../../shared/context.ts';
import { backdateHistorySince, entityIdsRecordedSince, latestAuditEventId } from '../audit/index.ts';
import { backdateCities } from '../cities/index.ts';
import { backdateOrganisationEdits, organisationNames } from '../organisations/index.ts';
import { backdateAgreements, backdatePartnerships, backdateTimelineEvents } from '../partnerships/index.ts';
import { backdatePeople } from '../people/index.ts';
import { backdateOrganisationSearchDocuments } from '../search/index.ts';
import { backdateAccounts } from '../users/index.ts';

/**
 * Demo only: the days the demo's records were written, instead of the day the demo was loaded.
 * Without this every profile looks edited today, and matching's recency reason ("Profile updated
 * recently") says so for every suggestion. Offers and requests carry no day of their own: they
 * share their organisation's. The organisations' days are spread between the Letter
 * of Intent (July 2020) and yesterday by a hash of their key: the same spread at every seeding,
 * never in the future. No use case writes a past day, so each feature offers a demo-only function
 * that dates its own columns (backdate…), and the audit feature the history entries; this calls
 * them, and only for what this seeding wrote (history entries after `sinceAuditId`).
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

// The records above that carry their own created and updated days (editableColumns): each
// feature dates its own.
const backdateEntered: Record<string, (ctx: ServiceContext, ids: string[], at: Date) => Promise<void>> = {
  city: backdateCities,
  partnership: backdatePartnerships,
  agreement: backdateAgreements,
  'timeline-event': backdateTimelineEvents,
  person: backdatePeople,
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
  const createdIds = await entityIdsRecordedSince(tx, sinceAuditId, 'organisation', 'create');
  const created = createdIds.length ? await organisationNames(tx, 'id', createdIds) : [];
  let historyEntries = 0;
  for (const org of created) {
    const day = demoEditDate(org.key ?? org.id, now);
    await backdateOrganisationEdits(tx, org.id, day);
    // The search index carries the profile's day too (matching reads it from the organisation).
    await backdateOrganisationSearchDocuments(tx, org.id, day);
    const moved = await backdateHistorySince(tx, sinceAuditId, { entityType: 'organisation', entityId: org.id }, day);
    historyEntries += moved.length;
  }
  for (const [entityType, day] of Object.entries(enteredOn)) {
    const at = new Date(`${day}T12:00:00Z`);
    const moved = await backdateHistorySince(tx, sinceAuditId, { entityType }, at);
    historyEntries += moved.length;
    const entityIds = [...new Set(moved.map((m) => m.entityId))];
    // "Last changed on …" on the partnership page reads these columns, not the history.
    const backdate = backdateEntered[entityType];
    if (backdate && moved.length) await backdate(tx, entityIds, at);
    // The demo accounts were opened then too (only those this seeding created).
    if (entityType === 'user' && moved.length) await backdateAccounts(tx, entityIds, at);
  }
  return { organisations: created.length, historyEntries };
}

/** The newest history entry before the seeding: what the seeding writes comes after it. */
export async function lastAuditId(tx: ServiceContext): Promise<number> {
  return latestAuditEventId(tx);
}
