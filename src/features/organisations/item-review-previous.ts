import type { ServiceContext } from '../../shared/context.ts';
import { newestSnapshotContaining } from '../audit/index.ts';
import type { ApprovedContent } from './item-review.schemas.ts';

type Direction = 'offer' | 'request';
const listOf = (direction: Direction) => (direction === 'offer' ? 'offers' : 'requests');

const strings = (v: unknown) => (Array.isArray(v) ? v.filter((x): x is string => typeof x === 'string') : []);
const stringOrNull = (v: unknown) => (typeof v === 'string' ? v : null);

/** The content of an item snapshot as the audit log kept it, if it was approved then. */
function approvedContent(snapshot: unknown): ApprovedContent | null {
  if (!snapshot || typeof snapshot !== 'object') return null;
  const s = snapshot as Record<string, unknown>;
  if (s.status !== 'approved' || typeof s.text !== 'string') return null;
  return {
    category: stringOrNull(s.category),
    lang: stringOrNull(s.lang),
    title: stringOrNull(s.title),
    text: s.text,
    themes: strings(s.themes),
    concepts: strings(s.concepts),
    validUntil: stringOrNull(s.validUntil),
  };
}

/** The item inside an audit snapshot: an organisation record (offers/requests) or the item itself. */
function itemIn(snapshot: unknown, item: { id: string; direction: Direction }): unknown {
  if (!snapshot || typeof snapshot !== 'object') return null;
  const s = snapshot as Record<string, unknown>;
  if (s.id === item.id) return s;
  const list = s[listOf(item.direction)];
  return Array.isArray(list) ? list.find((i) => (i as { id?: unknown })?.id === item.id) : null;
}

/**
 * Pure: the content last approved, from audit events newest first. Within one event the state
 * after it is newer than the state before it, so `after` is looked at first.
 */
export function lastApproved(events: { before: unknown; after: unknown }[], item: { id: string; direction: Direction }): ApprovedContent | null {
  for (const e of events) {
    for (const snapshot of [e.after, e.before]) {
      const found = approvedContent(itemIn(snapshot, item));
      if (found) return found;
    }
  }
  return null;
}

/**
 * What the public saw of an item before the change waiting for review, read from the audit
 * log (every write records the organisation or the item before and after): null for an item
 * that was never approved. Only events that contain the item approved are read.
 */
export async function approvedBefore(ctx: ServiceContext, item: { id: string; direction: Direction; organisationId: string }): Promise<ApprovedContent | null> {
  const event = await newestSnapshotContaining(ctx, [
    { entityType: 'organisation', entityId: item.organisationId, contains: { [listOf(item.direction)]: [{ id: item.id, status: 'approved' }] } },
    { entityType: 'organisation-item', entityId: item.id, contains: { status: 'approved' } },
  ]);
  return lastApproved(event ? [event] : [], item);
}
