import { Ajv2020, type ErrorObject, type ValidateFunction } from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import type { FieldError } from '../../shared/errors.ts';
import type { InterchangeDocument } from './interchange-document.ts';
import schema from './interchange-v1.schema.json' with { type: 'json' };

/**
 * The optional `programmes` and `activities` sections (issue 13) are additive to version 1: the
 * schema file stays the published, normative copy, and the two sections are added to it here as
 * lists of objects. Their fields are checked by interchange-sections.ts
 * (docs/interchange-activities-and-programmes.md).
 */
const withSections = {
  ...schema,
  properties: {
    ...schema.properties,
    programmes: { type: 'array', items: { type: 'object' } },
    activities: { type: 'array', items: { type: 'object' } },
  },
};
/**
 * Compiled on first use, not when the module loads: compiling took about 100 ms of every server
 * start (issue 15), and a server on an existing data directory may never import a document.
 */
let compiled: ValidateFunction<InterchangeDocument> | undefined;
function validator(): ValidateFunction<InterchangeDocument> {
  if (!compiled) {
    const ajv = new Ajv2020({ allErrors: true, strict: true });
    addFormats(ajv, ['date', 'uri']);
    compiled = ajv.compile<InterchangeDocument>(withSections);
  }
  return compiled;
}

const patternMessages: Record<string, string> = {
  '^[a-z0-9][a-z0-9-]{0,79}$': 'must be a key of lower-case letters, digits and hyphens (at most 80), e.g. "tu-dortmund"',
  '^[a-z]{2}$': 'must be a two-letter ISO 639-1 language code in lower case, e.g. "de"',
  '^[A-Z]{2}$': 'must be a two-letter ISO 3166 country code in upper case, e.g. "RO"',
};

const formatMessages: Record<string, string> = {
  date: 'must be a date written YYYY-MM-DD',
  uri: 'must be an absolute URL, e.g. "https://www.example.org"',
};

/**
 * Checks a document against the interchange schema and reports every problem at once, each with
 * the JSON path of the offending value (`$.organisations[3].kind`) and a message for people.
 * An empty list means the document is valid.
 */
export function validateInterchange(document: unknown): FieldError[] {
  const validate = validator();
  if (validate(document)) return storableRanges(document);
  return (validate.errors ?? []).map(toFieldError);
}

// The largest value of the 32-bit integer column that holds a city's population.
const MAX_POPULATION = 2_147_483_647;

/**
 * Limits of the database the format itself does not state (the schema file is normative and
 * shared, so it stays as published): a larger population would fail the import in the database.
 */
function storableRanges(document: InterchangeDocument): FieldError[] {
  return (document.cities ?? []).flatMap((city, i) =>
    city.population !== undefined && city.population > MAX_POPULATION
      ? [{ path: `$.cities[${i}].population`, rule: 'too_big', message: `must be at most ${MAX_POPULATION}` }]
      : [],
  );
}

function toFieldError(error: ErrorObject): FieldError {
  const at = jsonPath(error.instancePath);
  const p = error.params as Record<string, unknown>;
  switch (error.keyword) {
    case 'additionalProperties': {
      const name = String(p.additionalProperty);
      return { path: childPath(at, name), rule: 'unknown_field', message: `"${name}" is not a field of the interchange format` };
    }
    case 'required': {
      const name = String(p.missingProperty);
      return { path: childPath(at, name), rule: 'required', message: `"${name}" is required` };
    }
    case 'enum':
      return { path: at, rule: 'invalid_enum', message: `must be one of: ${(p.allowedValues as unknown[]).join(', ')}` };
    case 'const':
      return { path: at, rule: 'invalid_enum', message: `must be "${String(p.allowedValue)}"` };
    case 'pattern':
      return { path: at, rule: 'invalid_format', message: patternMessages[String(p.pattern)] ?? `must match ${String(p.pattern)}` };
    case 'format':
      return { path: at, rule: 'invalid_format', message: formatMessages[String(p.format)] ?? `must be a valid ${String(p.format)}` };
    case 'type':
      return { path: at, rule: 'invalid_type', message: `must be ${article(String(p.type))}` };
    case 'minLength':
      return { path: at, rule: 'too_small', message: p.limit === 1 ? 'must not be empty' : `must be at least ${p.limit} characters long` };
    case 'maxLength':
      return { path: at, rule: 'too_big', message: `must be at most ${p.limit} characters long` };
    case 'minItems':
      return { path: at, rule: 'too_small', message: `must list at least ${p.limit} entries` };
    case 'minimum':
      return { path: at, rule: 'too_small', message: `must be at least ${p.limit}` };
    case 'maximum':
      return { path: at, rule: 'too_big', message: `must be at most ${p.limit}` };
    default:
      return { path: at, rule: error.keyword, message: error.message ?? 'is not valid' };
  }
}

const article = (type: string) => (/^[aeiou]/.test(type) ? `an ${type}` : `a ${type}`);

/** "/organisations/3/kind" -> "$.organisations[3].kind" (JSON Pointer escapes undone). */
export function jsonPath(pointer: string): string {
  if (!pointer) return '$';
  return pointer
    .slice(1)
    .split('/')
    .map((s) => s.replace(/~1/g, '/').replace(/~0/g, '~'))
    .reduce((path, segment) => (/^\d+$/.test(segment) ? `${path}[${segment}]` : childPath(path, segment)), '$');
}

function childPath(path: string, name: string): string {
  return /^[A-Za-z_$][\w$]*$/.test(name) ? `${path}.${name}` : `${path}[${JSON.stringify(name)}]`;
}
