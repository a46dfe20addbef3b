import { and, eq } from 'drizzle-orm';
import { inTransaction, type ServiceContext } from '../../shared/context.ts';
import { AppError, notFound } from '../../shared/errors.ts';
import { recordDomainEvent } from '../domain-events/index.ts';
import { lockProject, requireManagedProject } from './project-access.ts';
import { projectDetail } from './project-detail.ts';
import type { Project } from './projects.schemas.ts';
import { projectPartners, projects } from './projects.table.ts';
import { oneAfterAnother } from '../../db/one-after-another.ts';

/** Stages in which the consortium is on record with the funder: removing a member would rewrite history. */
const frozenStages = new Set(['submitted', 'funded', 'running', 'completed']);

/**
 * Removes an organisation from the consortium, while the proposal is still being prepared.
 * Coordinators of the partnership's cities, admins. `version` is the partner row's version.
 */
export async function removeConsortiumPartner(
  ctx: ServiceContext,
  projectId: string,
  partnerId: string,
  version: number | undefined,
  now = new Date(),
): Promise<Project> {
  await requireManagedProject(ctx, projectId);
  return inTransaction(ctx, async (tx) => {
    await lockProject(tx, projectId);
    const [[before], [project]] = await oneAfterAnother(
      () =>
        tx.db
          .select()
          .from(projectPartners)
          .where(and(eq(projectPartners.id, partnerId), eq(projectPartners.projectId, projectId))),
      () => tx.db.select({ stage: projects.stage }).from(projects).where(eq(projects.id, projectId)),
    );
    if (!before) throw notFound('The consortium partner');
    if (frozenStages.has(project.stage)) {
      throw new AppError('consortium_frozen', 409, 'The proposal has been submitted: its consortium is on record and cannot lose members.', [
        { path: 'stage', rule: 'consortium_frozen', message: 'Members cannot be removed once the proposal is submitted.' },
      ]);
    }
    if (version !== undefined && version !== before.version) {
      throw new AppError(
        'version_conflict',
        409,
        'The consortium partner was changed by someone else in the meantime. Reload it and apply your change again.',
        [],
        { currentVersion: before.version },
      );
    }
    await tx.db.delete(projectPartners).where(eq(projectPartners.id, partnerId));
    await recordDomainEvent(tx, { entityType: 'project-partner', entityId: partnerId, action: 'delete', before });
    return projectDetail(tx, projectId, now);
  });
}
