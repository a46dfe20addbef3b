import { z } from 'zod';
import { taxonomyLanguages } from '../taxonomy/taxonomy.schemas.ts';

const localised = z.object({ de: z.string(), ro: z.string(), en: z.string(), hu: z.string() });

export const conceptProposalsRequest = z
  .object({
    text: z.string().max(20_000).describe('A description, offer or request in German, Romanian, English or Hungarian (mixed is fine)'),
    lang: z.enum(taxonomyLanguages).optional().describe('The language the author wrote in; detected when left out'),
  })
  .meta({ id: 'ConceptProposalsRequest' });

export const conceptProposalSchema = z.object({
  key: z.string().describe('Taxonomy concept key'),
  domain: z.string(),
  confidence: z.number().min(0).max(1).describe('0..1; higher means more and more specific evidence in the text'),
  labels: localised,
});

export const conceptProposalsResponse = z
  .object({
    lang: z.string().nullable().describe('The language the text was read as; null when neither declared nor detectable'),
    concepts: z.array(conceptProposalSchema).describe('Most confident first; for the editor to confirm or remove'),
  })
  .meta({ id: 'ConceptProposals' });

export type ConceptProposalsRequest = z.infer<typeof conceptProposalsRequest>;
export type ConceptProposal = z.infer<typeof conceptProposalSchema>;
export type ConceptProposals = z.infer<typeof conceptProposalsResponse>;
