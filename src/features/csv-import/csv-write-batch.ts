import type { ServiceContext } from '../../shared/context.ts';
import { recordDomainEvents, type DomainEvent } from '../domain-events/index.ts';
import type { InterchangeItem, InterchangeOrganisation } from '../interchange/index.ts';
import { canonicalOrganisation, sameRecord } from '../interchange/index.ts';
import { loadOrganisations } from '../interchange/index.ts';
import { insertImportedOrganisations, replaceItemsOfDirection, updateImportedOrganisation, type ImportedItem } from '../organisations/index.ts';
import type { ResolvedRow } from './csv-references.ts';

export interface WriteCounts {
  created: number;
  updated: number;
  unchanged: number;
}

/**
 * The organisation a row describes, in the interchange's canonical form. A mapped column sets its
 * field (an empty cell clears it); fields without a column keep what is stored, so a sheet of names
 * and kinds does not wipe descriptions written in Pontis. The offer (request) column replaces the
 * organisation's offers (requests): the sheet holds one of each.
 */
export function rowRecord(row: ResolvedRow, stored: InterchangeOrganisation | undefined): InterchangeOrganisation {
  const v = row.value;
  const pick = <T>(mapped: T | undefined, current: T | undefined) => (mapped !== undefined ? mapped : current);
  const items = (item: InterchangeItem | null | undefined, current: InterchangeItem[] | undefined) => (item === undefined ? current : item ? [item] : []);
  return canonicalOrganisation(
    {
      key: row.key,
      name: v.name,
      kind: v.kind,
      website: pick(v.website, stored?.website),
      languages: pick(v.languages, stored?.languages),
      description: pick(v.description, stored?.description),
      themes: pick(v.themes, stored?.themes),
      offers: items(v.offer, stored?.offers),
      requests: items(v.request, stored?.requests),
    },
    row.cityKey,
  );
}

const columns = (record: InterchangeOrganisation, cityId: string) => ({
  name: record.name,
  kind: record.kind,
  cityId,
  website: record.website ?? null,
  languages: record.languages ?? [],
  description: record.description ?? [],
  themes: record.themes ?? [],
});

const itemRows = (direction: 'offer' | 'request', items: InterchangeItem[] = []): ImportedItem[] =>
  items.map((item, position) => ({
    direction,
    position,
    category: item.category ?? null,
    lang: item.lang ?? null,
    title: item.title ?? null,
    text: item.text,
    themes: item.themes ?? [],
    validUntil: item.validUntil ?? null,
  }));

/**
 * Writes one batch of resolved rows inside the caller's transaction: new organisations in one
 * insert (with their items and audit entries), changed ones through updateVersioned, unchanged ones
 * not at all (no new version, no audit entry: re-importing a file changes nothing). Their events
 * rebuild the history and the search rows of every written organisation in the same transaction.
 */
export async function writeBatch(tx: ServiceContext, rows: ResolvedRow[]): Promise<WriteCounts> {
  const counts: WriteCounts = { created: 0, updated: 0, unchanged: 0 };
  if (!rows.length) return counts;
  const stored = await loadOrganisations(
    tx,
    rows.map((r) => r.key),
  );
  const created: { row: ResolvedRow; record: InterchangeOrganisation }[] = [];
  const events: DomainEvent[] = [];

  for (const row of rows) {
    const current = stored.get(row.key);
    const record = rowRecord(row, current?.record);
    if (!current) {
      created.push({ row, record });
      continue;
    }
    if (sameRecord(current.record, record)) {
      counts.unchanged++;
      continue;
    }
    await updateImportedOrganisation(tx, current, columns(record, row.cityId));
    for (const direction of ['offer', 'request'] as const) {
      const list = direction === 'offer' ? 'offers' : 'requests';
      if (sameRecord(current.record[list] ?? [], record[list] ?? [])) continue;
      await replaceItemsOfDirection(tx, current.id, direction, itemRows(direction, record[list]));
    }
    events.push({ entityType: 'organisation', entityId: current.id, action: 'update', before: current.record, after: record });
    counts.updated++;
  }

  if (created.length) {
    const idByKey = await insertImportedOrganisations(
      tx,
      created.map(({ row, record }) => ({
        key: row.key,
        fields: columns(record, row.cityId),
        items: [...itemRows('offer', record.offers), ...itemRows('request', record.requests)],
      })),
    );
    for (const { row, record } of created) {
      const id = idByKey.get(row.key)!;
      events.push({ entityType: 'organisation', entityId: id, action: 'create', before: null, after: record });
    }
    counts.created += created.length;
  }
  // One event per organisation written, handed over together: one history insert, one reindex.
  await recordDomainEvents(tx, events);
  return counts;
}
