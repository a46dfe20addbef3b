import { sql } from 'drizzle-orm';
import type { ServiceContext } from '../../shared/context.ts';
import { storedCallsSubquery } from '../calls/index.ts';
import { partnershipNamesSubquery } from '../partnerships/index.ts';

export const DEMO_FOLLOWED_CALL = 'HORIZON-MISS-2027-CIT-02-03';
export const DEMO_PARTNERSHIP = 'dortmund-cluj-napoca';

/**
 * The demo's followed call: the demo administrator follows the cities-mission topic for the
 * Dortmund – Cluj-Napoca partnership, so reminders and the partnership's calendar feed have
 * something to show. Runs after the admin exists (first run); does nothing when the call or the
 * partnership is missing (the demo calls were not loaded), and nothing twice.
 */
export async function followDemoCall(ctx: ServiceContext, adminUserId: string): Promise<boolean> {
  const result = (await ctx.db.execute(sql`
    INSERT INTO call_follows (call_id, user_id, partnership_id)
    SELECT c.id, ${adminUserId}::uuid, p.id
      FROM ${storedCallsSubquery('c')}, ${partnershipNamesSubquery('p')}
     WHERE c.identifier = ${DEMO_FOLLOWED_CALL} AND p.key = ${DEMO_PARTNERSHIP}
    ON CONFLICT DO NOTHING
    RETURNING call_id`)) as unknown as { rows: unknown[] };
  return result.rows.length > 0;
}
