import type { ServiceContext } from '../../shared/context.ts';
import { forbidden, notFound, unauthenticated } from '../../shared/errors.ts';
import { storedAuthorSource } from './audit-author.ts';
import type { HistoryEntry } from './audit.schemas.ts';
import { listAuditEvents } from './audit.service.ts';
import { historyRegistry } from './history-contributions.ts';
import { collectingLookup, resolvingLookup } from './history-references.ts';
import { pastRecords } from './past-records.ts';
import { readableChanges } from './readable-changes.ts';

/**
 * The history of one record, newest first, for those who may edit it. Each change is told in
 * values the web app can put in words (readable-changes.ts); records it mentions are named only
 * when the reader may see them. Editors are named by display name; e-mail addresses stay out.
 */
export async function readRecordHistory(ctx: ServiceContext, entityType: string, id: string): Promise<HistoryEntry[]> {
  if (ctx.actor.kind === 'anonymous') throw unauthenticated();
  const registry = await historyRegistry();
  const subject = registry.subject(entityType);
  if (!subject) throw notFound(`History of "${entityType}"`);
  if (!(await subject.mayRead(ctx, id, pastRecords(ctx)))) throw forbidden('Only those who may edit this record can see its history.');
  const events = await listAuditEvents(ctx, entityType, id);
  const actorIds = [...new Set(events.map((e) => e.actorUserId).filter((x): x is string => !!x))];
  const names = new Map((await registry.authorNames(ctx, actorIds)).map((u) => [u.id, u.displayName]));
  // First pass notes the records and codes mentioned, so they are looked up in a few queries.
  const collecting = collectingLookup();
  for (const e of events) readableChanges(entityType, e.before, e.after, collecting);
  const lookup = await resolvingLookup(ctx, collecting.wanted);
  return events.map((e) => {
    const { source, detail } = storedAuthorSource(e);
    return {
      at: e.at.toISOString(),
      actor: {
        id: e.actorUserId,
        label: (e.actorUserId && names.get(e.actorUserId)) || e.actorLabel.replace(/\s*<[^>]*>$/, ''),
        source,
        detail,
      },
      action: e.action,
      before: e.before,
      after: e.after,
      changes: readableChanges(entityType, e.before, e.after, lookup),
    };
  });
}
