import { actorUserId } from '../../shared/actor.ts';
import { inTransaction, type ServiceContext } from '../../shared/context.ts';
import { AppError, forbidden, invalid, unauthenticated } from '../../shared/errors.ts';
import { recordDomainEvent } from '../domain-events/index.ts';
import { callByIdentifier, nextDeadlineAt, type StoredCall, withoutLegacyDemoNote } from '../calls/index.ts';
import { findPartnershipRow, partnershipCityIds, partnershipThemeKeys } from '../partnerships/index.ts';
import { projectDetail } from './project-detail.ts';
import { canStartProject } from './project-policy.ts';
import type { Project, StartProjectRequest } from './projects.schemas.ts';
import { projects, projectStageEvents } from './projects.table.ts';

/** The first lines of a call's summary: enough to say what it is about, short enough to rewrite. */
export function summaryFromCall(text: string, maxChars = 600): string {
  const lines = text
    .split(/\r?\n/)
    .map((l) => l.trim())
    .filter(Boolean);
  let out = '';
  for (const line of lines.slice(0, 4)) {
    const next = out ? `${out}\n${line}` : line;
    if (next.length > maxChars) return out || `${line.slice(0, maxChars - 1).trimEnd()}…`;
    out = next;
  }
  return out;
}

export const today = (now: Date) => now.toISOString().slice(0, 10);

/**
 * Starts a joint project of a partnership in one request; with a call it is pre-filled from it
 * (title, first lines of its summary, concepts, link and the next deadline). Coordinators of the
 * partnership's cities and admins.
 */
export async function startProject(ctx: ServiceContext, input: StartProjectRequest, now = new Date()): Promise<Project> {
  if (ctx.actor.kind === 'anonymous') throw unauthenticated();
  const partnership = await findPartnershipRow(ctx, input.partnership).catch((err: unknown) => {
    if (!(err instanceof AppError) || err.status !== 404) throw err;
    throw invalid([{ path: 'partnership', rule: 'not_found', message: `No partnership has the id or key "${input.partnership}".` }]);
  });
  const cityIds = await partnershipCityIds(ctx, partnership.id);
  if (!canStartProject(ctx.actor, cityIds)) throw forbidden('Only the coordinators of the partnership’s cities start joint projects for it.');

  let call: StoredCall | undefined;
  if (input.callIdentifier) {
    call = await callByIdentifier(ctx, input.callIdentifier);
    if (!call) throw invalid([{ path: 'callIdentifier', rule: 'not_found', message: `No imported call has the identifier "${input.callIdentifier}".` }]);
  }
  const themes = await partnershipThemeKeys(ctx, [partnership.id]);

  return inTransaction(ctx, async (tx) => {
    const userId = actorUserId(tx.actor);
    const [row] = await tx.db
      .insert(projects)
      .values({
        partnershipId: partnership.id,
        title: input.title ?? call!.title,
        acronym: input.acronym || null,
        summary: input.summary ?? (call ? summaryFromCall(call.source === 'demo' ? withoutLegacyDemoNote(call.summary) : call.summary) : ''),
        stage: 'idea',
        callId: call?.id ?? null,
        callDeadlineAt: call
          ? nextDeadlineAt(
              call.deadlineAts.map((d) => new Date(d)),
              now,
            )
          : null,
        concepts: call?.concepts ?? [],
        themes,
        stageChangedAt: now,
        createdBy: userId,
        updatedBy: userId,
      })
      .returning();
    await tx.db
      .insert(projectStageEvents)
      .values({ projectId: row.id, fromStage: null, toStage: 'idea', occurredOn: today(now), note: call ? call.identifier : null, actorId: userId });
    await recordDomainEvent(tx, { entityType: 'project', entityId: row.id, action: 'create', after: row });
    return projectDetail(tx, row.id, now);
  });
}
