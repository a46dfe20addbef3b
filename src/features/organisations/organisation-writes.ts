import { eq, like, or } from 'drizzle-orm';
import type { ServiceContext } from '../../shared/context.ts';
import { invalid, type FieldError } from '../../shared/errors.ts';
import { keyFromName } from '../../shared/text-normalize.ts';
import { existingCityIds } from '../cities/index.ts';
import { existingConceptKeys } from '../taxonomy/index.ts';
import { existingThemeKeys } from '../themes/index.ts';
import type { CreateOrganisationRequest } from './organisations.schemas.ts';
import { organisations } from './organisations.table.ts';

const unique = (values: string[] | undefined) => [...new Set(values ?? [])];

/**
 * The city must exist and every theme and taxonomy concept key (of the organisation and of its
 * items) must be known.
 */
export async function checkOrganisationReferences(
  ctx: ServiceContext,
  input: Pick<CreateOrganisationRequest, 'cityId' | 'themes' | 'concepts' | 'offers' | 'requests'>,
): Promise<void> {
  const fields: FieldError[] = [];
  const cityExists = (await existingCityIds(ctx, [input.cityId])).has(input.cityId);
  if (!cityExists) fields.push({ path: 'cityId', rule: 'not_found', message: 'There is no such city.' });

  const used: { path: string; key: string }[] = [
    ...(input.themes ?? []).map((key, i) => ({ path: `themes.${i}`, key })),
    ...(['offers', 'requests'] as const).flatMap((list) =>
      (input[list] ?? []).flatMap((item, i) => (item.themes ?? []).map((key, j) => ({ path: `${list}.${i}.themes.${j}`, key }))),
    ),
  ];
  if (used.length) {
    const keys = unique(used.map((u) => u.key));
    const known = await existingThemeKeys(ctx, keys);
    for (const u of used) {
      if (!known.has(u.key)) fields.push({ path: u.path, rule: 'unknown_theme', message: `There is no theme "${u.key}".` });
    }
  }

  const concepts: { path: string; key: string }[] = [
    ...(input.concepts ?? []).map((key, i) => ({ path: `concepts.${i}`, key })),
    ...(['offers', 'requests'] as const).flatMap((list) =>
      (input[list] ?? []).flatMap((item, i) => (item.concepts ?? []).map((key, j) => ({ path: `${list}.${i}.concepts.${j}`, key }))),
    ),
  ];
  if (concepts.length) {
    const known = await existingConceptKeys(
      ctx,
      concepts.map((c) => c.key),
    );
    for (const c of concepts) {
      if (!known.has(c.key)) fields.push({ path: c.path, rule: 'unknown_concept', message: `There is no taxonomy concept "${c.key}".` });
    }
  }
  if (fields.length) throw invalid(fields);
}

/** A key derived from the name, made unique with a numeric suffix (-2, -3, ...) when taken. */
export async function uniqueKeyFromName(ctx: ServiceContext, name: string): Promise<string> {
  const base = keyFromName(name);
  const stem = (suffixLength: number) => base.slice(0, 80 - suffixLength).replace(/-+$/, '') || 'item';
  const taken = new Set(
    (
      await ctx.db
        .select({ key: organisations.key })
        .from(organisations)
        .where(or(eq(organisations.key, base), like(organisations.key, `${stem(12)}%`)))
    ).map((r) => r.key),
  );
  if (!taken.has(base)) return base;
  for (let n = 2; ; n++) {
    const suffix = `-${n}`;
    const candidate = `${stem(suffix.length)}${suffix}`;
    if (!taken.has(candidate)) return candidate;
  }
}

/** Column values shared by create and update. */
export function organisationColumns(input: Omit<CreateOrganisationRequest, 'key'>) {
  return {
    name: input.name,
    kind: input.kind,
    cityId: input.cityId,
    website: input.website || null,
    languages: unique(input.languages),
    description: (input.description ?? []).map((d) => (d.lang ? { lang: d.lang, text: d.text } : { text: d.text })),
    themes: unique(input.themes),
    // Left out, the confirmed concepts stay: a client unaware of them must not clear them.
    ...(input.concepts !== undefined && { concepts: unique(input.concepts) }),
  };
}
