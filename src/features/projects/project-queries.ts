import { inArray } from 'drizzle-orm';
import type { ServiceContext } from '../../shared/context.ts';
import { projects } from './projects.table.ts';

/** Id and title of the projects with these ids. */
export async function projectTitles(ctx: ServiceContext, ids: string[]): Promise<{ id: string; title: string }[]> {
  return ctx.db.select({ id: projects.id, title: projects.title }).from(projects).where(inArray(projects.id, ids));
}
