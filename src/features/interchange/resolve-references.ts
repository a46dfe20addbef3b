import type { ServiceContext } from '../../shared/context.ts';
import type { FieldError } from '../../shared/errors.ts';
import { foldForLookup } from '../../shared/text-normalize.ts';
import { allCityNames, findCityIdsByName } from '../cities/index.ts';
import { listThemes } from '../themes/index.ts';
import { byCodePoint } from './interchange-records.ts';

export interface ResolvedReferences {
  errors: FieldError[];
  /** Per partnership (by index in the file): its cities as keys, in the file's order. */
  partnershipCities: Map<number, string[]>;
  /** Per organisation (by index in the file): its city as a key. */
  organisationCity: Map<number, string>;
  /** Cities stored already, by key. */
  storedCities: Map<string, { id: string; name: string }>;
}

type Entry = Record<string, unknown>;
const isEntry = (value: unknown): value is Entry => typeof value === 'object' && value !== null && !Array.isArray(value);
const strings = (value: unknown): string[] => (Array.isArray(value) ? value.filter((v) => typeof v === 'string') : []);

/**
 * Checks what the schema cannot: duplicate keys, and that every city and theme a record names
 * exists, in the file or in the database. Records that failed the schema are skipped, so that a
 * single run reports the schema problems and the reference problems of the other records together.
 */
export async function resolveReferences(ctx: ServiceContext, document: unknown, schemaErrors: FieldError[]): Promise<ResolvedReferences> {
  const errors: FieldError[] = [];
  const hasErrorsUnder = (path: string) => schemaErrors.some((e) => e.path === path || e.path.startsWith(`${path}.`) || e.path.startsWith(`${path}[`));
  const section = (name: string): unknown[] => {
    const value = isEntry(document) ? document[name] : undefined;
    return Array.isArray(value) ? value : [];
  };
  /** Entries of a section that passed the schema, with their index and JSON path. */
  const wellFormed = (name: string) =>
    section(name)
      .map((value, index) => ({ value: value as Entry, index, path: `$.${name}[${index}]` }))
      .filter((e) => isEntry(e.value) && !hasErrorsUnder(e.path));

  for (const name of ['cities', 'partnerships', 'organisations']) {
    const firstByKey = new Map<string, number>();
    section(name).forEach((value, index) => {
      const key = isEntry(value) ? value.key : undefined;
      if (typeof key !== 'string') return;
      const first = firstByKey.get(key);
      if (first === undefined) firstByKey.set(key, index);
      else errors.push({ path: `$.${name}[${index}].key`, rule: 'duplicate', message: `the key "${key}" is used by $.${name}[${first}] already` });
    });
  }

  // Cities in the file, by every spelling that may point at them (even ones with schema errors,
  // so that a typo in a city does not also turn every reference to it into an error).
  const fileCities = new Map<string, Set<string>>();
  for (const value of section('cities')) {
    if (!isEntry(value) || typeof value.key !== 'string') continue;
    const aliases = Array.isArray(value.aliases) ? value.aliases.filter(isEntry).map((a) => a.name) : [];
    const spellings = [value.key, value.name, ...aliases].filter((s): s is string => typeof s === 'string').map(foldForLookup);
    fileCities.set(value.key, new Set(spellings));
  }
  for (const { value, path } of wellFormed('cities')) {
    const seen = new Map<string, number>();
    (value.aliases as { name: string }[] | undefined)?.forEach((alias, j) => {
      const folded = foldForLookup(alias.name);
      const first = seen.get(folded);
      if (first === undefined) seen.set(folded, j);
      else errors.push({ path: `${path}.aliases[${j}].name`, rule: 'duplicate', message: `"${alias.name}" is the same alias as aliases[${first}]` });
    });
  }

  const storedRows = await allCityNames(ctx);
  const storedCities = new Map(storedRows.map((r) => [r.key, { id: r.id, name: r.name }]));
  const keyById = new Map(storedRows.map((r) => [r.id, r.key]));
  const lookups = new Map<string, string[]>();

  /** The keys of every city a reference may mean: in the file, or stored (unless the file redefines it). */
  async function candidates(reference: string): Promise<string[]> {
    const folded = foldForLookup(reference);
    const cached = lookups.get(folded);
    if (cached) return cached;
    const inFile = [...fileCities].filter(([, spellings]) => spellings.has(folded)).map(([key]) => key);
    const stored = (await findCityIdsByName(ctx, reference))
      .map((id) => keyById.get(id))
      .filter((key): key is string => key !== undefined && !fileCities.has(key));
    const found = [...new Set([...inFile, ...stored])].sort(byCodePoint);
    lookups.set(folded, found);
    return found;
  }

  async function resolveCity(reference: string, path: string): Promise<string | undefined> {
    const found = await candidates(reference);
    if (found.length === 1) return found[0];
    errors.push(
      found.length
        ? { path, rule: 'ambiguous_reference', message: `"${reference}" could mean several cities (${found.join(', ')}); use the city key` }
        : { path, rule: 'unknown_reference', message: `no city has the key, name or alias "${reference}"; add it to "cities" or name a known city` },
    );
    return undefined;
  }

  const catalogue = (await listThemes(ctx)).map((t) => t.key);
  const themeKeys = new Set(catalogue);
  const knownThemes = catalogue.join(', ') || '(none yet)';
  function checkThemes(list: unknown, path: string, unique: boolean) {
    const seen = new Set<string>();
    strings(list).forEach((key, j) => {
      if (!themeKeys.has(key))
        errors.push({ path: `${path}[${j}]`, rule: 'unknown_reference', message: `"${key}" is not a known theme; known themes: ${knownThemes}` });
      else if (unique && seen.has(key)) errors.push({ path: `${path}[${j}]`, rule: 'duplicate', message: `the theme "${key}" is listed twice` });
      seen.add(key);
    });
  }

  const partnershipCities = new Map<number, string[]>();
  for (const { value, index, path } of wellFormed('partnerships')) {
    const keys: string[] = [];
    const references = strings(value.cities);
    for (const [j, reference] of references.entries()) {
      const key = await resolveCity(reference, `${path}.cities[${j}]`);
      if (key && keys.includes(key)) {
        errors.push({ path: `${path}.cities[${j}]`, rule: 'duplicate', message: `"${reference}" is the city "${key}", which is listed already` });
      } else if (key) keys.push(key);
    }
    partnershipCities.set(index, keys);
    checkThemes(value.themes, `${path}.themes`, true);
  }

  const organisationCity = new Map<number, string>();
  for (const { value, index, path } of wellFormed('organisations')) {
    const key = await resolveCity(String(value.city), `${path}.city`);
    if (key) organisationCity.set(index, key);
    checkThemes(value.themes, `${path}.themes`, false);
    for (const direction of ['offers', 'requests'] as const) {
      const items = Array.isArray(value[direction]) ? (value[direction] as Entry[]) : [];
      items.forEach((item, j) => checkThemes(item.themes, `${path}.${direction}[${j}].themes`, false));
    }
  }

  return { errors, partnershipCities, organisationCity, storedCities };
}
