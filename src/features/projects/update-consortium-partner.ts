import { and, eq, ne } from 'drizzle-orm';
import { isUniqueViolation } from '../../db/unique-violation.ts';
import { updateVersioned } from '../../db/versioned-update.ts';
import { inTransaction, type ServiceContext } from '../../shared/context.ts';
import { notFound } from '../../shared/errors.ts';
import { recordDomainEvent } from '../domain-events/index.ts';
import { secondCoordinator } from './consortium-organisation.ts';
import { lockProject, requireManagedProject } from './project-access.ts';
import { projectDetail } from './project-detail.ts';
import type { Project, UpdateConsortiumPartnerRequest } from './projects.schemas.ts';
import { projectPartners } from './projects.table.ts';

/** Changes a consortium member's role, budget, own contribution or note (versioned). Coordinators of the partnership's cities, admins. */
export async function updateConsortiumPartner(
  ctx: ServiceContext,
  projectId: string,
  partnerId: string,
  input: UpdateConsortiumPartnerRequest,
  now = new Date(),
): Promise<Project> {
  await requireManagedProject(ctx, projectId);
  try {
    return await inTransaction(ctx, async (tx) => {
      await lockProject(tx, projectId);
      const [before] = await tx.db
        .select()
        .from(projectPartners)
        .where(and(eq(projectPartners.id, partnerId), eq(projectPartners.projectId, projectId)));
      if (!before) throw notFound('The consortium partner');
      if (input.role === 'coordinator') {
        const [other] = await tx.db
          .select({ id: projectPartners.id })
          .from(projectPartners)
          .where(and(eq(projectPartners.projectId, projectId), eq(projectPartners.role, 'coordinator'), ne(projectPartners.id, partnerId)));
        if (other) throw secondCoordinator();
      }
      const values: Partial<typeof projectPartners.$inferInsert> = {};
      if (input.role !== undefined) values.role = input.role;
      if (input.budget !== undefined) values.budget = input.budget.toFixed(2);
      if (input.ownContribution !== undefined) values.ownContribution = input.ownContribution.toFixed(2);
      if (input.note !== undefined) values.note = input.note || null;
      const after = await updateVersioned(tx, projectPartners, 'The consortium partner', partnerId, input.version, values);
      await recordDomainEvent(tx, { entityType: 'project-partner', entityId: partnerId, action: 'update', before, after });
      return projectDetail(tx, projectId, now);
    });
  } catch (err) {
    if (isUniqueViolation(err, 'project_partners_one_coordinator_idx')) throw secondCoordinator();
    throw err;
  }
}
