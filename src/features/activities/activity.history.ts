import { inArray } from 'drizzle-orm';
import { isAdmin } from '../../shared/actor.ts';
import type { LocalisedText } from '../../shared/locales.ts';
import { isUuid } from '../../shared/uuid.ts';
import { activities } from './activities.table.ts';
import type { ServiceContext } from '../../shared/context.ts';
import { AppError } from '../../shared/errors.ts';
import type { HistoryContribution } from '../audit/index.ts';
import { loadActivityFacts } from './activity-facts.ts';
import { canOrganiseActivity } from './activity-policy.ts';

/** An activity's history is for its organisers; a deleted one's for administrators. */
async function mayReadActivityHistory(ctx: ServiceContext, id: string): Promise<boolean> {
  if (isAdmin(ctx.actor)) return true;
  try {
    return canOrganiseActivity(ctx.actor, await loadActivityFacts(ctx, id));
  } catch (err) {
    if (err instanceof AppError && err.status === 404) return false;
    throw err;
  }
}

/** An activity's title in its original language (the first text when that is not known). */
function titleOf(title: LocalisedText[], originalLang: string | null): string | null {
  return (title.find((t) => t.lang === originalLang) ?? title[0])?.text ?? null;
}

/** Activities are named, by id or key, to those who may read their history (public: false). */
const activityHistory: HistoryContribution = {
  subjects: [{ entityType: 'activity', mayRead: (ctx, id) => mayReadActivityHistory(ctx, id) }],
  names: [
    {
      type: 'activity',
      public: false,
      async names(ctx, by, values) {
        const ids = by === 'id' ? values.filter(isUuid) : values;
        if (!ids.length) return [];
        const rows = await ctx.db
          .select({ id: activities.id, key: activities.key, title: activities.title, originalLang: activities.originalLang })
          .from(activities)
          .where(inArray(by === 'id' ? activities.id : activities.key, ids));
        return rows.map((r) => ({ id: r.id, key: r.key, name: titleOf(r.title, r.originalLang) }));
      },
    },
  ],
};

export default activityHistory;
