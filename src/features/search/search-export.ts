import type { z } from 'zod';
import type { ServiceContext } from '../../shared/context.ts';
import { csvSeparator, spreadsheetCsv } from '../../shared/spreadsheet-csv.ts';
import { itemValidUntilDays } from '../organisations/index.ts';
import { searchQuery, type SearchHit } from './search.schemas.ts';
import { search } from './search.service.ts';

/**
 * Most rows one export holds. A spreadsheet of more rows is no longer read by a person, and the
 * whole file is built in memory; the response says how many matched, so a cut is never silent.
 */
export const EXPORT_ROW_CAP = 5_000;

/** The search's own filters and sort, without paging (the export takes all rows up to the cap). */
export const exportQuery = searchQuery.omit({ limit: true, offset: true }).extend({
  separator: csvSeparator,
});
export type ExportQuery = z.infer<typeof exportQuery>;

export const exportColumns = [
  'type',
  'title',
  'organisation',
  'city',
  'country',
  'kind',
  'category',
  'language',
  'themes',
  'concepts',
  'sdgs',
  'valid until',
  'link',
] as const;

export interface SearchExport {
  csv: string;
  fileName: string;
  /** Rows that matched; the file holds at most EXPORT_ROW_CAP of them. */
  total: number;
  rows: number;
}

/** A hit as the search returns it; the person fields arrive with people in search. */
type ExportHit = Omit<SearchHit, 'organisation'> & {
  organisation: SearchHit['organisation'] | null;
  sdgs?: number[];
};

/** Offers and requests may end on a day; the search hit does not carry it, the item row does. */
async function validUntilOf(ctx: ServiceContext, hits: ExportHit[]): Promise<Map<string, string>> {
  const ids = hits.filter((h) => h.type === 'offer' || h.type === 'request').map((h) => h.id);
  const found = new Map<string, string>();
  // In slices, so that a full export stays within the bind-parameter limit of a statement.
  for (let i = 0; i < ids.length; i += 1_000) {
    for (const r of await itemValidUntilDays(ctx, ids.slice(i, i + 1_000))) found.set(r.id, r.validUntil);
  }
  return found;
}

/** Where a reader of the spreadsheet opens the record in the web app. */
function linkOf(publicUrl: string, hit: ExportHit): string {
  if (hit.organisation) return `${publicUrl}/organisations/${encodeURIComponent(hit.organisation.key)}`;
  // A person without an organisation: their city's people list is where they are shown.
  return hit.city ? `${publicUrl}/people?city=${encodeURIComponent(hit.city.key)}` : `${publicUrl}/people`;
}

const list = (values: readonly (string | number)[] | undefined) => (values ?? []).join(', ');

function fileNameFor(query: ExportQuery): string {
  const day = new Date().toISOString().slice(0, 10);
  const words = (query.q ?? '')
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .match(/[a-z0-9]+/g);
  const slug = words?.join('-').slice(0, 40).replace(/-$/, '');
  return `pontis-search-${slug ? `${slug}-` : ''}${day}.csv`;
}

/**
 * The results of a search as CSV for spreadsheets (spreadsheetCsv). It runs the search service with the caller's context, so the file holds
 * exactly what the caller may see in the search.
 */
export async function exportSearchResults(ctx: ServiceContext, query: ExportQuery): Promise<SearchExport> {
  const { separator, ...filters } = query;
  const result = await search(ctx, { ...filters, limit: EXPORT_ROW_CAP, offset: 0 });
  const hits = result.items as ExportHit[];
  const validUntil = await validUntilOf(ctx, hits);
  const records = hits.map((h) => [
    h.type,
    h.title,
    h.organisation?.name ?? '',
    h.city?.name ?? '',
    h.city?.country ?? '',
    h.kind ?? '',
    h.category ?? '',
    h.lang ?? '',
    list(h.themes),
    list(h.concepts),
    list(h.sdgs),
    validUntil.get(h.id) ?? '',
    linkOf(ctx.config.publicUrl, h),
  ]);
  const csv = spreadsheetCsv(exportColumns, records, separator);
  return { csv, fileName: fileNameFor(query), total: result.total, rows: hits.length };
}
