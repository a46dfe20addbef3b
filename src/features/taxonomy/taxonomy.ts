import sdgData from './sdg-goals.json' with { type: 'json' };
import taxonomyData from './taxonomy-v1.json' with { type: 'json' };
import {
  sdgGoalsDocumentSchema,
  taxonomyDocumentSchema,
  type SdgGoal,
  type TaxonomyConcept,
  type TaxonomyDocument,
  type TaxonomyDomain,
  type TaxonomyLanguage,
} from './taxonomy.schemas.ts';

export * from './taxonomy.schemas.ts';

/**
 * A loaded, validated taxonomy with lookups. The data is versioned (`taxonomy-v1.json`); a new
 * version gets a new file so that tags stored under an older version stay interpretable.
 */
export interface Taxonomy {
  readonly version: number;
  readonly domains: readonly TaxonomyDomain[];
  readonly concepts: readonly TaxonomyConcept[];
  concept(key: string): TaxonomyConcept | undefined;
  domain(key: string): TaxonomyDomain | undefined;
  conceptsInDomain(domainKey: string): TaxonomyConcept[];
  conceptsForSdg(goal: number): TaxonomyConcept[];
  label(conceptKey: string, lang: TaxonomyLanguage): string | undefined;
}

/** Validates a taxonomy document (throws with the zod issues when it is malformed). */
export function loadTaxonomy(document: unknown): Taxonomy {
  const doc: TaxonomyDocument = taxonomyDocumentSchema.parse(document);
  const byKey = new Map(doc.concepts.map((c) => [c.key, c]));
  const domainByKey = new Map(doc.domains.map((d) => [d.key, d]));
  return {
    version: doc.version,
    domains: doc.domains,
    concepts: doc.concepts,
    concept: (key) => byKey.get(key),
    domain: (key) => domainByKey.get(key),
    conceptsInDomain: (domainKey) => doc.concepts.filter((c) => c.domain === domainKey),
    conceptsForSdg: (goal) => doc.concepts.filter((c) => c.sdgs.includes(goal)),
    label: (conceptKey, lang) => byKey.get(conceptKey)?.labels[lang],
  };
}

let current: Taxonomy | undefined;

/** The taxonomy shipped with Pontis, validated once on first use. */
export function getTaxonomy(): Taxonomy {
  current ??= loadTaxonomy(taxonomyData);
  return current;
}

let goals: ReadonlyMap<number, SdgGoal> | undefined;

/** The 17 UN Sustainable Development Goals with short names and titles in de, ro, en and hu. */
export function getSdgGoals(): ReadonlyMap<number, SdgGoal> {
  if (!goals) {
    const doc = sdgGoalsDocumentSchema.parse(sdgData);
    goals = new Map(
      Object.entries(doc.goals)
        .map(([n, g]) => [Number(n), { ...g, number: Number(n) }] as const)
        .sort((a, b) => a[0] - b[0]),
    );
  }
  return goals;
}

export function getSdgGoal(goal: number): SdgGoal | undefined {
  return getSdgGoals().get(goal);
}
