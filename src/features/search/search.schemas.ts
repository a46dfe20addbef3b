import { z } from 'zod';
import { citySummarySchema } from '../cities/cities.schemas.ts';
import { itemCategories, organisationKinds } from '../organisations/organisations.schemas.ts';

export const searchTypes = ['organisation', 'offer', 'request', 'person'] as const;
export const searchSorts = ['relevance', 'name', 'newest'] as const;
export const facetDimensions = ['type', 'city', 'kind', 'category', 'theme', 'concept', 'sdg', 'lang'] as const;
export type FacetDimension = (typeof facetDimensions)[number];

export const searchQuery = z.object({
  q: z.string().trim().max(200).optional().describe('Free text in any of de, ro, en, hu; city names and aliases narrow to that city'),
  city: z.string().trim().min(1).max(100).optional().describe('City id, key, name or alias ("Klausenburg")'),
  kind: z.enum(organisationKinds).optional().describe('Kind of organisation'),
  category: z.enum(itemCategories).optional().describe('Category of offer or request'),
  theme: z
    .string()
    .trim()
    .regex(/^[a-z0-9][a-z0-9-]{0,79}$/, 'use a theme key')
    .optional(),
  concept: z
    .string()
    .trim()
    .regex(/^[a-z0-9][a-z0-9-]{0,79}$/, 'use a taxonomy concept key')
    .optional()
    .describe('Taxonomy concept key (GET /api/taxonomy)'),
  sdg: z.coerce.number().int().min(1).max(17).optional().describe('UN Sustainable Development Goal (1–17), through the concepts it covers'),
  lang: z
    .string()
    .regex(/^[a-z]{2}$/, 'use a two-letter ISO 639-1 code')
    .optional()
    .describe('Language of the text'),
  type: z.enum(searchTypes).optional().describe('person: only people whose consent lets the caller see them'),
  sort: z.enum(searchSorts).optional().describe('Default: relevance with a query, name without'),
  limit: z.coerce.number().int().min(1).max(100).default(20),
  offset: z.coerce.number().int().min(0).max(10_000).default(0),
});

const facetBucket = z.object({
  value: z.string(),
  label: z.string().optional().describe('Display name where the value is an id (cities)'),
  count: z.number().int(),
});

export const searchHitSchema = z
  .object({
    type: z.enum(searchTypes),
    id: z.uuid().describe('The organisation, the offer or request, or the person'),
    position: z.number().int().nullable().describe('Position of an offer or request within its organisation'),
    organisation: z.object({ id: z.uuid(), key: z.string(), name: z.string() }).nullable().describe('null only for a person without an organisation'),
    city: citySummarySchema,
    kind: z.string().nullable().describe('Kind of the organisation; null for a person without an organisation'),
    category: z.string().nullable(),
    lang: z.string().nullable(),
    themes: z.array(z.string()),
    concepts: z.array(z.string()).describe('Taxonomy concepts: confirmed by an editor or found by the tagger'),
    sdgs: z.array(z.number().int()).describe('SDGs of those concepts (taxonomy mapping)'),
    title: z.string().describe('Name of an organisation or person, title of an offer or request'),
    highlights: z.object({ title: z.string(), body: z.string() }).describe('HTML-escaped text with the matching words in <mark>...</mark>'),
    matchedConcepts: z.array(z.string()).describe('Concepts the hit shares with the query'),
    score: z.number(),
  })
  .meta({ id: 'SearchHit' });

export const searchResponse = z
  .object({
    items: z.array(searchHitSchema),
    related: z
      .array(searchHitSchema)
      .describe(
        'Below a first page that holds every result and fewer than 10 organisations: documents of other organisations related to the query (any of its words, names like a word, neighbouring concepts), best first; empty otherwise',
      ),
    total: z.number().int(),
    estimated: z
      .boolean()
      .describe(
        'The facet counts are estimated from a sample (filters without a query matching more than 5,000 rows, decision 0024; a query with more than 5,000 results, decision 0027): show them as "about"',
      ),
    totalEstimated: z
      .boolean()
      .describe('The total is estimated too (filters without a query matching more than 5,000 rows): show it as "about". A query\'s total is exact'),
    limit: z.number().int(),
    offset: z.number().int(),
    query: z.object({
      lang: z.string().nullable().describe('Language the query was read as'),
      concepts: z.array(z.string()).describe('Concepts found in the query'),
      cities: z.array(z.string()).describe('Ids of cities named in the query'),
    }),
    facets: z.object(Object.fromEntries(facetDimensions.map((d) => [d, z.array(facetBucket)])) as Record<FacetDimension, z.ZodArray<typeof facetBucket>>),
  })
  .meta({ id: 'SearchResults' });

export type SearchQuery = z.infer<typeof searchQuery>;
export type SearchHit = z.infer<typeof searchHitSchema>;
export type SearchResponse = z.infer<typeof searchResponse>;
