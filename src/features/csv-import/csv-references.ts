import type { ServiceContext } from '../../shared/context.ts';
import { foldForLookup, keyFromName } from '../../shared/text-normalize.ts';
import { allCityNames, findCityIdsByName } from '../cities/index.ts';
import { canCreateOrganisation, canEditOrganisation, organisationCitiesByKeys } from '../organisations/index.ts';
import { listThemes } from '../themes/index.ts';
import type { CsvMapping } from './csv-fields.ts';
import type { CsvRowValue, RowProblem, ThemeLookup } from './csv-row.ts';

export interface ResolvedRow {
  line: number;
  key: string;
  cityId: string;
  cityKey: string;
  value: CsvRowValue;
}

/** Theme keys by key or by label in any language (folded). */
export async function themeLookup(ctx: ServiceContext): Promise<ThemeLookup> {
  const table = new Map<string, string>();
  for (const theme of await listThemes(ctx)) {
    table.set(foldForLookup(theme.key), theme.key);
    for (const label of Object.values(theme.labels ?? {})) if (label) table.set(foldForLookup(label), theme.key);
  }
  return (cell) => table.get(foldForLookup(cell));
}

/**
 * What rows are checked against beyond their own cells: cities (by key, name or alias, looked up
 * once per distinct spelling), keys used earlier in the file, and organisations stored already.
 * Holds one entry per distinct city spelling and one per key of the file (the only state that
 * grows with the file: about 100 bytes a row).
 */
export class RowResolver {
  private readonly cityCache = new Map<string, { id: string; key: string } | string>();
  /** Key -> line of the first row using it. */
  readonly firstLineByKey = new Map<string, number>();
  private cityKeys?: Map<string, string>;

  constructor(
    private readonly mapping: CsvMapping,
    private readonly defaultCity: { id: string; key: string } | null,
  ) {}

  private async city(ctx: ServiceContext, spelling: string): Promise<{ id: string; key: string } | string> {
    const folded = foldForLookup(spelling);
    const cached = this.cityCache.get(folded);
    if (cached) return cached;
    this.cityKeys ??= new Map((await allCityNames(ctx)).map((c) => [c.id, c.key]));
    const ids = await findCityIdsByName(ctx, spelling);
    const result =
      ids.length === 1
        ? { id: ids[0], key: this.cityKeys.get(ids[0]) ?? '' }
        : ids.length
          ? `"${spelling}" could mean several cities; use the city key`
          : `no city has the key, name or alias "${spelling}"`;
    this.cityCache.set(folded, result);
    return result;
  }

  /**
   * Resolves a batch of rows that passed their own checks; returns them with their problems
   * (city unknown, key repeated in the file, or a city or organisation the actor may not write).
   */
  async resolve(ctx: ServiceContext, rows: { line: number; value: CsvRowValue }[]): Promise<{ resolved: ResolvedRow[]; problems: Map<number, RowProblem[]> }> {
    const problems = new Map<number, RowProblem[]>();
    const add = (line: number, p: Omit<RowProblem, 'row'>) => problems.set(line, [...(problems.get(line) ?? []), { row: line, ...p }]);
    const candidates: ResolvedRow[] = [];
    for (const { line, value } of rows) {
      let target = this.defaultCity;
      if (value.city) {
        const found = await this.city(ctx, value.city);
        if (typeof found === 'string') {
          add(line, { field: 'city', column: this.mapping.city ?? null, rule: 'unknown_reference', message: found });
          continue;
        }
        target = found;
      }
      if (!target) {
        add(line, { field: 'city', column: this.mapping.city ?? null, rule: 'required', message: 'the city is required (no city was given for all rows)' });
        continue;
      }
      if (!canCreateOrganisation(ctx.actor, target.id)) {
        add(line, {
          field: 'city',
          column: this.mapping.city ?? null,
          rule: 'forbidden',
          message: `you may not add organisations to the city "${target.key}"`,
        });
        continue;
      }
      const key = value.key ?? keyFromName(value.name);
      const keyField = value.key ? 'key' : 'name';
      const first = this.firstLineByKey.get(key);
      if (first === undefined) this.firstLineByKey.set(key, line);
      else if (first !== line) {
        add(line, {
          field: keyField,
          column: this.mapping[keyField] ?? null,
          rule: 'duplicate',
          message: value.key
            ? `the key "${key}" is used by line ${first} already`
            : `line ${first} has an organisation of the same name (key "${key}"); add a key column to tell them apart`,
        });
        continue;
      }
      candidates.push({ line, key, cityId: target.id, cityKey: target.key, value });
    }

    // An organisation stored under the key is updated: the actor must be allowed to edit it.
    const keys = candidates.map((c) => c.key);
    const stored = keys.length ? new Map((await organisationCitiesByKeys(ctx, keys)).map((o) => [o.key, o])) : new Map();
    const resolved: ResolvedRow[] = [];
    for (const c of candidates) {
      const existing = stored.get(c.key);
      if (existing && !canEditOrganisation(ctx.actor, existing)) {
        const keyField = c.value.key ? 'key' : 'name';
        add(c.line, {
          field: keyField,
          column: this.mapping[keyField] ?? null,
          rule: 'forbidden',
          message: `the organisation "${c.key}" exists in another city's register, which you may not change`,
        });
      } else resolved.push(c);
    }
    return { resolved, problems };
  }
}
