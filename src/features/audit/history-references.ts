import type { ServiceContext } from '../../shared/context.ts';
import { isUuid } from '../../shared/uuid.ts';
import { historyRegistry, type NamedRecord } from './history-contributions.ts';
import type { RecordType } from './history-fields.ts';
import type { HistoryLookup } from './readable-changes.ts';
import { pastRecords } from './past-records.ts';

interface Wanted {
  records: Map<RecordType, { ids: Set<string>; keys: Set<string> }>;
  codes: Map<string, Set<string>>;
}

/** A lookup that answers nothing but notes what was asked, to fetch it all at once. */
export function collectingLookup(): HistoryLookup & { wanted: Wanted } {
  const wanted: Wanted = { records: new Map(), codes: new Map() };
  return {
    wanted,
    record(type, by, value) {
      const entry = wanted.records.get(type) ?? { ids: new Set<string>(), keys: new Set<string>() };
      wanted.records.set(type, entry);
      (by === 'key' ? entry.keys : entry.ids).add(value);
      return { name: null, visible: false };
    },
    labels(vocabulary, code) {
      const set = wanted.codes.get(vocabulary) ?? new Set<string>();
      wanted.codes.set(vocabulary, set);
      set.add(code);
      return null;
    },
  };
}

/**
 * The names the history may show to this reader, for what collectingLookup noted. Each feature
 * names its own records (its `*.history.ts`); public ones (cities, organisations, partnerships,
 * calls) to every reader, others only to readers their own history lets in.
 */
export async function resolvingLookup(ctx: ServiceContext, wanted: Wanted): Promise<HistoryLookup> {
  const registry = await historyRegistry();
  const past = pastRecords(ctx);
  const names = new Map<string, string>(); // `${type}:id:${id}` and `${type}:key:${key}`
  const visible = new Map<string, boolean>(); // `${type}:${id}` for non-public types
  const publicTypes = new Set<RecordType>();
  for (const [type, { ids, keys }] of wanted.records) {
    const naming = registry.names(type);
    if (!naming) continue;
    const validIds = [...ids].filter((id) => isUuid(id));
    const rows: NamedRecord[] = [];
    if (keys.size) rows.push(...(await naming.names(ctx, 'key', [...keys])));
    if (validIds.length) rows.push(...(await naming.names(ctx, 'id', validIds)));
    for (const row of rows) {
      if (row.name === null) continue;
      names.set(`${type}:id:${row.id}`, row.name);
      if (row.key) names.set(`${type}:key:${row.key}`, row.name);
    }
    if (naming.public) {
      publicTypes.add(type);
      continue;
    }
    const subject = registry.subject(type);
    for (const id of validIds) visible.set(`${type}:${id}`, subject ? await subject.mayRead(ctx, id, past) : false);
  }
  const labels = new Map<string, Record<string, string>>();
  for (const [vocabulary, codes] of wanted.codes) {
    const source = registry.vocabulary(vocabulary);
    if (!source || !codes.size) continue;
    for (const row of await source.labels(ctx, [...codes])) labels.set(`${vocabulary}:${row.key}`, row.labels);
  }
  return {
    record(type, by, value) {
      const mayName = publicTypes.has(type) || (by === 'id' && visible.get(`${type}:${value}`) === true);
      if (!mayName) return { name: null, visible: false };
      return { name: names.get(`${type}:${by}:${value}`) ?? null, visible: true };
    },
    labels: (vocabulary, code) => labels.get(`${vocabulary}:${code}`) ?? null,
  };
}
