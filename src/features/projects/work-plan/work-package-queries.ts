import { inArray } from 'drizzle-orm';
import type { ServiceContext } from '../../../shared/context.ts';
import { projectWorkPackages } from './work-plan.table.ts';

/** Id and title of the work packages with these ids. */
export async function workPackageTitles(ctx: ServiceContext, ids: string[]): Promise<{ id: string; title: string }[]> {
  return ctx.db.select({ id: projectWorkPackages.id, title: projectWorkPackages.title }).from(projectWorkPackages).where(inArray(projectWorkPackages.id, ids));
}
