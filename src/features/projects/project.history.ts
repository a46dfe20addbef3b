import { isAdmin } from '../../shared/actor.ts';
import type { ServiceContext } from '../../shared/context.ts';
import { AppError } from '../../shared/errors.ts';
import type { HistoryContribution, HistorySubject } from '../audit/index.ts';
import { loadProjectFacts } from './project-facts.ts';
import { canEditWorkPlan, canManageProject } from './project-policy.ts';
import { projectTitles } from './project-queries.ts';
import { workPackageTitles } from './work-plan/work-package-queries.ts';

/** A deleted project's history is left to administrators: its consortium is gone with it. */
async function mayOnProject(ctx: ServiceContext, projectId: string | null, rule: typeof canManageProject): Promise<boolean> {
  if (isAdmin(ctx.actor)) return true;
  if (!projectId) return false;
  try {
    return rule(ctx.actor, await loadProjectFacts(ctx, projectId));
  } catch (err) {
    if (err instanceof AppError && err.status === 404) return false;
    throw err;
  }
}

// Every project record's snapshot names its project, deleted or not.
const partOfProject = (entityType: string, rule: typeof canManageProject): HistorySubject => ({
  entityType,
  async mayRead(ctx, id, past) {
    const projectId = (await past.lastSnapshot(entityType, id))?.projectId;
    return mayOnProject(ctx, typeof projectId === 'string' ? projectId : null, rule);
  },
});

/** A project's history is for those who manage it; its work plan's for those who may edit the plan. */
const projectHistory: HistoryContribution = {
  subjects: [
    { entityType: 'project', mayRead: (ctx, id) => mayOnProject(ctx, id, canManageProject) },
    partOfProject('project-partner', canManageProject),
    ...['project-work-package', 'project-milestone', 'project-indicator', 'project-document'].map((type) => partOfProject(type, canEditWorkPlan)),
  ],
  names: [
    { type: 'project', public: false, names: async (ctx, _by, ids) => (await projectTitles(ctx, ids)).map((r) => ({ id: r.id, key: null, name: r.title })) },
    {
      type: 'project-work-package',
      public: false,
      names: async (ctx, _by, ids) => (await workPackageTitles(ctx, ids)).map((r) => ({ id: r.id, key: null, name: r.title })),
    },
  ],
};

export default projectHistory;
