import { z } from 'zod';
import type { InterchangeItem, InterchangeText } from '../interchange/index.ts';
import { organisationKeySchema, type OrganisationKind } from '../organisations/organisations.schemas.ts';
import type { CsvField, CsvMapping } from './csv-fields.ts';
import { categoryFromCell, kindFromCell, languageFromCell, splitList } from './csv-values.ts';

/** One problem of one row: `row` is the line number in the file, as a spreadsheet shows it. */
export interface RowProblem {
  row: number;
  field: CsvField | 'row';
  column: string | null;
  rule: string;
  message: string;
}

/** A valid row, as far as it can be checked without the database. Only mapped fields are set. */
export interface CsvRowValue {
  key?: string;
  name: string;
  kind: OrganisationKind;
  city?: string;
  website?: string;
  languages?: string[];
  description?: InterchangeText[];
  themes?: string[];
  offer?: InterchangeItem | null;
  request?: InterchangeItem | null;
}

/** Theme keys by the cell text that names them (key or label in any language), folded by the caller. */
export type ThemeLookup = (cell: string) => string | undefined;

const text = (max: number) => z.string().trim().max(max, `must be at most ${max} characters long`);

function listOf(lookup: (value: string) => string | undefined, what: string) {
  return z.string().transform((cell, ctx) => {
    const values: string[] = [];
    for (const part of splitList(cell)) {
      const value = lookup(part);
      if (value === undefined) ctx.addIssue({ code: 'custom', message: `"${part}" is not a known ${what}` });
      else if (!values.includes(value)) values.push(value);
    }
    return values;
  });
}

/** "www.example.org" is taken as https://www.example.org: sheets seldom write the scheme. */
const website = z
  .string()
  .trim()
  .transform((cell) => (cell && !/^[a-z][a-z0-9+.-]*:/i.test(cell) ? `https://${cell}` : cell))
  .pipe(z.union([z.literal(''), z.url({ protocol: /^https?$/, error: 'must be a web address, e.g. https://www.example.org' }).max(2000)]));

function enumCell<T>(lookup: (cell: string) => T | undefined, what: string, required: boolean) {
  return z.string().transform((cell, ctx) => {
    if (!cell.trim()) {
      if (required) ctx.addIssue({ code: 'custom', message: `${what} is required`, params: { rule: 'required' } });
      return undefined;
    }
    const value = lookup(cell);
    if (value === undefined) ctx.addIssue({ code: 'custom', message: `"${cell.trim()}" is not a known ${what}`, params: { rule: 'invalid_enum' } });
    return value;
  });
}

/**
 * The zod schema of a row's cells (by field, missing cells as ""). Messages name what is wrong in
 * words a spreadsheet author understands; kinds, categories and languages are accepted in German,
 * Romanian, English and Hungarian as well as by their Pontis keys.
 */
export function rowSchema(themes: ThemeLookup) {
  return z.object({
    key: z
      .string()
      .trim()
      .refine(
        (v) => v === '' || organisationKeySchema.safeParse(v).success,
        'must be a key of lower-case letters, digits and hyphens (at most 80), e.g. "tu-dortmund"',
      ),
    name: z.string().trim().min(1, 'the name is required').max(300, 'must be at most 300 characters long'),
    kind: enumCell(kindFromCell, 'kind of organisation', true),
    city: text(200),
    website,
    languages: listOf(languageFromCell, 'language (use a two-letter code such as "de" or a language name)'),
    description: text(20000),
    descriptionLang: enumCell(languageFromCell, 'language', false),
    themes: listOf(themes, 'theme'),
    offerTitle: text(300),
    offerText: text(20000),
    offerCategory: enumCell(categoryFromCell, 'category', false),
    requestTitle: text(300),
    requestText: text(20000),
    requestCategory: enumCell(categoryFromCell, 'category', false),
  });
}
export type RowSchema = ReturnType<typeof rowSchema>;

const ruleOf = (issue: z.core.$ZodIssue): string => {
  const params = (issue as { params?: { rule?: string } }).params;
  if (params?.rule) return params.rule;
  if (issue.code === 'too_small') return 'required';
  if (issue.code === 'too_big') return 'too_big';
  if (issue.code === 'custom') return 'unknown_reference';
  return 'invalid_format';
};

/**
 * Checks one row's cells against the mapping. Returns the value (only mapped fields) or the
 * problems, each naming the field and its column.
 */
export function validateRow(
  schema: RowSchema,
  mapping: CsvMapping,
  cells: Partial<Record<CsvField, string>>,
  row: number,
): { value?: CsvRowValue; problems: RowProblem[] } {
  const input = Object.fromEntries(Object.keys(schema.shape).map((field) => [field, cells[field as CsvField] ?? '']));
  const parsed = schema.safeParse(input);
  const problems: RowProblem[] = [];
  const problem = (field: CsvField, rule: string, message: string) => problems.push({ row, field, column: mapping[field] ?? null, rule, message });
  if (!parsed.success) {
    for (const issue of parsed.error.issues) {
      const field = String(issue.path[0]) as CsvField;
      problem(field, ruleOf(issue), issue.message);
    }
    return { problems };
  }
  const v = parsed.data;
  const item = (direction: 'offer' | 'request', title: string, body: string, category: string | undefined) => {
    if (!body) {
      if (title || category) problem(`${direction}Text`, 'required', `the ${direction} has a title or category but no text`);
      return null;
    }
    return { ...(category && { category }), ...(title && { title }), text: body } as InterchangeItem;
  };
  const offer = item('offer', v.offerTitle, v.offerText, v.offerCategory);
  const request = item('request', v.requestTitle, v.requestText, v.requestCategory);
  if (v.descriptionLang && !v.description && mapping.description) problem('description', 'required', 'a description language is given but no description');
  if (problems.length) return { problems };

  const has = (field: CsvField) => mapping[field] !== undefined;
  const value: CsvRowValue = { name: v.name, kind: v.kind! };
  if (v.key) value.key = v.key;
  if (has('city') && v.city) value.city = v.city;
  if (has('website')) value.website = v.website;
  if (has('languages')) value.languages = v.languages;
  if (has('description')) value.description = v.description ? [{ ...(v.descriptionLang && { lang: v.descriptionLang }), text: v.description }] : [];
  if (has('themes')) value.themes = v.themes;
  if (has('offerText')) value.offer = offer;
  if (has('requestText')) value.request = request;
  return { value, problems };
}
