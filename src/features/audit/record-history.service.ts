import { inArray } from 'drizzle-orm';
import type { ServiceContext } from '../../shared/context.ts';
import { forbidden, notFound, unauthenticated } from '../../shared/errors.ts';
import { users } from '../users/users.table.ts';
import type { HistoryEntry } from './audit.schemas.ts';
import { listAuditEvents } from './audit.service.ts';
import { diffSnapshots } from './diff-snapshots.ts';
import { historyPolicyFor } from './history-policy.ts';

// Bookkeeping fields change on every edit and say nothing to a reader.
const NOT_SHOWN_AS_CHANGES = ['id', 'version'];

/**
 * The history of one record, newest first, for those who may edit it. Editors are named by
 * display name; e-mail addresses stay out of the history.
 */
export async function readRecordHistory(ctx: ServiceContext, entityType: string, id: string): Promise<HistoryEntry[]> {
  if (ctx.actor.kind === 'anonymous') throw unauthenticated();
  const mayRead = historyPolicyFor(entityType);
  if (!mayRead) throw notFound(`History of "${entityType}"`);
  if (!(await mayRead(ctx, id))) throw forbidden('Only those who may edit this record can see its history.');
  const events = await listAuditEvents(ctx, entityType, id);
  const actorIds = [...new Set(events.map((e) => e.actorUserId).filter((x): x is string => !!x))];
  const names = new Map(
    actorIds.length
      ? (await ctx.db.select({ id: users.id, displayName: users.displayName }).from(users).where(inArray(users.id, actorIds))).map((u) => [u.id, u.displayName])
      : [],
  );
  return events.map((e) => ({
    at: e.at.toISOString(),
    actor: {
      id: e.actorUserId,
      label: (e.actorUserId && names.get(e.actorUserId)) || e.actorLabel.replace(/\s*<[^>]*>$/, ''),
    },
    action: e.action,
    before: e.before,
    after: e.after,
    changes: diffSnapshots(e.before, e.after, { ignore: NOT_SHOWN_AS_CHANGES }),
  }));
}
