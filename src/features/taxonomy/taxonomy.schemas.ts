import { z } from 'zod';

/** The languages the taxonomy is written in; the same four the interface speaks. */
export const taxonomyLanguages = ['de', 'ro', 'en', 'hu'] as const;
export type TaxonomyLanguage = (typeof taxonomyLanguages)[number];

const key = z.string().regex(/^[a-z0-9][a-z0-9-]{0,79}$/, 'must be a kebab-case key');
const text = z.string().trim().min(1);
const terms = z.array(text);

/** A value in each of the four languages, none missing. */
const perLanguage = <T extends z.ZodType>(value: T) => z.object({ de: value, ro: value, en: value, hu: value }).strict();

export const sdgNumberSchema = z.number().int().min(1).max(17);

export const taxonomyDomainSchema = z.object({ key, labels: perLanguage(text) }).strict();

export const taxonomyConceptSchema = z
  .object({
    key,
    domain: key,
    labels: perLanguage(text),
    definitions: perLanguage(text),
    /** Words people use for the concept, matched as strong evidence. */
    synonyms: perLanguage(terms.min(1)),
    /** Broader words that hint at the concept but are too general to tag it on their own. */
    related: z.object({ de: terms, ro: terms, en: terms, hu: terms }).partial().strict().optional(),
    sdgs: z.array(sdgNumberSchema).min(1),
  })
  .strict();

export const taxonomyDocumentSchema = z
  .object({
    version: z.number().int().positive(),
    name: text,
    languages: z.tuple([z.literal('de'), z.literal('ro'), z.literal('en'), z.literal('hu')]),
    domains: z.array(taxonomyDomainSchema).min(1),
    concepts: z.array(taxonomyConceptSchema).min(1),
  })
  .strict()
  .superRefine((doc, ctx) => {
    const domainKeys = new Set<string>();
    doc.domains.forEach((d, i) => {
      if (domainKeys.has(d.key)) ctx.addIssue({ code: 'custom', path: ['domains', i, 'key'], message: `duplicate domain ${d.key}` });
      domainKeys.add(d.key);
    });
    const conceptKeys = new Set<string>();
    doc.concepts.forEach((c, i) => {
      if (conceptKeys.has(c.key)) ctx.addIssue({ code: 'custom', path: ['concepts', i, 'key'], message: `duplicate concept ${c.key}` });
      conceptKeys.add(c.key);
      if (!domainKeys.has(c.domain)) ctx.addIssue({ code: 'custom', path: ['concepts', i, 'domain'], message: `unknown domain ${c.domain}` });
    });
  });

export const sdgGoalsDocumentSchema = z
  .object({
    source: text,
    goals: z.record(z.string().regex(/^(?:[1-9]|1[0-7])$/), z.object({ short: perLanguage(text), title: perLanguage(text) }).strict()),
  })
  .strict();

export type TaxonomyDomain = z.infer<typeof taxonomyDomainSchema>;
export type TaxonomyConcept = z.infer<typeof taxonomyConceptSchema>;
export type TaxonomyDocument = z.infer<typeof taxonomyDocumentSchema>;
export type SdgGoalsDocument = z.infer<typeof sdgGoalsDocumentSchema>;
export type SdgGoal = SdgGoalsDocument['goals'][string] & { number: number };

// ---- HTTP API (GET /api/taxonomy, synonyms added by administrators) ----

const localisedText = z.object({ de: z.string(), ro: z.string(), en: z.string(), hu: z.string() });
const localisedTerms = z.object({ de: z.array(z.string()), ro: z.array(z.string()), en: z.array(z.string()), hu: z.array(z.string()) });

export const addedSynonymSchema = z.object({
  id: z.uuid(),
  lang: z.enum(taxonomyLanguages),
  term: z.string(),
});

export const taxonomyResponse = z
  .object({
    version: z.number().int().describe('Version of the shipped taxonomy data'),
    revision: z.number().int().describe('Bumped by every change to the added synonyms'),
    domains: z.array(z.object({ key: z.string(), labels: localisedText })),
    concepts: z.array(
      z.object({
        key: z.string(),
        domain: z.string(),
        labels: localisedText,
        definitions: localisedText,
        synonyms: localisedTerms.describe('Shipped with the taxonomy'),
        addedSynonyms: z.array(addedSynonymSchema).describe('Added by administrators'),
        sdgs: z.array(z.number().int()),
      }),
    ),
    sdgGoals: z.array(z.object({ goal: z.number().int(), names: localisedText })),
  })
  .meta({ id: 'Taxonomy' });

export const conceptKeyParams = z.object({ key: z.string().regex(/^[a-z0-9][a-z0-9-]{0,79}$/, 'use a concept key') });
export const synonymIdParams = z.object({ id: z.uuid() });

export const addSynonymRequest = z
  .object({
    lang: z.enum(taxonomyLanguages).describe('de, ro, en or hu'),
    term: z
      .string()
      .trim()
      .min(2, 'use at least 2 characters')
      .max(100, 'use at most 100 characters')
      .regex(/[\p{L}\p{N}]/u, 'use at least one letter or digit')
      .describe('A word or phrase people use for the concept'),
  })
  .meta({ id: 'AddSynonymRequest' });

export const addedSynonymResponse = addedSynonymSchema.extend({ conceptKey: z.string(), revision: z.number().int() }).meta({ id: 'AddedSynonym' });

export type TaxonomyView = z.infer<typeof taxonomyResponse>;
export type AddSynonymRequest = z.infer<typeof addSynonymRequest>;
export type AddedSynonymView = z.infer<typeof addedSynonymResponse>;
