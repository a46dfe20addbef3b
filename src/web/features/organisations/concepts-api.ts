import { useQueries, useQuery } from '@tanstack/react-query';
import type { ConceptProposals } from '../../../features/tagging/tagging.schemas.ts';
import { apiGet, apiPost } from '../../lib/api-client.ts';

type Labels = Record<'de' | 'ro' | 'en' | 'hu', string>;

/** The part of GET /api/taxonomy this page uses: concept keys with their labels. */
export interface TaxonomyConceptLabels {
  key: string;
  domain: string;
  labels: Labels;
}

const taggingLanguages = new Set(['de', 'ro', 'en', 'hu']);
/** Proposals are asked for once a text says this much; shorter texts rarely name a concept. */
export const MIN_PROPOSAL_TEXT = 12;

/** The taxonomy's concepts by key (public, changes rarely). */
export function useConceptLabels() {
  return useQuery({
    queryKey: ['taxonomy'],
    queryFn: () => apiGet<{ concepts: TaxonomyConceptLabels[] }>('/api/taxonomy'),
    select: (data) => new Map(data.concepts.map((c) => [c.key, c])),
    staleTime: 10 * 60_000,
  });
}

/** Concepts the tagger proposes for each text (the same text is asked once and cached). */
export function useConceptProposals(sources: { text: string; lang: string }[]) {
  return useQueries({
    queries: sources.map(({ text, lang }) => {
      const body = { text: text.slice(0, 20_000), ...(taggingLanguages.has(lang) ? { lang } : {}) };
      return {
        queryKey: ['tagging-proposals', body.lang ?? '', body.text],
        queryFn: () => apiPost<ConceptProposals>('/api/tagging/proposals', body),
        enabled: text.trim().length >= MIN_PROPOSAL_TEXT,
        staleTime: Infinity,
        retry: false,
      };
    }),
  });
}
