import fc from 'fast-check';
import { nastyValue } from './nasty-values.ts';
import { resolveRef, type JsonSchema, type OpenApiDocument } from './openapi-operations.ts';

/**
 * fast-check arbitraries from the JSON schemas of the OpenAPI document. `validish` builds values
 * that follow the schema (real ids of stored records where a uuid is asked for, enum values,
 * strings and numbers within their bounds), so that some requests get past validation and reach
 * the services; `malformed` takes such a value and breaks it in one place (a wrong type, a
 * missing required field, an extra field, a nasty string), at any depth.
 */

/** Real values for a field or parameter, looked up by its name ("cityId", "id", "identifier"); may change as the run writes. */
export type ValuePool = (hint: string) => readonly string[];

export interface SchemaContext {
  doc: OpenApiDocument;
  pool: ValuePool;
}

const MAX_DEPTH = 6;
const STRING_SPAN = 24;

/** A value from the pool at generation time (the pool grows as records are created), else a fresh one. */
export function pooled(pool: ValuePool, hint: string, fallback: fc.Arbitrary<string>): fc.Arbitrary<string> {
  return fc.tuple(fc.nat(), fallback).map(([i, other]) => {
    const values = pool(hint);
    return values.length ? values[i % values.length] : other;
  });
}

const pad = (n: number, width: number) => String(n).padStart(width, '0');
const isoDate = (d: Date) => `${pad(d.getUTCFullYear(), 4)}-${pad(d.getUTCMonth() + 1, 2)}-${pad(d.getUTCDate(), 2)}`;
const dates = fc.date({ min: new Date('1990-01-01T00:00:00Z'), max: new Date('2060-12-31T00:00:00Z'), noInvalidDate: true });

function stringArbitrary(s: JsonSchema, hint: string, ctx: SchemaContext): fc.Arbitrary<string> {
  const minLength = s.minLength ?? 0;
  const maxLength = Math.max(minLength, Math.min(s.maxLength ?? minLength + STRING_SPAN, minLength + STRING_SPAN));
  switch (s.format) {
    case 'uuid':
      // A record of the kind the name suggests, else any stored record, else a fresh id.
      return pooled(ctx.pool, hint, pooled(ctx.pool, '*', fc.uuid({ version: 4 })));
    case 'date':
      return dates.map(isoDate);
    case 'date-time':
      return dates.map((d) => d.toISOString());
    case 'email':
      return fc.emailAddress().filter((e) => e.length <= (s.maxLength ?? 254));
    case 'uri':
      return fc.webUrl().filter((u) => u.length <= (s.maxLength ?? 2000));
  }
  if (s.pattern) {
    try {
      return fc.stringMatching(new RegExp(s.pattern)).filter((v) => v.length >= minLength && v.length <= (s.maxLength ?? Infinity));
    } catch {
      // A pattern JavaScript cannot compile: fall through to plain text, which the server refuses.
    }
  }
  const text = fc.string({ unit: 'grapheme', minLength, maxLength }).filter((v) => v.trim().length >= Math.min(minLength, 1));
  // Names like "identifier" or "key" point at stored records; use them half of the time.
  return ctx.pool(hint).length ? fc.oneof(pooled(ctx.pool, hint, text), text) : text;
}

function numberArbitrary(s: JsonSchema, integer: boolean): fc.Arbitrary<number> {
  const min = s.minimum ?? (s.exclusiveMinimum !== undefined ? s.exclusiveMinimum + (integer ? 1 : 0.01) : -1_000_000);
  const max = s.maximum ?? (s.exclusiveMaximum !== undefined ? s.exclusiveMaximum - (integer ? 1 : 0.01) : 1_000_000);
  if (integer) return fc.integer({ min: Math.max(Math.ceil(min), Number.MIN_SAFE_INTEGER), max: Math.min(Math.floor(max), Number.MAX_SAFE_INTEGER) });
  return fc.oneof(
    fc.integer({ min: Math.ceil(min), max: Math.floor(Math.min(max, Number.MAX_SAFE_INTEGER)) }),
    fc.double({ min, max, noNaN: true, noDefaultInfinity: true }),
  );
}

