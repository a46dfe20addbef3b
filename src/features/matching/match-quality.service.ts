import { sql } from 'drizzle-orm';
import type { ServiceContext } from '../../shared/context.ts';
import { forbidden } from '../../shared/errors.ts';
import type { QualityReport } from './matching.schemas.ts';
import { qualityScope } from './matching-policy.ts';
import type { FeedbackReason } from './matching.schemas.ts';
import { introductionPairsSubquery } from '../introductions/index.ts';
import { organisationSummariesSubquery } from '../organisations/index.ts';

type Rows<T> = { rows: T[] };

/**
 * The quality report of the suggestions: how many were rated useful or not and why, and how many
 * rated pairs went on to an introduction (asked for after the feedback, in either direction).
 * Admins see every city (or one, with `city`); coordinators their own city's organisations.
 */
export async function qualityReport(ctx: ServiceContext, query: { city?: string }): Promise<QualityReport> {
  const scope = qualityScope(ctx.actor);
  if (scope.cityId && query.city && query.city !== scope.cityId) throw forbidden('Coordinators see the report of their own city.');
  const cityId = scope.cityId ?? query.city ?? null;
  const inScope = cityId ? sql`o.city_id = ${cityId}` : sql`true`;
  // The organisations and introductions through their owners' subqueries (flattened by PostgreSQL).
  const organisationO = organisationSummariesSubquery('o');

  // A report read on the pool, never inside a transaction: the four queries may run at once.
  const [totals, reasons, conversion, recent] = await Promise.all([
    ctx.db.execute(sql`
      SELECT count(*)::int AS feedback, count(*) FILTER (WHERE f.useful)::int AS useful, count(*) FILTER (WHERE NOT f.useful)::int AS not_useful
      FROM match_feedback f JOIN ${organisationO} ON o.id = f.organisation_id WHERE ${inScope}`),
    ctx.db.execute(sql`
      SELECT f.reason, count(*) FILTER (WHERE f.useful)::int AS useful, count(*) FILTER (WHERE NOT f.useful)::int AS not_useful
      FROM match_feedback f JOIN ${organisationO} ON o.id = f.organisation_id
      WHERE ${inScope} AND f.reason IS NOT NULL GROUP BY f.reason ORDER BY count(*) DESC, f.reason`),
    ctx.db.execute(sql`
      SELECT count(DISTINCT (f.organisation_id, f.suggested_organisation_id)) FILTER (WHERE f.useful)::int AS useful_pairs,
             count(DISTINCT (f.organisation_id, f.suggested_organisation_id)) FILTER (WHERE f.useful AND i.id IS NOT NULL)::int AS useful_intro,
             count(DISTINCT (f.organisation_id, f.suggested_organisation_id)) FILTER (WHERE NOT f.useful AND i.id IS NOT NULL)::int AS not_useful_intro
      FROM match_feedback f
      JOIN ${organisationO} ON o.id = f.organisation_id
      LEFT JOIN ${introductionPairsSubquery('i')} ON i.created_at >= f.created_at AND (
        (i.from_organisation_id = f.organisation_id AND i.to_organisation_id = f.suggested_organisation_id) OR
        (i.to_organisation_id = f.organisation_id AND i.from_organisation_id = f.suggested_organisation_id))
      WHERE ${inScope}`),
    ctx.db.execute(sql`
      SELECT o.key AS org_key, o.name AS org_name, s.key AS sug_key, s.name AS sug_name, f.useful, f.reason, f.comment, f.score, f.updated_at
      FROM match_feedback f JOIN ${organisationO} ON o.id = f.organisation_id JOIN ${organisationSummariesSubquery('s')} ON s.id = f.suggested_organisation_id
      WHERE ${inScope} ORDER BY f.updated_at DESC LIMIT 50`),
  ]);
  const t = (totals as unknown as Rows<{ feedback: number; useful: number; not_useful: number }>).rows[0];
  const c = (conversion as unknown as Rows<{ useful_pairs: number; useful_intro: number; not_useful_intro: number }>).rows[0];
  return {
    totals: { feedback: Number(t.feedback), useful: Number(t.useful), notUseful: Number(t.not_useful) },
    reasons: (reasons as unknown as Rows<{ reason: FeedbackReason; useful: number; not_useful: number }>).rows.map((r) => ({
      reason: r.reason,
      useful: Number(r.useful),
      notUseful: Number(r.not_useful),
    })),
    conversion: { usefulPairs: Number(c.useful_pairs), usefulWithIntroduction: Number(c.useful_intro), notUsefulWithIntroduction: Number(c.not_useful_intro) },
    recent: (
      recent as unknown as Rows<{
        org_key: string;
        org_name: string;
        sug_key: string;
        sug_name: string;
        useful: boolean;
        reason: FeedbackReason | null;
        comment: string | null;
        score: number | null;
        updated_at: Date | string;
      }>
    ).rows.map((r) => ({
      organisation: { key: r.org_key, name: r.org_name },
      suggested: { key: r.sug_key, name: r.sug_name },
      useful: r.useful,
      reason: r.reason,
      comment: r.comment,
      score: r.score === null ? null : Number(r.score),
      at: new Date(r.updated_at).toISOString(),
    })),
  };
}
