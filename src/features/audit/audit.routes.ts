import { inArray } from 'drizzle-orm';
import { z } from 'zod';
import type { ApiApp } from '../../http/api-app.ts';
import { requireUser } from '../../http/auth-hooks.ts';
import { errorResponses } from '../../http/error-body.ts';
import type { ServiceContext } from '../../shared/context.ts';
import { forbidden, notFound } from '../../shared/errors.ts';
import { users } from '../users/users.table.ts';
import { listAuditEvents } from './audit.service.ts';
import { diffSnapshots } from './diff-snapshots.ts';
import { historyPolicyFor } from './history-policy.ts';

const historyParams = z.object({
  entityType: z.string().min(1).max(50).describe('city, partnership, timeline-event, agreement, agreement-document, organisation or person'),
  id: z.string().uuid(),
});

const historyEntrySchema = z
  .object({
    at: z.string(),
    actor: z.object({ id: z.string().uuid().nullable(), label: z.string() }),
    action: z.string(),
    before: z.unknown(),
    after: z.unknown(),
    changes: z.array(z.object({ field: z.string(), before: z.unknown(), after: z.unknown() })),
  })
  .meta({ id: 'HistoryEntry' });
const historyResponse = z.array(historyEntrySchema).meta({ id: 'History' });

// Bookkeeping fields change on every edit and say nothing to a reader.
const NOT_SHOWN_AS_CHANGES = ['id', 'version'];

/** Newest first. Editors are named by display name; e-mail addresses stay out of the history. */
async function readHistory(ctx: ServiceContext, entityType: string, id: string) {
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

export default async function auditRoutes(app: ApiApp) {
  // Signed-in users who may edit the record (see history-policy.ts); unknown types are 404.
  app.get(
    '/api/history/:entityType/:id',
    { schema: { tags: ['history'], summary: 'Who changed a record, when, and what', params: historyParams, response: { 200: historyResponse, ...errorResponses } } },
    async (request) => {
      requireUser(request);
      const { entityType, id } = request.params;
      const mayRead = historyPolicyFor(entityType);
      if (!mayRead) throw notFound(`History of "${entityType}"`);
      if (!(await mayRead(request.ctx, id))) throw forbidden('Only those who may edit this record can see its history.');
      return readHistory(request.ctx, entityType, id);
    },
  );
}
