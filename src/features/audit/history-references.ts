import type { ServiceContext } from '../../shared/context.ts';
import { isUuid } from '../../shared/uuid.ts';
import { agreementTitles } from '../agreements/index.ts';
import { callTitles } from '../calls/index.ts';
import { cityNames } from '../cities/index.ts';
import { organisationNames } from '../organisations/index.ts';
import { partnershipNames } from '../partnerships/index.ts';
import { personNames } from '../people/index.ts';
import { projectTitles, workPackageTitles } from '../projects/index.ts';
import { conceptLabels } from '../taxonomy/index.ts';
import { themeLabels } from '../themes/index.ts';
import type { RecordType } from './history-fields.ts';
import { historyPolicyFor } from './history-policy.ts';
import type { HistoryLookup } from './readable-changes.ts';

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

// Cities, organisations, partnerships and calls are public: anyone who reads a history may see
// their names. Other records are named only to readers their history policy lets in.
const PUBLIC_TYPES = new Set<RecordType>(['city', 'organisation', 'partnership', 'call']);

/** The names the history may show to this reader, for what collectingLookup noted. */
export async function resolvingLookup(ctx: ServiceContext, wanted: Wanted): Promise<HistoryLookup> {
  const names = new Map<string, string>(); // `${type}:id:${id}` and `${type}:key:${key}`
  const visible = new Map<string, boolean>(); // `${type}:${id}` for non-public types
  for (const [type, { ids, keys }] of wanted.records) {
    const validIds = [...ids].filter((id) => isUuid(id));
    for (const row of await recordNames(ctx, type, validIds, [...keys])) {
      if (row.name === null) continue;
      names.set(`${type}:id:${row.id}`, row.name);
      if (row.key) names.set(`${type}:key:${row.key}`, row.name);
    }
    if (PUBLIC_TYPES.has(type)) continue;
    const policy = historyPolicyFor(type);
    for (const id of validIds) visible.set(`${type}:${id}`, policy ? await policy(ctx, id) : false);
  }
  const labels = new Map<string, Record<string, string>>();
  const themeCodes = [...(wanted.codes.get('theme') ?? [])];
  if (themeCodes.length) {
    for (const row of await themeLabels(ctx, themeCodes)) labels.set(`theme:${row.key}`, row.labels);
  }
  const conceptCodes = [...(wanted.codes.get('concept') ?? [])];
  if (conceptCodes.length) {
    for (const row of await conceptLabels(ctx, conceptCodes)) labels.set(`concept:${row.key}`, row.labels);
  }
  return {
    record(type, by, value) {
      const mayName = PUBLIC_TYPES.has(type) || (by === 'id' && visible.get(`${type}:${value}`) === true);
      if (!mayName) return { name: null, visible: false };
      return { name: names.get(`${type}:${by}:${value}`) ?? null, visible: true };
    },
    labels: (vocabulary, code) => labels.get(`${vocabulary}:${code}`) ?? null,
  };
}

type NameRow = { id: string; key: string | null; name: string | null };

// Each feature names its own records, through the query functions of its public module.
const namesByKeyOrId = { city: cityNames, organisation: organisationNames, partnership: partnershipNames } as const;

async function recordNames(ctx: ServiceContext, type: RecordType, ids: string[], keys: string[]): Promise<NameRow[]> {
  const rows: NameRow[] = [];
  if (keys.length && (type === 'city' || type === 'organisation' || type === 'partnership')) {
    rows.push(...(await namesByKeyOrId[type](ctx, 'key', keys)));
  }
  if (!ids.length) return rows;
  switch (type) {
    case 'city':
    case 'organisation':
    case 'partnership':
      rows.push(...(await namesByKeyOrId[type](ctx, 'id', ids)));
      break;
    case 'person':
      rows.push(...(await personNames(ctx, ids)).map((r) => ({ ...r, key: null })));
      break;
    case 'project':
      rows.push(...(await projectTitles(ctx, ids)).map((r) => ({ id: r.id, key: null, name: r.title })));
      break;
    case 'project-work-package':
      rows.push(...(await workPackageTitles(ctx, ids)).map((r) => ({ id: r.id, key: null, name: r.title })));
      break;
    case 'call':
      rows.push(...(await callTitles(ctx, ids)).map((r) => ({ id: r.id, key: null, name: r.title })));
      break;
    case 'agreement':
      rows.push(...(await agreementTitles(ctx, ids)).map((r) => ({ id: r.id, key: null, name: firstText(r.title) })));
      break;
  }
  return rows;
}

/** A title kept as text or per language (the first language given). */
function firstText(value: unknown): string | null {
  if (typeof value === 'string') return value;
  if (Array.isArray(value))
    return value.map((v) => (v && typeof v === 'object' ? (v as { text?: unknown }).text : null)).find((t): t is string => typeof t === 'string') ?? null;
  if (value && typeof value === 'object') return Object.values(value).find((t): t is string => typeof t === 'string') ?? null;
  return null;
}
