import { z } from 'zod';
import { taxonomyLanguages } from '../taxonomy/taxonomy.schemas.ts';

export const synonymSuggestionsQuery = z.object({
  lang: z.enum(taxonomyLanguages).optional().describe('Only suggestions in this language: de, ro, en or hu'),
  concept: z
    .string()
    .regex(/^[a-z0-9][a-z0-9-]{0,79}$/, 'use a concept key')
    .optional()
    .describe('Only suggestions for this concept (its key)'),
});

export const synonymSuggestionSchema = z.object({
  conceptKey: z.string(),
  lang: z.enum(taxonomyLanguages),
  term: z.string().describe('Lower case, as the texts write it; one word or two'),
  support: z.number().int().describe('Organisations whose texts confirmed with the concept use the term'),
  lift: z.number().describe('How many times more often the concept’s texts use it than the other texts of the language'),
  examples: z.array(z.string()).describe('Up to two short passages of published texts, from different organisations'),
});

export const synonymSuggestionsResponse = z
  .object({
    suggestions: z.array(synonymSuggestionSchema),
    textsRead: z.number().int().describe('Published texts with confirmed concepts the suggestions were learned from (in the language asked for)'),
    minSupport: z.number().int(),
    minLift: z.number(),
  })
  .meta({ id: 'SynonymSuggestions' });

export type SynonymSuggestionsQuery = z.infer<typeof synonymSuggestionsQuery>;
export type SynonymSuggestionView = z.infer<typeof synonymSuggestionSchema>;
export type SynonymSuggestionsView = z.infer<typeof synonymSuggestionsResponse>;