/** A value following the schema, as a well-meaning client would send it. */
export function validish(schema: JsonSchema, ctx: SchemaContext, hint = '', depth = 0): fc.Arbitrary<unknown> {
  const s = resolveRef(ctx.doc, schema);
  if (s.const !== undefined) return fc.constant(s.const);
  if (s.enum) return fc.constantFrom(...s.enum);
  const alternatives = s.anyOf ?? s.oneOf;
  if (alternatives) return fc.oneof(...alternatives.map((a) => validish(a, ctx, hint, depth)));
  if (s.allOf) return validish(Object.assign({}, ...s.allOf.map((a) => resolveRef(ctx.doc, a))), ctx, hint, depth);
  if (Array.isArray(s.type)) return fc.oneof(...s.type.map((type) => validish({ ...s, type }, ctx, hint, depth)));
  switch (s.type) {
    case 'string':
      return stringArbitrary(s, hint, ctx);
    case 'integer':
      return numberArbitrary(s, true);
    case 'number':
      return numberArbitrary(s, false);
    case 'boolean':
      return fc.boolean();
    case 'null':
      return fc.constant(null);
    case 'array': {
      if (depth >= MAX_DEPTH) return fc.constant([]);
      const minLength = s.minItems ?? 0;
      const maxLength = Math.max(minLength, Math.min(s.maxItems ?? minLength + 3, minLength + 3));
      return fc.array(validish(s.items ?? {}, ctx, singular(hint), depth + 1), { minLength, maxLength });
    }
    case 'object': {
      const properties = s.properties ?? {};
      if (depth >= MAX_DEPTH || !Object.keys(properties).length) return fc.constant({});
      const model = Object.fromEntries(Object.entries(properties).map(([key, p]) => [key, validish(p, ctx, key, depth + 1)]));
      return fc.record(model, { requiredKeys: (s.required ?? []).filter((k) => k in properties) });
    }
  }
  return fc.jsonValue({ maxDepth: 2 });
}

/** "cities" → "city", "organisationIds" → "organisationId": the pool is keyed by the singular. */
function singular(hint: string) {
  return hint.replace(/Ids$/, 'Id').replace(/ies$/, 'y').replace(/s$/, '');
}

type Mutation = { kind: 'replace'; value: unknown } | { kind: 'drop' } | { kind: 'extra'; key: string; value: unknown } | { kind: 'deeper' };

/**
 * A schema-following value broken in exactly one place: the shrinker then points at the field
 * that made the server fail. Objects lose a required key, gain an unknown one, or get a nasty
 * value in one property (or in an element of one of their arrays, recursively).
 */
export function malformed(schema: JsonSchema, ctx: SchemaContext, hint = '', depth = 0): fc.Arbitrary<unknown> {
  const s = resolveRef(ctx.doc, schema);
  const variant = (s.anyOf ?? s.oneOf)?.map((a) => resolveRef(ctx.doc, a)).find((a) => a.type === 'object' || a.type === 'array');
  if (variant) return fc.oneof(malformed(variant, ctx, hint, depth), nastyValue);
  if (depth < MAX_DEPTH && s.type === 'object' && s.properties && Object.keys(s.properties).length) {
    const keys = Object.keys(s.properties);
    const mutation: fc.Arbitrary<Mutation> = fc.oneof(
      { arbitrary: nastyValue.map((value): Mutation => ({ kind: 'replace', value })), weight: 5 },
      { arbitrary: fc.constant<Mutation>({ kind: 'drop' }), weight: 2 },
      {
        arbitrary: fc
          .tuple(fc.constantFrom('unexpected', '__proto__', 'constructor', 'id', 'version', ''), nastyValue)
          .map(([key, value]): Mutation => ({ kind: 'extra', key, value })),
        weight: 1,
      },
      { arbitrary: fc.constant<Mutation>({ kind: 'deeper' }), weight: 2 },
    );
    return fc.tuple(validish(s, ctx, hint, depth), fc.constantFrom(...keys), mutation).chain(([base, key, m]) => {
      const value = { ...(base as Record<string, unknown>) };
      if (m.kind === 'replace') value[key] = m.value;
      else if (m.kind === 'drop') delete value[(s.required ?? keys).find((k) => k in value) ?? key];
      else if (m.kind === 'extra') Object.defineProperty(value, m.key, { value: m.value, enumerable: true, configurable: true, writable: true });
      else return malformed(s.properties![key], ctx, key, depth + 1).map((inner) => ({ ...value, [key]: inner }));
      return fc.constant(value);
    });
  }
  if (depth < MAX_DEPTH && s.type === 'array') {
    return fc.oneof(
      fc
        .tuple(fc.array(validish(s.items ?? {}, ctx, singular(hint), depth + 1), { maxLength: 3 }), malformed(s.items ?? {}, ctx, singular(hint), depth + 1))
        .map(([ok, bad]) => [...ok, bad]),
      nastyValue,
    );
  }
  return nastyValue;
}

/** Valid-ish three times in five, malformed otherwise. */
export function bodyValue(schema: JsonSchema, ctx: SchemaContext): fc.Arbitrary<unknown> {
  return fc.oneof({ arbitrary: validish(schema, ctx), weight: 3 }, { arbitrary: malformed(schema, ctx), weight: 2 });
}
