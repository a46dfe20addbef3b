import type { ServiceContext } from '../../shared/context.ts';
import { forbidden } from '../../shared/errors.ts';
import { INTERCHANGE_FORMAT, type InterchangeDocument } from './interchange-document.ts';
import { canExportInterchange } from './interchange-policy.ts';
import { byCodePoint } from './interchange-records.ts';
import { loadCities, loadOrganisations, loadPartnerships } from './interchange-snapshot.ts';
import { oneAfterAnother } from '../../db/one-after-another.ts';
import { loadProgrammeRecords, measureKeysByIds } from '../action-programmes/index.ts';
import { activityRecordsForReader, loadActivityRecords } from '../activities/index.ts';

/**
 * Every city, partnership, organisation, action programme and activity as one interchange document, ordered by key and
 * without empty optional fields, so that the same data always gives the same text and
 * export -> import into an empty database -> export gives it again.
 * Admins, coordinators and the system actor (CLI). Throws AppError `forbidden` for anyone else.
 * Activities come as the exporter may see them (participants only for their organisers).
 */
export async function exportInterchange(ctx: ServiceContext): Promise<InterchangeDocument> {
  if (!canExportInterchange(ctx.actor)) throw forbidden('Only administrators and coordinators can export data.');
  const [cities, partnerships, organisations, programmes, activities] = await oneAfterAnother(
    () => loadCities(ctx),
    () => loadPartnerships(ctx),
    () => loadOrganisations(ctx, undefined, { approvedItemsOnly: true }),
    () => loadProgrammeRecords(ctx),
    async () => activityRecordsForReader(ctx, await loadActivityRecords(ctx, (ids) => measureKeysByIds(ctx, ids))),
  );
  const sorted = <T>(records: Map<string, { record: T }>) => [...records].sort(([a], [b]) => byCodePoint(a, b)).map(([, stored]) => stored.record);
  return {
    format: INTERCHANGE_FORMAT,
    cities: sorted(cities),
    partnerships: sorted(partnerships),
    organisations: sorted(organisations),
    // Optional sections (docs/interchange-activities-and-programmes.md): only when there is something.
    ...(programmes.size && { programmes: sorted(programmes) }),
    ...(activities.size && { activities: sorted(activities) }),
  };
}

/** The export as the text of a file: indented JSON with a final newline. */
export const interchangeFileText = (document: InterchangeDocument) => `${JSON.stringify(document, null, 2)}\n`;
