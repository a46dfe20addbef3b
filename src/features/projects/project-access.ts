import { sql } from 'drizzle-orm';
import type { ServiceContext } from '../../shared/context.ts';
import { forbidden, notFound, unauthenticated } from '../../shared/errors.ts';
import { loadProjectFacts, type LoadedProjectFacts } from './project-facts.ts';
import { canManageProject, canReadProject } from './project-policy.ts';

/**
 * The project's facts if the caller may read it. A project the caller may not read is a 404:
 * budgets and drafts of other partnerships are not even confirmed to exist.
 */
export async function requireReadableProject(ctx: ServiceContext, projectId: string): Promise<LoadedProjectFacts> {
  if (ctx.actor.kind === 'anonymous') throw unauthenticated();
  const facts = await loadProjectFacts(ctx, projectId);
  if (!canReadProject(ctx.actor, facts)) throw notFound('The project');
  return facts;
}

/** 401 anonymous, 404 when the caller may not even read it, 403 when they read but do not run it. */
export async function requireManagedProject(ctx: ServiceContext, projectId: string): Promise<LoadedProjectFacts> {
  const facts = await requireReadableProject(ctx, projectId);
  if (!canManageProject(ctx.actor, facts)) throw forbidden('Only the coordinators of the partnership’s cities run a joint project.');
  return facts;
}

/**
 * Serialises writes that touch the stage or the consortium of one project (inside the caller's
 * transaction): a partner removed while the stage moves to "submitted" cannot slip past the rule.
 */
export async function lockProject(ctx: ServiceContext, projectId: string): Promise<void> {
  await ctx.db.execute(sql`SELECT id FROM projects WHERE id = ${projectId} FOR UPDATE`);
}
