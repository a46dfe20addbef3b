import { z } from 'zod';
import type { ServiceContext } from '../../shared/context.ts';
import { csvSeparator, spreadsheetCsv } from '../../shared/spreadsheet-csv.ts';
import { listProjects } from './list-projects.ts';
import { projectListQuery } from './projects.schemas.ts';

/** The list's filters (the export holds at most the list's largest page) and the separator. */
export const projectExportQuery = projectListQuery.omit({ limit: true }).extend({ separator: csvSeparator });
export type ProjectExportQuery = z.infer<typeof projectExportQuery>;

export const PROJECT_EXPORT_CAP = 1_000;

export const projectExportColumns = [
  'title',
  'acronym',
  'stage',
  'stage since',
  'partnership',
  'call',
  'call title',
  'deadline (UTC)',
  'consortium cities',
  'consortium size',
  'budget (EUR)',
  'requested (EUR)',
  'link',
] as const;

/** Cents are exact in the database; a spreadsheet wants a plain number with a dot. */
const euros = (amount: number | null) => (amount === null ? '' : amount.toFixed(2));

/**
 * The project pipeline as a spreadsheet for a city office's reports: the projects the caller may
 * read, with the list's filters, soonest deadline first. Stages are the API's codes, dates ISO 8601.
 */
export async function exportProjects(ctx: ServiceContext, query: ProjectExportQuery): Promise<{ csv: string; fileName: string; total: number; rows: number }> {
  const { separator, ...filters } = query;
  const list = await listProjects(ctx, { ...filters, limit: PROJECT_EXPORT_CAP });
  const records = list.items.map((p) => [
    p.title,
    p.acronym ?? '',
    p.stage,
    p.stageChangedAt.slice(0, 10),
    p.partnership.name,
    p.call?.identifier ?? '',
    p.call?.title ?? '',
    p.callDeadlineAt ?? '',
    p.consortiumCities.map((c) => c.name).join(', '),
    p.consortiumSize,
    euros(p.budgetTotal),
    euros(p.requestedAmount),
    `${ctx.config.publicUrl}/projects/${p.id}`,
  ]);
  const day = new Date().toISOString().slice(0, 10);
  return {
    csv: spreadsheetCsv(projectExportColumns, records, separator),
    fileName: `pontis-projects-${filters.partnership ? `${filters.partnership.replace(/[^a-z0-9-]/gi, '')}-` : ''}${day}.csv`,
    total: list.total,
    rows: records.length,
  };
}
