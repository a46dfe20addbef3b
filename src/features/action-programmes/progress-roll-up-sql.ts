import { sql } from 'drizzle-orm';
import type { ServiceContext } from '../../shared/context.ts';
import type { ProgrammeProgress } from './action-programmes.schemas.ts';
import { programmeFields, programmeGoals, programmeMeasures } from './action-programmes.table.ts';

/**
 * The roll-up of progress-roll-up.ts in one statement for many programmes (the list of a
 * partnership's programmes shows each one's figures without loading their trees). Same rules:
 * done counts 100, dropped measures leave a goal's mean, parts with nothing to count leave their
 * parent's mean (`avg` skips NULLs), late is overdue or not started on `today` (a parameter, never
 * the database clock). progress-roll-up-sql.db.test.ts keeps the two in step on random trees.
 */
export async function programmeRollUps(ctx: ServiceContext, programmeIds: readonly string[], today: string): Promise<Map<string, ProgrammeProgress>> {
  const result = new Map<string, ProgrammeProgress>();
  for (const id of programmeIds) result.set(id, emptyProgress());
  if (!programmeIds.length) return result;
  const f = programmeFields;
  const g = programmeGoals;
  const m = programmeMeasures;
  const ids = sql.join(
    [...new Set(programmeIds)].map((id) => sql`${id}::uuid`),
    sql`, `,
  );
  const rows = (await ctx.db.execute(sql`
    WITH measures AS (
      SELECT ${f.programmeId} AS programme_id, ${g.fieldId} AS field_id, ${m.goalId} AS goal_id, ${m.status} AS status,
             (CASE WHEN ${m.status} = 'done' THEN 100 ELSE ${m.progress} END)::float8 AS progress,
             (CASE WHEN ${m.status} NOT IN ('done', 'dropped') AND ${m.endsOn} < ${today}::date THEN 1
                   WHEN ${m.status} = 'planned' AND ${m.startsOn} < ${today}::date THEN 1
                   ELSE 0 END) AS late
      FROM ${m} JOIN ${g} ON ${g.id} = ${m.goalId} JOIN ${f} ON ${f.id} = ${g.fieldId}
      WHERE ${f.programmeId} IN (${ids})
    ),
    goals AS (
      SELECT programme_id, field_id, avg(progress) FILTER (WHERE status <> 'dropped') AS progress FROM measures GROUP BY programme_id, field_id, goal_id
    ),
    fields AS (SELECT programme_id, avg(progress) AS progress FROM goals GROUP BY programme_id, field_id),
    programmes AS (SELECT programme_id, avg(progress) AS progress FROM fields GROUP BY programme_id),
    counts AS (
      SELECT programme_id, count(*)::int AS measures,
             count(*) FILTER (WHERE status = 'planned')::int AS planned,
             count(*) FILTER (WHERE status = 'running')::int AS running,
             count(*) FILTER (WHERE status = 'done')::int AS done,
             count(*) FILTER (WHERE status = 'dropped')::int AS dropped,
             sum(late)::int AS late
      FROM measures GROUP BY programme_id
    )
    SELECT c.programme_id AS "programmeId", coalesce(p.progress, 0)::float8 AS progress, c.measures, c.planned, c.running, c.done, c.dropped, c.late
    FROM counts c LEFT JOIN programmes p ON p.programme_id = c.programme_id
  `)) as unknown as { rows: RollUpRow[] };
  for (const r of rows.rows) {
    result.set(r.programmeId, {
      progress: Number(r.progress),
      measures: Number(r.measures),
      byStatus: { planned: Number(r.planned), running: Number(r.running), done: Number(r.done), dropped: Number(r.dropped) },
      late: Number(r.late),
    });
  }
  return result;
}

interface RollUpRow {
  programmeId: string;
  progress: number | string;
  measures: number;
  planned: number;
  running: number;
  done: number;
  dropped: number;
  late: number;
}

const emptyProgress = (): ProgrammeProgress => ({ progress: 0, measures: 0, byStatus: { planned: 0, running: 0, done: 0, dropped: 0 }, late: 0 });
