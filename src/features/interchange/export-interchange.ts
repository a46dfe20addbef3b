import type { ServiceContext } from '../../shared/context.ts';
import { forbidden } from '../../shared/errors.ts';
import { INTERCHANGE_FORMAT, type InterchangeDocument } from './interchange-document.ts';
import { canExportInterchange } from './interchange-policy.ts';
import { byCodePoint } from './interchange-records.ts';
import { loadCities, loadOrganisations, loadPartnerships } from './interchange-snapshot.ts';
import { oneAfterAnother } from '../../db/one-after-another.ts';

/**
 * Every city, partnership and organisation as one interchange document, ordered by key and
 * without empty optional fields, so that the same data always gives the same text and
 * export -> import into an empty database -> export gives it again.
 * Admins, coordinators and the system actor (CLI). Throws AppError `forbidden` for anyone else.
 */
export async function exportInterchange(ctx: ServiceContext): Promise<InterchangeDocument> {
  if (!canExportInterchange(ctx.actor)) throw forbidden('Only administrators and coordinators can export data.');
  const [cities, partnerships, organisations] = await oneAfterAnother(
    () => loadCities(ctx),
    () => loadPartnerships(ctx),
    () => loadOrganisations(ctx, undefined, { approvedItemsOnly: true }),
  );
  const sorted = <T>(records: Map<string, { record: T }>) => [...records].sort(([a], [b]) => byCodePoint(a, b)).map(([, stored]) => stored.record);
  return {
    format: INTERCHANGE_FORMAT,
    cities: sorted(cities),
    partnerships: sorted(partnerships),
    organisations: sorted(organisations),
  };
}

/** The export as the text of a file: indented JSON with a final newline. */
export const interchangeFileText = (document: InterchangeDocument) => `${JSON.stringify(document, null, 2)}\n`;
