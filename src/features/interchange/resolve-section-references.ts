import type { ServiceContext } from '../../shared/context.ts';
import type { FieldError } from '../../shared/errors.ts';
import { measureIdsOfProgrammes } from '../action-programmes/index.ts';
import { organisationNames } from '../organisations/index.ts';
import { partnershipNames } from '../partnerships/index.ts';
import { listThemes } from '../themes/index.ts';
import type { ParsedSections } from './interchange-sections.ts';

type Entry = Record<string, unknown>;
const keysIn = (document: unknown, name: string): string[] => {
  const list = typeof document === 'object' && document !== null ? (document as Entry)[name] : undefined;
  return Array.isArray(list)
    ? list.flatMap((e) => (typeof e === 'object' && e !== null && typeof (e as Entry).key === 'string' ? [(e as Entry).key as string] : []))
    : [];
};

/**
 * Checks what the activities and programmes name: partnerships, cities, organisations, themes and
 * measures must be in the file or stored; keys must be unique in their section. Returns, besides
 * the problems, the stored measure ids of the programmes that the file does not redefine.
 */
export async function resolveSectionReferences(
  ctx: ServiceContext,
  document: unknown,
  sections: ParsedSections,
  storedCityKeys: Iterable<string>,
): Promise<{ errors: FieldError[]; storedMeasureIds: Map<string, Map<string, string>> }> {
  const errors: FieldError[] = [];
  for (const name of ['activities', 'programmes']) {
    const first = new Map<string, number>();
    keysIn(document, name).forEach((key, index) => {
      if (first.has(key))
        errors.push({ path: `$.${name}[${index}].key`, rule: 'duplicate', message: `the key "${key}" is used by $.${name}[${first.get(key)}] already` });
      else first.set(key, index);
    });
  }
  const { activities, programmes } = sections;
  const activityPaths = [...sections.validActivities].map((i) => `$.activities[${i}]`);
  const programmePaths = [...sections.validProgrammes].map((i) => `$.programmes[${i}]`);

  const known = async (fileKeys: string[], wanted: string[], lookup: (keys: string[]) => Promise<{ key: string }[]>) => {
    const missing = [...new Set(wanted.filter((k) => !fileKeys.includes(k)))];
    return new Set([...fileKeys, ...(missing.length ? (await lookup(missing)).map((r) => r.key) : [])]);
  };
  const orgRefs = [
    ...activities.flatMap((a) => [
      ...(a.organisers ?? []),
      ...(a.participants ?? []).flatMap((p) => (p.organisation ? [p.organisation] : [])),
      ...(a.encounters ?? []).flat(),
    ]),
    ...programmes.flatMap((p) =>
      (p.fields ?? []).flatMap((f) =>
        (f.goals ?? []).flatMap((g) => (g.measures ?? []).flatMap((m) => (m.responsibles ?? []).flatMap((r) => (r.organisation ? [r.organisation] : [])))),
      ),
    ),
  ];
  const organisations = await known(keysIn(document, 'organisations'), orgRefs, (keys) => organisationNames(ctx, 'key', keys));
  const partnerships = await known(
    keysIn(document, 'partnerships'),
    [...activities, ...programmes].map((x) => x.partnership),
    (keys) => partnershipNames(ctx, 'key', keys),
  );
  const cities = new Set([...keysIn(document, 'cities'), ...storedCityKeys]);
  const themes = new Set((await listThemes(ctx)).map((t) => t.key));
  const fileProgrammes = new Map(
    programmes.map((p) => [p.key, new Set((p.fields ?? []).flatMap((f) => (f.goals ?? []).flatMap((g) => (g.measures ?? []).map((m) => m.key))))]),
  );
  const storedMeasureIds = await measureIdsOfProgrammes(ctx, [
    ...new Set(activities.flatMap((a) => (a.measure && !fileProgrammes.has(a.measure.programme) ? [a.measure.programme] : []))),
  ]);

  const check = (set: Set<string>, key: string, path: string, what: string) => {
    if (!set.has(key)) errors.push({ path, rule: 'unknown_reference', message: `no ${what} has the key "${key}"; add it to the file or name a known one` });
  };
  activities.forEach((a, n) => {
    const at = activityPaths[n]!;
    check(partnerships, a.partnership, `${at}.partnership`, 'partnership');
    if (a.hostCity) check(cities, a.hostCity, `${at}.hostCity`, 'city');
    a.themes?.forEach((t, i) => check(themes, t, `${at}.themes[${i}]`, 'theme'));
    a.organisers?.forEach((o, i) => check(organisations, o, `${at}.organisers[${i}]`, 'organisation'));
    a.encounters?.forEach((pair, i) => pair.forEach((o, j) => check(organisations, o, `${at}.encounters[${i}][${j}]`, 'organisation')));
    a.participants?.forEach((p, i) => {
      if (p.organisation) check(organisations, p.organisation, `${at}.participants[${i}].organisation`, 'organisation');
      if (p.city) check(cities, p.city, `${at}.participants[${i}].city`, 'city');
    });
    if (a.measure) {
      const measures = fileProgrammes.get(a.measure.programme) ?? new Set(storedMeasureIds.get(a.measure.programme)?.keys());
      if (!fileProgrammes.has(a.measure.programme) && !storedMeasureIds.has(a.measure.programme))
        check(new Set(), a.measure.programme, `${at}.measure.programme`, 'programme with measures');
      else check(measures, a.measure.measure, `${at}.measure.measure`, `measure of "${a.measure.programme}"`);
    }
  });
  programmes.forEach((p, n) => {
    const at = programmePaths[n]!;
    check(partnerships, p.partnership, `${at}.partnership`, 'partnership');
    p.fields?.forEach((f, i) => {
      check(themes, f.theme, `${at}.fields[${i}].theme`, 'theme');
      f.goals?.forEach((g, j) =>
        g.measures?.forEach((m, k) =>
          m.responsibles?.forEach((r, l) => {
            const path = `${at}.fields[${i}].goals[${j}].measures[${k}].responsibles[${l}]`;
            check(cities, r.city, `${path}.city`, 'city');
            if (r.organisation) check(organisations, r.organisation, `${path}.organisation`, 'organisation');
          }),
        ),
      );
    });
  });
  return { errors, storedMeasureIds };
}
