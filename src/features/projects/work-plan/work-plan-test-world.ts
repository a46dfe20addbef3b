import crypto from 'node:crypto';
import { seedOrganisation } from '../../../testing/factories.ts';
import type { TestApp } from '../../../testing/test-app.ts';
import { createPartnershipWorld, partnershipBody } from '../../partnerships/test-world.ts';
import { projectPartners, projects, projectStageEvents, type ProjectStage } from '../projects.table.ts';

/**
 * The model case with a joint project: Dortmund – Cluj-Napoca, a consortium of one organisation
 * in each city, a Dortmund organisation outside it, and the users the work plan rules tell apart.
 * Projects are written straight into the tables, so these tests do not depend on the projects API.
 */
export async function createWorkPlanWorld(t: TestApp) {
  const w = await createPartnershipWorld(t);
  const db = t.database.db;
  const partnershipId = (await w.admin.post('/api/partnerships', partnershipBody(w))).body.id as string;
  const dortmundOrg = await seedOrganisation(db, { cityId: w.dortmund.id, name: 'Wirtschaftsförderung Dortmund' });
  const clujOrg = await seedOrganisation(db, { cityId: w.cluj.id, name: 'Cluj IT Cluster' });
  const outsideOrg = await seedOrganisation(db, { cityId: w.dortmund.id, name: 'Dortmund Outsider GmbH' });
  const world = {
    ...w,
    partnershipId,
    dortmundOrg,
    clujOrg,
    outsideOrg,
    consortiumEditor: await t.signedIn({ role: 'org-editor', cityId: w.cluj.id, organisationId: clujOrg.id, displayName: 'Ioana Editor' }),
    outsideEditor: await t.signedIn({ role: 'org-editor', cityId: w.dortmund.id, organisationId: outsideOrg.id, displayName: 'Otto Outside' }),
  };
  return world;
}

export type WorkPlanWorld = Awaited<ReturnType<typeof createWorkPlanWorld>>;

/** A project of the world's partnership with both consortium organisations and its stage history. */
export async function seedProject(
  t: TestApp,
  w: WorkPlanWorld,
  input: { title?: string; stage?: ProjectStage; history?: { to: ProjectStage; on: string }[]; callDeadlineAt?: Date } = {},
) {
  const db = t.database.db;
  const [project] = await db
    .insert(projects)
    .values({
      partnershipId: w.partnershipId,
      title: input.title ?? `Smart Districts ${crypto.randomBytes(3).toString('hex')}`,
      stage: input.stage ?? 'drafting',
      callDeadlineAt: input.callDeadlineAt ?? null,
    })
    .returning();
  await db.insert(projectPartners).values([
    { projectId: project.id, organisationId: w.dortmundOrg.id, role: 'coordinator' },
    { projectId: project.id, organisationId: w.clujOrg.id, role: 'partner' },
  ]);
  let from: ProjectStage | null = null;
  for (const step of input.history ?? [{ to: 'idea' as const, on: '2026-01-05' }]) {
    await db.insert(projectStageEvents).values({ projectId: project.id, fromStage: from, toStage: step.to, occurredOn: step.on });
    from = step.to;
  }
  return project;
}
