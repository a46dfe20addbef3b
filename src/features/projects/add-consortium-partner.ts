import { and, eq } from 'drizzle-orm';
import { isUniqueViolation } from '../../db/unique-violation.ts';
import { actorUserId } from '../../shared/actor.ts';
import { inTransaction, type ServiceContext } from '../../shared/context.ts';
import { recordDomainEvent } from '../domain-events/index.ts';
import { alreadyInConsortium, consortiumOrganisation, secondCoordinator } from './consortium-organisation.ts';
import { lockProject, requireManagedProject } from './project-access.ts';
import { projectDetail } from './project-detail.ts';
import type { AddConsortiumPartnerRequest, Project } from './projects.schemas.ts';
import { projectPartners } from './projects.table.ts';

/** Adds an organisation of one of the partnership's cities to the consortium. Coordinators of those cities, admins. */
export async function addConsortiumPartner(ctx: ServiceContext, projectId: string, input: AddConsortiumPartnerRequest, now = new Date()): Promise<Project> {
  const facts = await requireManagedProject(ctx, projectId);
  const org = await consortiumOrganisation(ctx, input.organisation, facts.partnershipCityIds);
  try {
    return await inTransaction(ctx, async (tx) => {
      await lockProject(tx, projectId);
      const existing = await tx.db
        .select({ id: projectPartners.id, role: projectPartners.role })
        .from(projectPartners)
        .where(eq(projectPartners.projectId, projectId));
      if (existing.some((p) => p.role === 'coordinator') && input.role === 'coordinator') throw secondCoordinator();
      const [dupe] = await tx.db
        .select({ id: projectPartners.id })
        .from(projectPartners)
        .where(and(eq(projectPartners.projectId, projectId), eq(projectPartners.organisationId, org.id)));
      if (dupe) throw alreadyInConsortium();
      const userId = actorUserId(tx.actor);
      const [row] = await tx.db
        .insert(projectPartners)
        .values({
          projectId,
          organisationId: org.id,
          role: input.role,
          budget: input.budget.toFixed(2),
          ownContribution: input.ownContribution.toFixed(2),
          note: input.note || null,
          updatedBy: userId,
        })
        .returning();
      await recordDomainEvent(tx, { entityType: 'project-partner', entityId: row.id, action: 'create', after: row });
      return projectDetail(tx, projectId, now);
    });
  } catch (err) {
    // A race the lock did not see (e.g. a concurrent insert on another engine connection).
    if (isUniqueViolation(err, 'project_partners_one_coordinator_idx')) throw secondCoordinator();
    if (isUniqueViolation(err)) throw alreadyInConsortium();
    throw err;
  }
}
