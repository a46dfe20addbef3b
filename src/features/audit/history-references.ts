import { inArray } from 'drizzle-orm';
import type { ServiceContext } from '../../shared/context.ts';
import { agreements } from '../agreements/agreements.table.ts';
import { fundingCalls } from '../calls/calls.table.ts';
import { cities } from '../cities/cities.table.ts';
import { organisations } from '../organisations/organisations.table.ts';
import { partnerships } from '../partnerships/partnerships.table.ts';
import { people } from '../people/people.table.ts';
import { projects } from '../projects/projects.table.ts';
import { projectWorkPackages } from '../projects/work-plan/work-plan.table.ts';
import { taxonomyConcepts } from '../taxonomy/taxonomy.table.ts';
import { themes } from '../themes/themes.table.ts';
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
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** The names the history may show to this reader, for what collectingLookup noted. */
export async function resolvingLookup(ctx: ServiceContext, wanted: Wanted): Promise<HistoryLookup> {
  const names = new Map<string, string>(); // `${type}:id:${id}` and `${type}:key:${key}`
  const visible = new Map<string, boolean>(); // `${type}:${id}` for non-public types
  for (const [type, { ids, keys }] of wanted.records) {
    const validIds = [...ids].filter((id) => UUID.test(id));
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
    for (const row of await ctx.db.select({ key: themes.key, labels: themes.labels }).from(themes).where(inArray(themes.key, themeCodes))) labels.set(`theme:${row.key}`, row.labels);
  }
  const conceptCodes = [...(wanted.codes.get('concept') ?? [])];
  if (conceptCodes.length) {
    for (const row of await ctx.db.select({ key: taxonomyConcepts.key, labels: taxonomyConcepts.labels }).from(taxonomyConcepts).where(inArray(taxonomyConcepts.key, conceptCodes))) {
      labels.set(`concept:${row.key}`, row.labels as Record<string, string>);
    }
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

async function recordNames(ctx: ServiceContext, type: RecordType, ids: string[], keys: string[]): Promise<NameRow[]> {
  const db = ctx.db;
  const rows: NameRow[] = [];
  if (keys.length && (type === 'city' || type === 'organisation' || type === 'partnership')) {
    const table = type === 'city' ? cities : type === 'organisation' ? organisations : partnerships;
    rows.push(...(await db.select({ id: table.id, key: table.key, name: table.name }).from(table).where(inArray(table.key, keys))));
  }
  if (!ids.length) return rows;
  switch (type) {
    case 'city':
    case 'organisation':
    case 'partnership': {
      const table = type === 'city' ? cities : type === 'organisation' ? organisations : partnerships;
      rows.push(...(await db.select({ id: table.id, key: table.key, name: table.name }).from(table).where(inArray(table.id, ids))));
      break;
    }
    case 'person':
      rows.push(...(await db.select({ id: people.id, name: people.name }).from(people).where(inArray(people.id, ids))).map((r) => ({ ...r, key: null })));
      break;
    case 'project':
      rows.push(...(await db.select({ id: projects.id, name: projects.title }).from(projects).where(inArray(projects.id, ids))).map((r) => ({ ...r, key: null })));
      break;
    case 'project-work-package':
      rows.push(
        ...(await db.select({ id: projectWorkPackages.id, name: projectWorkPackages.title }).from(projectWorkPackages).where(inArray(projectWorkPackages.id, ids))).map((r) => ({ ...r, key: null })),
      );
      break;
    case 'call':
      rows.push(...(await db.select({ id: fundingCalls.id, name: fundingCalls.title }).from(fundingCalls).where(inArray(fundingCalls.id, ids))).map((r) => ({ ...r, key: null })));
      break;
    case 'agreement':
      rows.push(...(await db.select({ id: agreements.id, title: agreements.title }).from(agreements).where(inArray(agreements.id, ids))).map((r) => ({ id: r.id, key: null, name: firstText(r.title) })));
      break;
  }
  return rows;
}

/** A title kept as text or per language (the first language given). */
function firstText(value: unknown): string | null {
  if (typeof value === 'string') return value;
  if (Array.isArray(value)) return value.map((v) => (v && typeof v === 'object' ? (v as { text?: unknown }).text : null)).find((t): t is string => typeof t === 'string') ?? null;
  if (value && typeof value === 'object') return Object.values(value).find((t): t is string => typeof t === 'string') ?? null;
  return null;
}
