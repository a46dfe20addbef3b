import { eq, inArray } from 'drizzle-orm';
import type { ServiceContext } from '../../shared/context.ts';
import { notFound } from '../../shared/errors.ts';
import { projects } from './projects.table.ts';

/** Id and title of the projects with these ids. */
export async function projectTitles(ctx: ServiceContext, ids: string[]): Promise<{ id: string; title: string }[]> {
  return ctx.db.select({ id: projects.id, title: projects.title }).from(projects).where(inArray(projects.id, ids));
}

/**
 * What a project is about: its title, summary, concepts and themes (the call radar's project
 * profile). The caller checked read access; a missing project is a 404.
 */
export async function projectTopic(ctx: ServiceContext, projectId: string): Promise<{ title: string; summary: string; concepts: string[]; themes: string[] }> {
  const [project] = await ctx.db
    .select({ title: projects.title, summary: projects.summary, concepts: projects.concepts, themes: projects.themes })
    .from(projects)
    .where(eq(projects.id, projectId));
  if (!project) throw notFound('The project');
  return project;
}
