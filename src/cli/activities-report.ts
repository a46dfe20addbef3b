import type { ParticipationReport } from '../features/activities/activities.schemas.ts';
import { participationReport } from '../features/activities/index.ts';
import type { ServiceContext } from '../shared/context.ts';
import { AppError } from '../shared/errors.ts';
import { out } from './output.ts';

export interface ActivitiesReportCliOptions {
  json?: boolean;
}

/**
 * `pontis activities report KEY`: the participation report of the activity with that interchange
 * key, as the organisers see it (the command line acts as the system). JSON for scripts; a
 * readable table for people. An unknown key is an error (exit 1) naming the key.
 */
export async function activitiesReportFromCli(ctx: ServiceContext, key: string, opts: ActivitiesReportCliOptions): Promise<void> {
  let report: ParticipationReport;
  try {
    report = await participationReport(ctx, key);
  } catch (error) {
    if (error instanceof AppError && error.code === 'not_found') throw new AppError('not_found', 404, `No activity has the key "${key}".`);
    throw error;
  }
  if (opts.json) {
    out(JSON.stringify(report, null, 2));
    return;
  }
  printReport(report);
}

function section(title: string, rows: [string, number][]) {
  out('');
  out(title);
  if (!rows.length) out('  –');
  const width = Math.max(0, ...rows.map(([label]) => label.length));
  for (const [label, n] of rows) out(`  ${label.padEnd(width)}  ${String(n).padStart(5)}`);
}

const byCount = (record: Record<string, number>): [string, number][] => Object.entries(record).sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]));

function printReport(r: ParticipationReport) {
  out(`Participation report: ${r.key} (host country: ${r.hostCountry ?? 'none, online'})`);
  out(`Direct participants: ${r.participants}   invited international: ${r.invitedInternational}   attended: ${r.attended}`);
  section('By country', byCount(r.byCountry));
  section(
    'By city',
    r.byCity.map((c) => [`${c.name || '(no city given)'}, ${c.country}`, c.count]),
  );
  section('By kind of organisation', byCount(r.byOrganisationKind));
  section('By gender (as stated)', byCount(r.byGender));
  section('By role', byCount(r.byRole));
  section(
    'Attendance per day',
    r.attendanceByDay.map((d) => [d.day, d.present]),
  );
  out('');
  out('Funding rules');
  const width = Math.max(...r.rules.map((rule) => rule.rule.length));
  for (const rule of r.rules) {
    const missing = rule.missing.map((m) => `${m.requirement} ${m.actual} of ${m.required}`).join('; ');
    out(`  ${rule.rule.padEnd(width)}  ${rule.met ? 'met' : `not met: ${missing}`}`);
  }
}
